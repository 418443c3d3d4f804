import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  diffImport,
  importDiffText,
  importDiffers,
  importJson,
  importQueues,
  importText
} from "./chunk-A664NTOQ.js";
import "./chunk-ZZUEYBC7.js";
import "./chunk-ONHCCXQV.js";
import "./chunk-ER6FDHK5.js";
import "./chunk-YQ6HG7VJ.js";
import "./chunk-MWLVCXDK.js";
import "./chunk-CKS5A5UD.js";
import "./chunk-DOJ4DNFV.js";
import "./chunk-E26C7VYQ.js";
import "./chunk-7RJBVBG4.js";
import "./chunk-ZYNUVVKH.js";
import "./chunk-DZOQVBZO.js";
import {
  UsageError
} from "./chunk-2UCZ34NV.js";
import "./chunk-GODVC5ZW.js";
import "./chunk-2PDXG5TJ.js";
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
