import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  refreshDiffText,
  refreshDiffers,
  refreshQueues,
  refreshWrittenText,
  writeRefresh
} from "./chunk-C6UC7OLI.js";
import "./chunk-QZPDI5TU.js";
import "./chunk-VBCYD6GU.js";
import "./chunk-3IJHHMN2.js";
import "./chunk-ENESKP3T.js";
import "./chunk-L3ITOBJL.js";
import "./chunk-6CM2R5US.js";
import "./chunk-7COKPSUF.js";
import "./chunk-RDDZMHMV.js";
import "./chunk-GC5C2UK2.js";
import "./chunk-CCE255V6.js";
import "./chunk-NAF753IP.js";
import "./chunk-E26C7VYQ.js";
import "./chunk-7RJBVBG4.js";
import "./chunk-W6RLA7AZ.js";
import "./chunk-DZOQVBZO.js";
import "./chunk-4SYE6LGA.js";
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
