import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  refreshDiffText,
  refreshDiffers,
  refreshQueues,
  refreshWrittenText,
  writeRefresh
} from "./chunk-LPSU24BK.js";
import "./chunk-6QZU5WUD.js";
import "./chunk-H2BMTQBD.js";
import "./chunk-EEVW5BHB.js";
import "./chunk-FBV3KP44.js";
import "./chunk-4W5EWSL6.js";
import "./chunk-YYLRN4SS.js";
import "./chunk-5B2SLZLS.js";
import "./chunk-SEIACX34.js";
import "./chunk-GC5C2UK2.js";
import "./chunk-D3OHFQWD.js";
import "./chunk-OEIT5CWQ.js";
import "./chunk-E26C7VYQ.js";
import "./chunk-7RJBVBG4.js";
import "./chunk-UXKUDA5M.js";
import "./chunk-PXC44V6Q.js";
import "./chunk-DZOQVBZO.js";
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
