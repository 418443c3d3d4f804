import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);

// src/text/plural.ts
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

export {
  plural
};
