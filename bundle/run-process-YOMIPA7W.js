import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  runAsProcess
} from "./chunk-VHNABKAH.js";
import "./chunk-MQOXXMP5.js";
import "./chunk-4W5EWSL6.js";
import "./chunk-4NBIG757.js";
import "./chunk-E26C7VYQ.js";
import "./chunk-7RJBVBG4.js";
import "./chunk-UXKUDA5M.js";
import "./chunk-PXC44V6Q.js";
import "./chunk-DZOQVBZO.js";
import "./chunk-4SYE6LGA.js";
import "./chunk-2TXIJ7PH.js";
import "./chunk-2MWPMCUQ.js";
import "./chunk-KNMBURMO.js";
import "./chunk-NN5INX47.js";
export {
  runAsProcess
};
