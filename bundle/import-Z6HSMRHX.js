import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  diffImport,
  importDiffText,
  importDiffers,
  importJson,
  importQueues,
  importText
} from "./chunk-YL5PAPV5.js";
import "./chunk-UVC6UV2R.js";
import "./chunk-YKAEOHYU.js";
import "./chunk-337LCBJS.js";
import "./chunk-7TDDFUUL.js";
import "./chunk-2JOARUND.js";
import "./chunk-EU2PKIFY.js";
import "./chunk-WT2A3TQX.js";
import "./chunk-GC5C2UK2.js";
import "./chunk-JMPGSECR.js";
import "./chunk-NAF753IP.js";
import "./chunk-E26C7VYQ.js";
import "./chunk-7RJBVBG4.js";
import "./chunk-E7Y6CKSL.js";
import "./chunk-XLPSAY3J.js";
import "./chunk-BKZXKTCB.js";
import {
  UsageError
} from "./chunk-4SYE6LGA.js";
import "./chunk-RMD7MK22.js";
import "./chunk-LKKC6K6V.js";
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
