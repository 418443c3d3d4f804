import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  plural
} from "./chunk-BKZXKTCB.js";
import {
  forCommandData,
  forCommandProperty,
  forJson,
  forMessage,
  forTerminal
} from "./chunk-R75TXLSG.js";

// src/render/problems.ts
function problemsText(problems, color) {
  return problems.map((p) => {
    const label = p.severity === "error" ? color.red("error") : color.yellow("warning");
    return `${color.bold(forTerminal(`${p.file}:${p.line}:${p.col}`))} ${label} ${forMessage(p.message, 2e3)} ${color.dim(`[${p.code}]`)}
`;
  }).join("");
}
function problemsSummary(problems, filesChecked, settingsFile) {
  const inSettings = problems.filter((p) => settingsFile !== void 0 && p.file === settingsFile);
  const inQueues = problems.filter((p) => !inSettings.includes(p));
  const count = (list) => {
    const errors = list.filter((p) => p.severity === "error").length;
    return { errors, warnings: list.length - errors };
  };
  const q = count(inQueues);
  const s = count(inSettings);
  const files = `${plural(filesChecked, "queue file")}`;
  const settingsPart = s.errors + s.warnings > 0 ? `${plural(s.errors, "error")} and ${plural(s.warnings, "warning")} in ${settingsFile}; ` : "";
  if (q.errors + s.errors === 0) return `Valid: ${settingsPart}${files} checked, ${plural(q.warnings, "warning")}.`;
  return `Invalid: ${settingsPart}${plural(q.errors, "error")} and ${plural(q.warnings, "warning")} in ${files}.`;
}
function problemsJson(problems, filesChecked) {
  const errors = problems.filter((p) => p.severity === "error").length;
  return `${forJson({ format: "skillops-validate/1", valid: errors === 0, filesChecked, errors, warnings: problems.length - errors, problems })}
`;
}
function problemsGithub(problems) {
  return problems.map((p) => {
    const props = `file=${escapeProperty(p.file)},line=${p.line},col=${p.col},title=${escapeProperty(`skillops ${p.code}`)}`;
    return `::${p.severity === "error" ? "error" : "warning"} ${props}::${escapeData(p.message)}
`;
  }).join("");
}
var escapeData = forCommandData;
var escapeProperty = forCommandProperty;

export {
  problemsText,
  problemsSummary,
  problemsJson,
  problemsGithub
};
