import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  hasChanges
} from "./chunk-E26C7VYQ.js";
import {
  plural
} from "./chunk-BKZXKTCB.js";

// src/github/action-output.ts
import { appendFileSync } from "node:fs";
function writeActionOutputs(env, outputs) {
  const file = env.SKILLOPS_OUTPUT_FILE;
  if (!file) return;
  const lines = Object.entries(outputs).map(([name, value]) => `${name}=${value.replace(/[\r\n]+/g, " ")}
`);
  appendFileSync(file, lines.join(""), "utf8");
}
function planOutputs(plan) {
  const s = plan.summary;
  return {
    summary: hasChanges(plan) ? `${s.add} to add, ${s.update} to update, ${s.remove} to remove (${plural(s.queuesChanged, "queue")})` : "no changes",
    changes: String(hasChanges(plan))
  };
}

export {
  writeActionOutputs,
  planOutputs
};
