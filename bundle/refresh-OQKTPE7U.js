import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  refreshDiffText,
  refreshDiffers,
  refreshQueues,
  refreshWrittenText,
  writeRefresh
} from "./chunk-764PM63T.js";
import "./chunk-NDBYRO4C.js";
import "./chunk-VBCYD6GU.js";
import "./chunk-QTVQJLI7.js";
import "./chunk-6MTBS75D.js";
import "./chunk-L3ITOBJL.js";
import "./chunk-2KAQZB2C.js";
import "./chunk-K4AL3GEE.js";
import "./chunk-ZSBGB5KE.js";
import "./chunk-GC5C2UK2.js";
import "./chunk-S2KOLRQ2.js";
import "./chunk-DOJ4DNFV.js";
import "./chunk-E26C7VYQ.js";
import "./chunk-7RJBVBG4.js";
import "./chunk-EFLFBQ5J.js";
import "./chunk-DZOQVBZO.js";
import "./chunk-2UCZ34NV.js";
import "./chunk-CPKV3J4K.js";
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
