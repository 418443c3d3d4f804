import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);

// src/text/redact.ts
var SECRET_ENV_VARS = [
  "CXONE_CLIENT_ID",
  "CXONE_CLIENT_SECRET",
  "CXONE_ACCESS_KEY_ID",
  "CXONE_ACCESS_KEY_SECRET",
  "SKILLOPS_WEBHOOK_SECRET",
  "GITHUB_TOKEN"
];
var SECRET_PAIRS = [
  ["CXONE_CLIENT_ID", "CXONE_CLIENT_SECRET"],
  ["CXONE_ACCESS_KEY_ID", "CXONE_ACCESS_KEY_SECRET"]
];
var extraSecrets = /* @__PURE__ */ new Set();
function registerSecret(value) {
  if (value && value.length >= 6) extraSecrets.add(value);
}
var base64Forms = (text) => {
  const b64 = Buffer.from(text, "utf8").toString("base64");
  return [b64, b64.replace(/=+$/, ""), Buffer.from(text, "utf8").toString("base64url")];
};
function encodings(value) {
  return [value, encodeURIComponent(value), new URLSearchParams({ v: value }).toString().slice(2), JSON.stringify(value).slice(1, -1), ...base64Forms(value)];
}
function secretForms(env) {
  const values = [...SECRET_ENV_VARS.map((name) => env[name]), ...extraSecrets].filter((v) => typeof v === "string" && v.length >= 4);
  const forms = /* @__PURE__ */ new Set();
  for (const value of values) for (const form of encodings(value)) forms.add(form);
  const pairs = SECRET_PAIRS.flatMap(([id, secret]) => env[id] && env[secret] ? [[env[id], env[secret]]] : []);
  const extras = [...extraSecrets];
  for (let i = 0; i + 1 < extras.length; i++) pairs.push([extras[i], extras[i + 1]]);
  for (const [id, secret] of pairs) for (const form of base64Forms(`${id}:${secret}`)) forms.add(form);
  return [...forms].filter((f) => f.length >= 4).sort((a, b) => b.length - a.length);
}
function redact(text, env = process.env) {
  let result = text;
  for (const form of secretForms(env)) if (result.includes(form)) result = result.split(form).join("***");
  return result.replace(/(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/g, "$1 ***").replace(/("?(?:access_token|refresh_token|id_token|client_secret|password)"?\s*[:=]\s*"?)[^"&,\s}]+/gi, "$1***");
}
var LEAKY_NODE_DEBUG_SECTIONS = ["http", "http2", "https", "net", "tls", "fetch", "undici", "websocket"];
function leakyNodeDebug(env) {
  const value = env.NODE_DEBUG;
  if (!value) return [];
  const source = value.replace(/[|\\{}()[\]^$+?.]/g, "\\$&").replaceAll("*", ".*").replaceAll(",", "$|^");
  const pattern = new RegExp(`^${source}$`, "i");
  return LEAKY_NODE_DEBUG_SECTIONS.filter((section) => pattern.test(section));
}

export {
  registerSecret,
  redact,
  leakyNodeDebug
};
