import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);

// src/domain/target.ts
var NO_TARGET = { queues: [], excludeQueues: [] };

export {
  NO_TARGET
};
