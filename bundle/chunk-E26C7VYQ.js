import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);

// src/domain/plan.ts
var PLAN_FORMAT = "skillops-plan/1";
var hasChanges = (plan) => plan.summary.add + plan.summary.update + plan.summary.remove > 0;

export {
  PLAN_FORMAT,
  hasChanges
};
