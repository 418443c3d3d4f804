import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  checkQueueFileAt
} from "./chunk-IHX4MFJ2.js";
import "./chunk-R75TXLSG.js";
import "./chunk-NN5INX47.js";

// src/config/check-files-worker.ts
process.env = { ...process.env };
function checkFiles({ files, dir, settings, plain }) {
  return files.map((file) => checkQueueFileAt(file, dir, settings, { plain }));
}
export {
  checkFiles as default
};
