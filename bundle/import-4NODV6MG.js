import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  diffImport,
  importDiffText,
  importDiffers,
  importJson,
  importQueues,
  importText
} from "./chunk-L73QCYYZ.js";
import "./chunk-BEZKAAHN.js";
import "./chunk-OEWH4MLA.js";
import "./chunk-GFR5NBVS.js";
import "./chunk-35DTL2VD.js";
import "./chunk-WRHXGA6N.js";
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
import {
  UsageError
} from "./chunk-4SYE6LGA.js";
import "./chunk-PGWZ5SMS.js";
import "./chunk-2MWPMCUQ.js";
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
