import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  diffImport,
  importDiffText,
  importDiffers,
  importJson,
  importQueues,
  importText
} from "./chunk-AS6VY4Z6.js";
import "./chunk-MCJBFMPX.js";
import "./chunk-F5RMKJG5.js";
import "./chunk-XUGTK457.js";
import "./chunk-4NEVUG6K.js";
import "./chunk-QV3XWUWD.js";
import "./chunk-NJGGTEU7.js";
import "./chunk-RDDZMHMV.js";
import "./chunk-GC5C2UK2.js";
import "./chunk-EMZBXWKX.js";
import "./chunk-NAF753IP.js";
import "./chunk-E26C7VYQ.js";
import "./chunk-7RJBVBG4.js";
import "./chunk-ONTMT5BG.js";
import "./chunk-YLLXRYUY.js";
import "./chunk-DZOQVBZO.js";
import {
  UsageError
} from "./chunk-4SYE6LGA.js";
import "./chunk-U2JOS72Z.js";
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
