import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);

// src/text/bounded-markdown.ts
var bytes = (max) => ({ max, measure: (t) => Buffer.byteLength(t, "utf8") });
var chars = (max) => ({ max, measure: (t) => t.length });
var STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;
var ISSUE_BODY_LIMIT_CHARS = 65536;
function boundedMarkdown(markdown, bound, note) {
  if (bound.measure(markdown) <= bound.max) return markdown;
  const budget = bound.max - bound.measure(note) - 1e3;
  const lines = markdown.split("\n");
  const kept = [];
  let size = 0;
  let fence;
  let details = 0;
  let omitted = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const cost = bound.measure(line) + 1;
    if (size + cost > budget) {
      omitted = lines.length - i;
      break;
    }
    kept.push(line);
    size += cost;
    const m = /^(`{3,})/.exec(line);
    if (m && (!fence || m[1].length >= fence.length && line.trim() === m[1])) fence = fence ? void 0 : m[1];
    else if (!fence && line.startsWith("<details>")) details++;
    else if (!fence && line.startsWith("</details>")) details = Math.max(0, details - 1);
  }
  if (fence) kept.push(fence);
  for (; details > 0; details--) kept.push("", "</details>");
  return `${kept.join("\n")}

> ⚠️ ${omitted.toLocaleString("en-US")} more lines are not shown here (GitHub's size limit). ${note}
`;
}

export {
  bytes,
  chars,
  STEP_SUMMARY_LIMIT_BYTES,
  ISSUE_BODY_LIMIT_CHARS,
  boundedMarkdown
};
