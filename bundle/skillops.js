#!/usr/bin/env node
import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);

// src/cli/main.ts
import { readFileSync } from "node:fs";
var argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", new URL("./cli/main.js", import.meta.url).href), "utf8"));
  process.stdout.write(`${pkg.version}
`);
} else {
  const { runAsProcess } = await import("./run-process-KQZY5IK6.js");
  await runAsProcess(argv);
}
