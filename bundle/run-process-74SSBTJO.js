import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  runAsProcess
} from "./chunk-JH2QNRTU.js";
import "./chunk-3KITZM6N.js";
import "./chunk-2JOARUND.js";
import "./chunk-4NBIG757.js";
import "./chunk-E26C7VYQ.js";
import "./chunk-7RJBVBG4.js";
import "./chunk-U4KRXV42.js";
import "./chunk-GZJQTXRO.js";
import "./chunk-DZOQVBZO.js";
import "./chunk-4SYE6LGA.js";
import "./chunk-RMD7MK22.js";
import "./chunk-LKKC6K6V.js";
import "./chunk-KNMBURMO.js";
import "./chunk-NN5INX47.js";
export {
  runAsProcess
};
