import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  refreshDiffText,
  refreshDiffers,
  refreshQueues,
  refreshWrittenText,
  writeRefresh
} from "./chunk-QJDL5KGN.js";
import "./chunk-4KUEGEDE.js";
import "./chunk-7ZNGXPQW.js";
import "./chunk-6CABVJ6L.js";
import "./chunk-K2B5BEVD.js";
import "./chunk-37ZASZ6K.js";
import "./chunk-JCCFOLIR.js";
import "./chunk-7Z4HODVR.js";
import "./chunk-WT2A3TQX.js";
import "./chunk-GC5C2UK2.js";
import "./chunk-5TTHGBOD.js";
import "./chunk-NAF753IP.js";
import "./chunk-E26C7VYQ.js";
import "./chunk-7RJBVBG4.js";
import "./chunk-EQU4EX6R.js";
import "./chunk-DZOQVBZO.js";
import "./chunk-4SYE6LGA.js";
import "./chunk-IIOMXY3B.js";
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
