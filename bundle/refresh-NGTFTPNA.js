import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  refreshDiffText,
  refreshDiffers,
  refreshQueues,
  refreshWrittenText,
  writeRefresh
} from "./chunk-F77DOH2V.js";
import "./chunk-Y2OYEYLO.js";
import "./chunk-RUNRP7PR.js";
import "./chunk-52GQSHPD.js";
import "./chunk-3VVW74UD.js";
import "./chunk-PGJ6RLKE.js";
import "./chunk-MCAC4BUA.js";
import "./chunk-VD6RM7UO.js";
import "./chunk-E6VEJHXT.js";
import "./chunk-GC5C2UK2.js";
import "./chunk-QZEHPVTR.js";
import "./chunk-WMZ2HHHT.js";
import "./chunk-E26C7VYQ.js";
import "./chunk-7RJBVBG4.js";
import "./chunk-B2CQ5FN7.js";
import "./chunk-EUZUHMP3.js";
import "./chunk-BKZXKTCB.js";
import "./chunk-4SYE6LGA.js";
import "./chunk-CMPYBCBW.js";
import "./chunk-R75TXLSG.js";
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
