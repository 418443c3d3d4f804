import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  refreshDiffText,
  refreshDiffers,
  refreshQueues,
  refreshWrittenText,
  writeRefresh
} from "./chunk-UMDFIOSU.js";
import "./chunk-SMPTTTH7.js";
import "./chunk-VPLFEEZY.js";
import "./chunk-GVL3K365.js";
import "./chunk-HYVCPPBQ.js";
import "./chunk-D3EGCMZZ.js";
import "./chunk-GLUYR5NW.js";
import "./chunk-2XYCHBI7.js";
import "./chunk-ZSBGB5KE.js";
import "./chunk-GC5C2UK2.js";
import "./chunk-RCT4S7TD.js";
import "./chunk-DOJ4DNFV.js";
import "./chunk-E26C7VYQ.js";
import "./chunk-7RJBVBG4.js";
import "./chunk-IBIDTUHT.js";
import "./chunk-DZOQVBZO.js";
import "./chunk-2UCZ34NV.js";
import "./chunk-BIHT7PC2.js";
import "./chunk-2PDXG5TJ.js";
import "./chunk-KNMBURMO.js";
import "./chunk-NN5INX47.js";

// src/cli/commands/refresh.ts
async function refreshCommand(options, io) {
  const outcome = await refreshQueues(options, io);
  if (options.diff) {
    io.out(refreshDiffText(outcome, io.color));
    return refreshDiffers(outcome) ? 2 : 0;
  }
  await writeRefresh(outcome, io.cwd);
  io.out(refreshWrittenText(outcome, io.color));
  return 0;
}
export {
  refreshCommand
};
