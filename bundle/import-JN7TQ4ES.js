import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  diffImport,
  importDiffText,
  importDiffers,
  importJson,
  importQueues,
  importText
} from "./chunk-DSMVJ4B2.js";
import "./chunk-SMPTTTH7.js";
import "./chunk-VPLFEEZY.js";
import "./chunk-GVL3K365.js";
import "./chunk-HYVCPPBQ.js";
import "./chunk-D3EGCMZZ.js";
import "./chunk-2XYCHBI7.js";
import "./chunk-ZSBGB5KE.js";
import "./chunk-GC5C2UK2.js";
import "./chunk-RCT4S7TD.js";
import "./chunk-DOJ4DNFV.js";
import "./chunk-E26C7VYQ.js";
import "./chunk-7RJBVBG4.js";
import "./chunk-IBIDTUHT.js";
import "./chunk-DZOQVBZO.js";
import {
  UsageError
} from "./chunk-2UCZ34NV.js";
import "./chunk-BIHT7PC2.js";
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
