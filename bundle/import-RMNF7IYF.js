import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  diffImport,
  importDiffText,
  importDiffers,
  importJson,
  importQueues,
  importText
} from "./chunk-WXSMCA5A.js";
import "./chunk-MMZOMQAL.js";
import "./chunk-R4IRQP7E.js";
import "./chunk-P2KRDMXR.js";
import "./chunk-WINJ2DUM.js";
import "./chunk-BEFNIE4S.js";
import "./chunk-5H2VWZKN.js";
import "./chunk-F4PLJFII.js";
import "./chunk-GC5C2UK2.js";
import "./chunk-2ULA6FLN.js";
import "./chunk-PCYMEBRP.js";
import "./chunk-E26C7VYQ.js";
import "./chunk-7RJBVBG4.js";
import "./chunk-M2VJGIAI.js";
import "./chunk-LZBXL3QJ.js";
import "./chunk-BKZXKTCB.js";
import {
  UsageError
} from "./chunk-4SYE6LGA.js";
import "./chunk-I6E7ZQDL.js";
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
