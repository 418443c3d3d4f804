import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  schemasDir
} from "./chunk-IHX4MFJ2.js";

// src/queue-file/schema-ref.ts
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
var SCHEMA_CDN = "https://cdn.jsdelivr.net/npm";
var packageJson = fileURLToPath(new URL("../../package.json", new URL("./queue-file/schema-ref.js", import.meta.url).href));
var cachedInfo;
function packageInfo() {
  if (!cachedInfo) {
    const { name, version } = JSON.parse(readFileSync(packageJson, "utf8"));
    cachedInfo = { name, version };
  }
  return cachedInfo;
}
function schemaUrl(kind, pkg = packageInfo()) {
  return `${SCHEMA_CDN}/${pkg.name}@${pkg.version}/schemas/${kind}.schema.json`;
}
function schemaRef(kind, fileDir, repoRoot) {
  const schema = path.join(schemasDir, `${kind}.schema.json`);
  const fromRoot = path.relative(path.resolve(repoRoot), schema);
  const inside = fromRoot !== "" && !fromRoot.startsWith("..") && !path.isAbsolute(fromRoot);
  if (inside && !fromRoot.split(path.sep).includes("node_modules")) {
    const rel = path.relative(path.resolve(fileDir), schema).split(path.sep).join("/");
    return rel.startsWith(".") ? rel : `./${rel}`;
  }
  return schemaUrl(kind);
}
var schemaHeader = (ref) => `yaml-language-server: $schema=${ref}`;

export {
  packageInfo,
  schemaRef,
  schemaHeader
};
