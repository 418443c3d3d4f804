import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  refreshDiffText,
  refreshDiffers,
  refreshQueues,
  refreshWrittenText,
  writeRefresh
} from "./chunk-6AZ2YZI3.js";
import "./chunk-BEZKAAHN.js";
import "./chunk-OEWH4MLA.js";
import "./chunk-GFR5NBVS.js";
import "./chunk-35DTL2VD.js";
import "./chunk-WRHXGA6N.js";
import "./chunk-5HHMNIEO.js";
import "./chunk-TGP7ZJYO.js";
import "./chunk-SEIACX34.js";
import "./chunk-GC5C2UK2.js";
import "./chunk-BQ7EOEAD.js";
import "./chunk-OEIT5CWQ.js";
import "./chunk-E26C7VYQ.js";
import "./chunk-7RJBVBG4.js";
import "./chunk-3USAPB5O.js";
import "./chunk-OJWZCDOG.js";
import "./chunk-BKZXKTCB.js";
import "./chunk-4SYE6LGA.js";
import "./chunk-PGWZ5SMS.js";
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
