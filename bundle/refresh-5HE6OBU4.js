import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  refreshDiffText,
  refreshDiffers,
  refreshQueues,
  refreshWrittenText,
  writeRefresh
} from "./chunk-PMA6SD4L.js";
import "./chunk-MCJBFMPX.js";
import "./chunk-F5RMKJG5.js";
import "./chunk-XUGTK457.js";
import "./chunk-4NEVUG6K.js";
import "./chunk-QV3XWUWD.js";
import "./chunk-FYWNDYLX.js";
import "./chunk-NJGGTEU7.js";
import "./chunk-RDDZMHMV.js";
import "./chunk-GC5C2UK2.js";
import "./chunk-EMZBXWKX.js";
import "./chunk-NAF753IP.js";
import "./chunk-E26C7VYQ.js";
import "./chunk-7RJBVBG4.js";
import "./chunk-ONTMT5BG.js";
import "./chunk-YLLXRYUY.js";
import "./chunk-DZOQVBZO.js";
import "./chunk-4SYE6LGA.js";
import "./chunk-U2JOS72Z.js";
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
