import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  refreshDiffText,
  refreshDiffers,
  refreshQueues,
  refreshWrittenText,
  writeRefresh
} from "./chunk-F3WCCXEQ.js";
import "./chunk-ZZUEYBC7.js";
import "./chunk-ONHCCXQV.js";
import "./chunk-ER6FDHK5.js";
import "./chunk-YQ6HG7VJ.js";
import "./chunk-RUFTOUKZ.js";
import "./chunk-MWLVCXDK.js";
import "./chunk-CKS5A5UD.js";
import "./chunk-DOJ4DNFV.js";
import "./chunk-E26C7VYQ.js";
import "./chunk-7RJBVBG4.js";
import "./chunk-ZYNUVVKH.js";
import "./chunk-DZOQVBZO.js";
import "./chunk-2UCZ34NV.js";
import "./chunk-GODVC5ZW.js";
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
