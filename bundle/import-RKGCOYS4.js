import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  diffImport,
  importDiffText,
  importDiffers,
  importJson,
  importQueues,
  importText
} from "./chunk-6JYMDTTB.js";
import "./chunk-QZPDI5TU.js";
import "./chunk-VBCYD6GU.js";
import "./chunk-3IJHHMN2.js";
import "./chunk-ENESKP3T.js";
import "./chunk-L3ITOBJL.js";
import "./chunk-7COKPSUF.js";
import "./chunk-RDDZMHMV.js";
import "./chunk-GC5C2UK2.js";
import "./chunk-CCE255V6.js";
import "./chunk-NAF753IP.js";
import "./chunk-E26C7VYQ.js";
import "./chunk-7RJBVBG4.js";
import "./chunk-W6RLA7AZ.js";
import "./chunk-DZOQVBZO.js";
import {
  UsageError
} from "./chunk-4SYE6LGA.js";
import "./chunk-CPKV3J4K.js";
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
