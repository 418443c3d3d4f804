import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  refreshDiffText,
  refreshDiffers,
  refreshQueues,
  refreshWrittenText,
  writeRefresh
} from "./chunk-K7QVPGW7.js";
import "./chunk-ARUFDW7Y.js";
import "./chunk-PGTXERTD.js";
import "./chunk-QND7ORSS.js";
import "./chunk-2WNID7ZM.js";
import "./chunk-47WMHX5T.js";
import "./chunk-SCO2RLXB.js";
import "./chunk-36CMJSIC.js";
import "./chunk-F4PLJFII.js";
import "./chunk-GC5C2UK2.js";
import "./chunk-OO3YPV4L.js";
import "./chunk-PCYMEBRP.js";
import "./chunk-E26C7VYQ.js";
import "./chunk-7RJBVBG4.js";
import "./chunk-GDAZXTGS.js";
import "./chunk-SKYXOACB.js";
import "./chunk-BKZXKTCB.js";
import "./chunk-4SYE6LGA.js";
import "./chunk-BB4PQC74.js";
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
