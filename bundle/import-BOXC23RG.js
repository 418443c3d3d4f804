import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  diffImport,
  importDiffText,
  importDiffers,
  importJson,
  importQueues,
  importText
} from "./chunk-RDMCWL3O.js";
import "./chunk-ARUFDW7Y.js";
import "./chunk-PGTXERTD.js";
import "./chunk-QND7ORSS.js";
import "./chunk-2WNID7ZM.js";
import "./chunk-47WMHX5T.js";
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
import {
  UsageError
} from "./chunk-4SYE6LGA.js";
import "./chunk-BB4PQC74.js";
import "./chunk-UVD6S6FE.js";
import "./chunk-KNMBURMO.js";
import "./chunk-NN5INX47.js";

// src/cli/commands/import.ts
async function importCommand(options, io) {
  if (options.format === "json" && options.diff) throw new UsageError("import --diff shows diffs for people; use it without --format json");
  if (options.diff) {
    const diff = await diffImport(options, io);
    io.out(importDiffText(diff, io.cwd, io.color));
    return importDiffers(diff) ? 2 : 0;
  }
  const outcome = await importQueues(options, io);
  io.out(options.format === "json" ? importJson(outcome, io.cwd) : importText(outcome, io.cwd));
  return 0;
}
export {
  importCommand
};
