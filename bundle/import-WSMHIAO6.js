import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  diffImport,
  importDiffText,
  importDiffers,
  importJson,
  importQueues,
  importText
} from "./chunk-JIO7HXTR.js";
import "./chunk-5QVLFMFL.js";
import "./chunk-VDOXSWPC.js";
import "./chunk-THN63JXE.js";
import "./chunk-L3LLU4VP.js";
import "./chunk-SGRLANEU.js";
import "./chunk-UF3C6VWZ.js";
import "./chunk-E6VEJHXT.js";
import "./chunk-GC5C2UK2.js";
import "./chunk-BSGB53MD.js";
import "./chunk-WMZ2HHHT.js";
import "./chunk-E26C7VYQ.js";
import "./chunk-7RJBVBG4.js";
import "./chunk-AF4CAHIT.js";
import "./chunk-PA7MRQNR.js";
import "./chunk-BKZXKTCB.js";
import {
  UsageError
} from "./chunk-4SYE6LGA.js";
import "./chunk-IHX4MFJ2.js";
import "./chunk-R75TXLSG.js";
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
