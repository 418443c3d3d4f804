import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-4SYE6LGA.js";

// src/config/read-json-file.ts
import { readFile } from "node:fs/promises";
async function readJsonFile(absolute, shown, kind) {
  let text;
  try {
    text = await readFile(absolute, "utf8");
  } catch (error) {
    throw new UsageError(`${kind.cannotRead} ${shown}: ${error.code ?? "unknown error"}`);
  }
  if (kind.maxBytes && text.length > kind.maxBytes.limit) throw new UsageError(`${shown} is larger than ${kind.maxBytes.limit} bytes; ${kind.maxBytes.not}`);
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UsageError(`${shown} is not JSON; expected ${kind.expected}`);
  }
  return kind.check(data, shown);
}

export {
  readJsonFile
};
