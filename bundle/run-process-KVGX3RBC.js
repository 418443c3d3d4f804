import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  runAsProcess
} from "./chunk-V6U37VHX.js";
import "./chunk-U44J253G.js";
import "./chunk-PGJ6RLKE.js";
import "./chunk-62VJM5YZ.js";
import "./chunk-E26C7VYQ.js";
import "./chunk-7RJBVBG4.js";
import "./chunk-B2CQ5FN7.js";
import "./chunk-EUZUHMP3.js";
import "./chunk-BKZXKTCB.js";
import "./chunk-4SYE6LGA.js";
import "./chunk-CMPYBCBW.js";
import "./chunk-R75TXLSG.js";
import "./chunk-KNMBURMO.js";
import "./chunk-NN5INX47.js";
export {
  runAsProcess
};
