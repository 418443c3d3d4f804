import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  runAsProcess
} from "./chunk-6YT5M7A3.js";
import "./chunk-LRP5MO2U.js";
import "./chunk-47WMHX5T.js";
import "./chunk-62VJM5YZ.js";
import "./chunk-E26C7VYQ.js";
import "./chunk-7RJBVBG4.js";
import "./chunk-GDAZXTGS.js";
import "./chunk-SKYXOACB.js";
import "./chunk-BKZXKTCB.js";
import "./chunk-4SYE6LGA.js";
import "./chunk-BB4PQC74.js";
import "./chunk-UVD6S6FE.js";
import "./chunk-KNMBURMO.js";
import "./chunk-NN5INX47.js";
export {
  runAsProcess
};
