import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  readJsonFile
} from "./chunk-RB62M4TY.js";
import {
  UsageError
} from "./chunk-4SYE6LGA.js";
import {
  readSchema,
  require_ajv,
  require_dist2 as require_dist
} from "./chunk-IHX4MFJ2.js";
import {
  __toESM
} from "./chunk-NN5INX47.js";

// src/use-cases/revert/read-audit-record.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_ajv_formats = __toESM(require_dist(), 1);
var addFormats = import_ajv_formats.default;
var MAX_BYTES = 64 * 1024 * 1024;
var compiled;
function auditValidator() {
  if (!compiled) {
    const ajv = new import_ajv.Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    compiled = ajv.compile(readSchema("audit.schema.json"));
  }
  return compiled;
}
async function readAuditRecord(absolute, file = absolute) {
  return readJsonFile(absolute, file, AUDIT_RECORD);
}
var AUDIT_RECORD = {
  cannotRead: "cannot read audit record",
  expected: "an audit record written by `skillops apply`",
  maxBytes: { limit: MAX_BYTES, not: "not an audit record" },
  check: checkAuditRecord
};
function checkAuditRecord(data, file) {
  const stopped = data;
  if (stopped && typeof stopped === "object" && stopped.format === "skillops-audit-stopped/1") {
    const when = stopped.phase === "confirm" ? "at the confirmation prompt" : "while reading live CXone";
    const signal = typeof stopped.signal === "string" && /^SIG[A-Z]{2,8}$/.test(stopped.signal) ? stopped.signal : "a signal";
    throw new UsageError(`${file} records an apply stopped by ${signal} ${when}, before any write: nothing to revert`);
  }
  const validate = auditValidator();
  if (!validate(data)) {
    const first = validate.errors?.[0];
    throw new UsageError(`${file} is not a skillops-audit/1 record (${first ? `${first.instancePath || "/"} ${first.message ?? ""}` : "invalid"})`);
  }
  for (const [i, row] of data.changes.entries()) {
    for (const key of ["before", "after"]) {
      const s = row[key];
      if (s !== void 0 && (typeof s.proficiency !== "number" || typeof s.isActive !== "boolean")) {
        throw new UsageError(`${file}: changes[${i}].${key} is not an assignment state`);
      }
    }
    const needs = row.action === "add" ? ["after"] : row.action === "remove" ? ["before"] : ["before", "after"];
    for (const key of needs)
      if (row[key] === void 0) throw new UsageError(`${file}: changes[${i}] (${row.action}) has no ${key} state`);
  }
  return data;
}

export {
  readAuditRecord
};
