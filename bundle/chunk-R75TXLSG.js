import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);

// src/text/untrusted.ts
var UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
var HAS_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;
var escapeChar = (c) => {
  const code = c.charCodeAt(0);
  if (c === "\n") return "\\n";
  if (c === "\r") return "\\r";
  if (c === "	") return "\\t";
  return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
};
var TERMINAL_MAX = 500;
function limit(text, max) {
  if (text.length <= max) return text;
  let head = text.slice(0, Math.max(1, max));
  if (/[\ud800-\udbff]$/.test(head)) head = head.slice(0, -1);
  return `${head}…(${(text.length - head.length).toLocaleString("en-US")} more characters)`;
}
var controlsShown = (text, max) => limit(text, max).replace(UNSAFE, escapeChar);
function limitMiddle(text, max) {
  if (text.length <= max) return text;
  const headLength = Math.ceil(max * 0.6);
  const head = text.slice(0, headLength).replace(/[\ud800-\udbff]$/, "");
  const tail = text.slice(text.length - (max - headLength)).replace(/^[\udc00-\udfff]/, "");
  return `${head}…(${(text.length - head.length - tail.length).toLocaleString("en-US")} characters left out)…${tail}`;
}
function forTerminal(text, max = TERMINAL_MAX) {
  const escaped = controlsShown(text, max);
  return escaped.replace(/^(\s*)([:#])/, (_m, space, c) => `${space}\\x${c.charCodeAt(0).toString(16)}`);
}
function forDiffLine(text, max = TERMINAL_MAX) {
  return controlsShown(text, max).replace(/^(\s*)(::|##\[)/, (_m, space, c) => `${space}\\x${c.charCodeAt(0).toString(16)}${c.slice(1)}`);
}
function forTerminalLines(text, maxPerLine = 4e3) {
  return text.split(/\r?\n/).map((line) => forMessage(line, maxPerLine)).join("\n");
}
function forMessage(text, max = TERMINAL_MAX) {
  return forTerminal(limitMiddle(text, max), Infinity);
}
function forMarkdownMessage(text, max = 400) {
  return forMarkdown(limitMiddle(text, max), Infinity);
}
function forCommandData(text) {
  return forTerminal(text, 2e3).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function forCommandProperty(text) {
  return forCommandData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;",
  "*": "&#42;",
  _: "&#95;",
  "[": "&#91;",
  "]": "&#93;",
  "|": "&#124;",
  "~": "&#126;",
  "#": "&#35;",
  "@": "&#64;",
  "!": "&#33;",
  "\\": "&#92;",
  ":": "&#58;",
  "(": "&#40;",
  ")": "&#41;",
  "{": "&#123;",
  "}": "&#125;",
  $: "&#36;",
  "^": "&#94;",
  "=": "&#61;",
  "+": "&#43;"
};
var MARKDOWN_MAX = 200;
function forMarkdown(text, max = MARKDOWN_MAX) {
  return controlsShown(text, max).replace(/[&<>"'`*_[\]|~#@!\\:(){}$^=+]/g, (c) => ENTITIES[c]).replace(/(www)\./gi, "$1&#46;");
}
var HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
var HTML_MAX = 300;
function forHtml(text, max = HTML_MAX) {
  if (text.length <= max && !HTML_SPECIAL.test(text)) return text;
  return controlsShown(text, max).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}
var HTML_SPECIAL = /[&<>"'\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;
function forTextNode(text, max = HTML_MAX) {
  return controlsShown(text, max);
}
function forHtmlHref(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return void 0;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return void 0;
  return parsed.href.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}
function forScriptJson(value) {
  return forJson(value, 0).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function forCodeLine(text, max = MARKDOWN_MAX) {
  return controlsShown(text, max);
}
function fenceFor(body) {
  let longest = 0;
  for (const m of body.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return "`".repeat(Math.max(3, longest + 1));
}
function forCsvCell(value, sink = "file") {
  if (value === null || value === void 0) return "";
  const kept = sink === "terminal" ? "	" : "\n\r	";
  let text = String(value).replace(UNSAFE, (c) => kept.includes(c) ? c : escapeChar(c));
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$|^[:#]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
function forYamlComment(text, max = 120) {
  return text.replace(UNSAFE, " ").replace(/\s+/g, " ").trim().slice(0, max);
}
var JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
function forJson(value, space = 2) {
  return JSON.stringify(value, null, space).replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function preview(value, max = 80) {
  let out = "";
  const walk = (v) => {
    if (out.length > max) return false;
    if (Array.isArray(v)) {
      out += "[";
      for (let i = 0; i < v.length; i++) {
        if (i > 0) out += ",";
        if (!walk(v[i])) {
          out += `…${v.length > 1 ? ` (${v.length.toLocaleString("en-US")} items)` : ""}`;
          return false;
        }
      }
      out += "]";
      return true;
    }
    if (v !== null && typeof v === "object") {
      out += "{";
      let first = true;
      for (const key of Object.keys(v)) {
        if (!first) out += ",";
        first = false;
        out += `${JSON.stringify(limit(key, max))}:`;
        if (!walk(v[key])) return false;
      }
      out += "}";
      return true;
    }
    out += typeof v === "string" ? JSON.stringify(limit(v, max)) : String(JSON.stringify(v) ?? v);
    return out.length <= max;
  };
  walk(value);
  return out.length > max + 40 ? `${out.slice(0, max)}…` : out;
}
function forYamlName(name, max = 200) {
  const shown = name.replace(UNSAFE, escapeChar);
  return shown.length <= max ? shown : `${shown.slice(0, max - 1).replace(/[\ud800-\udbff]$/, "")}…`;
}

// src/domain/desired-state.ts
function agentRef(value) {
  if (typeof value === "number") return { kind: "id", agentId: value };
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return { kind: "id", agentId: Number(trimmed) };
  return { kind: "name", userName: trimmed };
}
function namedAgent(value) {
  const written = String(value);
  const pool = typeof value === "number" ? namedById : namedAgents;
  let named = pool.get(written);
  if (!named) {
    named = Object.freeze({ agent: Object.freeze(agentRef(value)), written });
    pool.set(written, named);
  }
  return named;
}
var namedAgents = /* @__PURE__ */ new Map();
var namedById = /* @__PURE__ */ new Map();
function desiredEntry(agent, proficiency, active, from, until, file, line, col) {
  const named = namedAgent(agent);
  const at = { file, line, col };
  if (from === void 0 && until === void 0) return { agent: named.agent, written: named.written, proficiency, active, at };
  if (until === void 0) return { agent: named.agent, written: named.written, proficiency, active, from, at };
  if (from === void 0) return { agent: named.agent, written: named.written, proficiency, active, until, at };
  return { agent: named.agent, written: named.written, proficiency, active, from, until, at };
}
var agentRefKey = (ref) => ref.kind === "id" ? `id:${ref.agentId}` : `name:${ref.userName.toLowerCase()}`;
function skillSlug(name) {
  const slug = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return slug.slice(0, 80).replace(/-+$/, "");
}

export {
  HAS_UNSAFE,
  forTerminal,
  forDiffLine,
  forTerminalLines,
  forMessage,
  forMarkdownMessage,
  forCommandData,
  forCommandProperty,
  forMarkdown,
  forHtml,
  forTextNode,
  forHtmlHref,
  forScriptJson,
  forCodeLine,
  fenceFor,
  forCsvCell,
  forYamlComment,
  forJson,
  preview,
  forYamlName,
  agentRef,
  desiredEntry,
  agentRefKey,
  skillSlug
};
