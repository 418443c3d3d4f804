import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  refreshDiffText,
  refreshDiffers,
  refreshQueues,
  refreshWrittenText,
  writeRefresh
} from "./chunk-JDR3P32H.js";
import "./chunk-UVC6UV2R.js";
import "./chunk-YKAEOHYU.js";
import "./chunk-337LCBJS.js";
import "./chunk-7TDDFUUL.js";
import "./chunk-2JOARUND.js";
import "./chunk-I6W2IL4B.js";
import "./chunk-EU2PKIFY.js";
import "./chunk-WT2A3TQX.js";
import "./chunk-GC5C2UK2.js";
import "./chunk-JMPGSECR.js";
import "./chunk-NAF753IP.js";
import "./chunk-E26C7VYQ.js";
import "./chunk-7RJBVBG4.js";
import "./chunk-E7Y6CKSL.js";
import "./chunk-XLPSAY3J.js";
import "./chunk-BKZXKTCB.js";
import "./chunk-4SYE6LGA.js";
import "./chunk-RMD7MK22.js";
import "./chunk-LKKC6K6V.js";
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
