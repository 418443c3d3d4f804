import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  diffImport,
  importDiffText,
  importDiffers,
  importJson,
  importQueues,
  importText
} from "./chunk-GO3JQ5QN.js";
import "./chunk-4KUEGEDE.js";
import "./chunk-7ZNGXPQW.js";
import "./chunk-6CABVJ6L.js";
import "./chunk-K2B5BEVD.js";
import "./chunk-37ZASZ6K.js";
import "./chunk-7Z4HODVR.js";
import "./chunk-WT2A3TQX.js";
import "./chunk-GC5C2UK2.js";
import "./chunk-5TTHGBOD.js";
import "./chunk-NAF753IP.js";
import "./chunk-E26C7VYQ.js";
import "./chunk-7RJBVBG4.js";
import "./chunk-EQU4EX6R.js";
import "./chunk-DZOQVBZO.js";
import {
  UsageError
} from "./chunk-4SYE6LGA.js";
import "./chunk-IIOMXY3B.js";
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
