import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  runAsProcess
} from "./chunk-5AFQM26J.js";
import "./chunk-AIFIDMLL.js";
import "./chunk-L3ITOBJL.js";
import "./chunk-4NBIG757.js";
import "./chunk-E26C7VYQ.js";
import "./chunk-7RJBVBG4.js";
import "./chunk-W6RLA7AZ.js";
import "./chunk-DZOQVBZO.js";
import "./chunk-4SYE6LGA.js";
import "./chunk-CPKV3J4K.js";
import "./chunk-2PDXG5TJ.js";
import "./chunk-KNMBURMO.js";
import "./chunk-NN5INX47.js";
export {
  runAsProcess
};
