import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  refreshDiffText,
  refreshDiffers,
  refreshQueues,
  refreshWrittenText,
  writeRefresh
} from "./chunk-QPICOJ4X.js";
import "./chunk-MMZOMQAL.js";
import "./chunk-R4IRQP7E.js";
import "./chunk-P2KRDMXR.js";
import "./chunk-WINJ2DUM.js";
import "./chunk-BEFNIE4S.js";
import "./chunk-W2BUKM4Y.js";
import "./chunk-5H2VWZKN.js";
import "./chunk-F4PLJFII.js";
import "./chunk-GC5C2UK2.js";
import "./chunk-2ULA6FLN.js";
import "./chunk-PCYMEBRP.js";
import "./chunk-E26C7VYQ.js";
import "./chunk-7RJBVBG4.js";
import "./chunk-M2VJGIAI.js";
import "./chunk-LZBXL3QJ.js";
import "./chunk-BKZXKTCB.js";
import "./chunk-4SYE6LGA.js";
import "./chunk-I6E7ZQDL.js";
import "./chunk-UVD6S6FE.js";
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
