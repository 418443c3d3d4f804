import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  runAsProcess
} from "./chunk-DWTOAJ6I.js";
import "./chunk-GTO5ZY44.js";
import "./chunk-2JOARUND.js";
import "./chunk-62VJM5YZ.js";
import "./chunk-E26C7VYQ.js";
import "./chunk-7RJBVBG4.js";
import "./chunk-E7Y6CKSL.js";
import "./chunk-XLPSAY3J.js";
import "./chunk-BKZXKTCB.js";
import "./chunk-4SYE6LGA.js";
import "./chunk-RMD7MK22.js";
import "./chunk-LKKC6K6V.js";
import "./chunk-KNMBURMO.js";
import "./chunk-NN5INX47.js";
export {
  runAsProcess
};
