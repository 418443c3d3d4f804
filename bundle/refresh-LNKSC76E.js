import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  refreshDiffText,
  refreshDiffers,
  refreshQueues,
  refreshWrittenText,
  writeRefresh
} from "./chunk-CVB5GXPI.js";
import "./chunk-MUKNBYT7.js";
import "./chunk-H2BMTQBD.js";
import "./chunk-LO5UR4DO.js";
import "./chunk-FBV3KP44.js";
import "./chunk-4W5EWSL6.js";
import "./chunk-R23GFCNV.js";
import "./chunk-4LYATJGL.js";
import "./chunk-SEIACX34.js";
import "./chunk-GC5C2UK2.js";
import "./chunk-N2DLI4B4.js";
import "./chunk-OEIT5CWQ.js";
import "./chunk-E26C7VYQ.js";
import "./chunk-7RJBVBG4.js";
import "./chunk-MJM4ASHJ.js";
import "./chunk-VPIFX2ZP.js";
import "./chunk-BKZXKTCB.js";
import "./chunk-4SYE6LGA.js";
import "./chunk-2TXIJ7PH.js";
import "./chunk-2MWPMCUQ.js";
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
