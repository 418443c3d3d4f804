import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  ConfigError
} from "./chunk-4SYE6LGA.js";
import {
  require_dist
} from "./chunk-IHX4MFJ2.js";
import {
  __toESM
} from "./chunk-NN5INX47.js";

// src/queue-file/edit-queue-file.ts
var import_yaml = __toESM(require_dist(), 1);
import { isDeepStrictEqual } from "node:util";
var TEXT_KEYS = ["from", "until", "note"];
var KEY_ORDER = ["agent", "proficiency", "active", ...TEXT_KEYS];
function editQueueFile(original, edits, options = {}) {
  if (edits.length === 0) return original;
  const eol = original.includes("\r\n") ? "\r\n" : "\n";
  const unterminated = original.length > 0 && !original.endsWith("\n");
  const text = unterminated ? original + eol : original;
  const fail = cannotEdit(text, options.file ?? "queue file");
  const tokens = [...new import_yaml.Parser().parse(text)];
  const queue = readQueueFile(text, eol, tokens, fail);
  const edited = applySplices(text, editSplices(queue, edits), fail);
  const editOf = /* @__PURE__ */ new Map();
  for (const e of edits) if (!("add" in e)) {
    for (const i of entryIndexes(queue.byAgent, e.agent)) if (!editOf.has(i)) editOf.set(i, e);
  }
  const result = unterminated && edited.endsWith(eol) ? edited.slice(0, -eol.length) : edited;
  const old = [...new import_yaml.Composer().compose(tokens)][0].toJS();
  verify(old, result, edits, editOf, fail);
  return result;
}
function cannotEdit(text, file) {
  return (offset, message) => {
    const before = text.slice(0, offset);
    const line = before.split("\n").length;
    throw new ConfigError(
      [{ file, line, col: offset - (before.lastIndexOf("\n") + 1) + 1, severity: "error", code: "cannot-edit", message }],
      `cannot edit ${file} in place: ${message}`
    );
  };
}
function readQueueFile(text, eol, tokens, fail) {
  const docs = tokens.filter((t) => t.type === "document");
  const broken = tokens.find((t) => t.type === "error");
  if (broken) fail(broken.offset, "the file is not valid YAML");
  if (docs.length !== 1) fail(0, "expected exactly one YAML document");
  const root = docs[0].value;
  const rootItems = root && (root.type === "block-map" || root.type === "flow-collection" && root.start.source === "{") ? root.items : fail(root?.offset ?? 0, "the top level is not a mapping");
  const agentsPair = rootItems.find((i) => scalarText(i.key) === "agents");
  if (!agentsPair?.value) return fail(root?.offset ?? 0, "the file has no `agents:` list");
  const seq = agentsPair.value;
  if (seq.type !== "block-seq" && !(seq.type === "flow-collection" && seq.start.source === "[")) fail(seq.offset, "`agents:` is not a list");
  const list = seq;
  const comments = commentOffsets(tokens);
  const listItems = list.items.filter((i) => i.value || i.start.some((t) => t.type === "seq-item-ind"));
  const entries = listItems.map((item) => readEntry(item, list, fail));
  return { text, eol, fail, comments, rootItems, agentsPair, list, listItems, entries, byAgent: agentIndex(entries) };
}
function readEntry(item, list, fail) {
  const map = item.value;
  if (!map || !(map.type === "block-map" || map.type === "flow-collection" && map.start.source === "{")) {
    return fail(
      item.value?.offset ?? list.offset,
      map?.type === "alias" ? "an agent entry is a YAML alias; edit it by hand" : "an agent entry is not a mapping"
    );
  }
  const agentValue = map.items.find((p) => scalarText(p.key) === "agent")?.value;
  const prof = Number(scalarText(map.items.find((p) => scalarText(p.key) === "proficiency")?.value));
  return { item, map, agent: agentValue?.type === "alias" ? void 0 : scalarText(agentValue), proficiency: Number.isInteger(prof) ? prof : void 0 };
}
var entryMatches = (entry, m) => entry.agent !== void 0 && writtenAgentMatches(entry.agent, m);
var writtenKey = (written) => {
  const w = written.trim();
  return /^\d+$/.test(w) ? `id:${Number(w)}` : `n:${w.toLowerCase()}`;
};
function agentIndex(entries) {
  const index = /* @__PURE__ */ new Map();
  entries.forEach((e, i) => {
    if (e.agent === void 0) return;
    const key = writtenKey(e.agent);
    const list = index.get(key);
    if (list) list.push(i);
    else index.set(key, [i]);
  });
  return index;
}
function entryIndexes(byAgent, m) {
  const keys = /* @__PURE__ */ new Set([`id:${m.agentId}`, ...(m.names ?? []).map((n) => `n:${n.trim().toLowerCase()}`)]);
  const found = [...keys].flatMap((k) => byAgent.get(k) ?? []);
  return [...new Set(found)].sort((a, b) => a - b);
}
function editSplices(queue, edits) {
  const { entries, list, fail } = queue;
  const splices = [];
  const touched = /* @__PURE__ */ new Map();
  const adds = [];
  for (const edit of edits) {
    if ("add" in edit) {
      const named = {
        agentId: typeof edit.add.agent === "number" ? edit.add.agent : -1,
        names: typeof edit.add.agent === "string" ? [edit.add.agent] : []
      };
      if (entryIndexes(queue.byAgent, named).some((i) => entryMatches(entries[i], named))) {
        fail(list.offset, `agent ${String(edit.add.agent)} is already listed`);
      }
      adds.push(edit.add);
      continue;
    }
    const index = entryToEdit(queue, edit.agent, touched);
    if ("remove" in edit) {
      touched.set(index, "remove");
      if (list.type === "block-seq") {
        const r = entryRegion(queue, index);
        splices.push({ start: r.start, end: r.end, text: "" });
      } else {
        splices.push(flowRemove(queue, index));
      }
      continue;
    }
    touched.set(index, "set");
    splices.push(...setSplices(queue, entries[index], edit));
  }
  if (adds.length > 0) splices.push(...insertions(queue, adds));
  else if (list.type === "block-seq" && entries.length > 0 && [...touched.values()].filter((t) => t === "remove").length === entries.length) {
    const colon = queue.agentsPair.sep?.find((t) => t.type === "map-value-ind");
    if (colon) splices.push({ start: colon.offset + 1, end: colon.offset + 1, text: " []" });
  }
  return splices;
}
function entryToEdit(queue, agent, touched) {
  const { entries, list, fail } = queue;
  const found = entryIndexes(queue.byAgent, agent);
  if (found.length !== 1)
    fail(
      list.offset,
      found.length === 0 ? `no entry for agent ${agent.agentId}${agent.names?.[0] ? ` (${agent.names[0]})` : ""}` : `agent ${agent.agentId} is listed ${found.length} times`
    );
  const index = found[0];
  if (touched.has(index)) fail(entries[index].map.offset, `more than one edit for agent ${agent.agentId}`);
  return index;
}
function pairNamed(entry, key) {
  return entry.map.items.find((p) => scalarText(p.key) === key);
}
function setSplices(queue, entry, edit) {
  const { fail } = queue;
  const splices = [];
  for (const key of new Set(edit.unset ?? [])) {
    if (key === "agent" || key === "proficiency" || edit.set[key] !== void 0)
      fail(entry.map.offset, `cannot unset \`${key}\` of an entry`);
    const k = entry.map.items.findIndex((p) => scalarText(p.key) === key);
    if (k >= 0) splices.push(...unsetPair(queue, entry, k));
  }
  if (edit.set.proficiency !== void 0) {
    const value = pairNamed(entry, "proficiency")?.value;
    if (value?.type !== "scalar") fail(entry.map.offset, "the entry's proficiency is not a plain number");
    const v = value;
    splices.push({ start: v.offset, end: v.offset + v.source.length, text: String(edit.set.proficiency) });
  }
  if (edit.set.active !== void 0) {
    const splice = activeSplice(queue, entry, edit.set.active);
    if (splice) splices.push(splice);
  }
  for (const key of TEXT_KEYS) {
    const value = edit.set[key];
    if (value !== void 0) splices.push(textSplice(queue, entry, key, value, edit.unset ?? []));
  }
  return splices;
}
function textSplice(queue, entry, key, value, unset) {
  const { text, eol, fail } = queue;
  const inFlow = entry.map.type === "flow-collection";
  const pair = pairNamed(entry, key);
  if (pair?.value) {
    if (pair.value.type !== "scalar" && pair.value.type !== "single-quoted-scalar" && pair.value.type !== "double-quoted-scalar")
      fail(pair.value.offset, `the entry's \`${key}\` is not a one-line value; edit it by hand`);
    const v = pair.value;
    return { start: v.offset, end: v.offset + v.source.length, text: scalarFor(value, inFlow) };
  }
  const earlier = KEY_ORDER.slice(0, KEY_ORDER.indexOf(key)).filter((k) => !unset.includes(k));
  const anchor = [...entry.map.items].reverse().find((p) => earlier.includes(scalarText(p.key) ?? ""));
  const anchorValue = anchor?.value;
  if (!anchor?.key || !anchorValue) return fail(entry.map.offset, "the entry has no proficiency");
  if (anchorValue.type === "block-scalar") fail(anchorValue.offset, `the entry's \`${scalarText(anchor.key)}\` is a block scalar; edit it by hand`);
  if (!inFlow) {
    const at2 = lineEnd(text, significantEnd(anchorValue));
    return { start: at2, end: at2, text: `${" ".repeat(column(text, anchor.key.offset))}${key}: ${scalarFor(value, false)}${eol}` };
  }
  const at = significantEnd(anchorValue);
  return { start: at, end: at, text: `, ${key}: ${scalarFor(value, true)}` };
}
function extraPairs(a, inFlow) {
  const pairs = a.active ? [] : ["active: false"];
  for (const key of TEXT_KEYS) if (a[key] !== void 0) pairs.push(`${key}: ${scalarFor(a[key], inFlow)}`);
  return pairs;
}
function activeSplice(queue, entry, active) {
  const { text, eol, fail } = queue;
  const pair = pairNamed(entry, "active");
  if (pair?.value) {
    if (pair.value.type !== "scalar") fail(pair.value.offset, "the entry's `active` is not a plain true/false");
    const v = pair.value;
    return { start: v.offset, end: v.offset + v.source.length, text: String(active) };
  }
  if (active) return void 0;
  const prof = pairNamed(entry, "proficiency");
  const value = prof?.value;
  if (!prof?.key || !value) return fail(entry.map.offset, "the entry has no proficiency");
  if (entry.map.type === "block-map") {
    const at2 = lineEnd(text, significantEnd(value));
    return { start: at2, end: at2, text: `${" ".repeat(column(text, prof.key.offset))}active: false${eol}` };
  }
  const at = significantEnd(value);
  return { start: at, end: at, text: ", active: false" };
}
var lineStart = (text, offset) => text.lastIndexOf("\n", offset - 1) + 1;
function lineEnd(text, offset) {
  const nl = text.indexOf("\n", offset);
  return nl < 0 ? text.length : nl + 1;
}
var column = (text, offset) => offset - lineStart(text, offset);
function firstNonSpace(text, from) {
  let i = from;
  while (text[i] === " " || text[i] === "	") i++;
  return i;
}
var isCommentLine = (queue, start) => queue.comments.has(firstNonSpace(queue.text, start));
function entryRegion(queue, i) {
  const { text, entries, fail } = queue;
  const item = entries[i].item;
  const dash = item.start.find((t) => t.type === "seq-item-ind") ?? fail(entries[i].map.offset, "unexpected list item");
  let start = lineStart(text, dash.offset);
  while (start > 0) {
    const above = lineStart(text, start - 1);
    if (!isCommentLine(queue, above)) break;
    start = above;
  }
  let end = lineEnd(text, significantEnd(entries[i].map));
  while (end < text.length && isCommentLine(queue, end) && column(text, firstNonSpace(text, end)) > column(text, dash.offset)) end = lineEnd(text, end);
  return { start, end };
}
function unsetPair(queue, entry, k) {
  const { text, fail } = queue;
  const pairs = entry.map.items;
  const pair = pairs[k];
  const next = pairs[k + 1];
  if (!pair.key || pair.start.some((t) => t.type === "explicit-key-ind") || next && !next.key)
    return fail(entry.map.offset, "the entry uses explicit `?` keys; edit it by hand");
  if (pairs.length < 2) return fail(entry.map.offset, "the entry would be left empty");
  const keyAt = pair.key.offset;
  if (entry.map.type === "flow-collection") {
    return [next ? { start: keyAt, end: next.key.offset, text: "" } : { start: significantEnd(pairs[k - 1]), end: significantEnd(pair), text: "" }];
  }
  let end = lineEnd(text, significantEnd(pair));
  while (end < text.length && isCommentLine(queue, end) && column(text, firstNonSpace(text, end)) > column(text, keyAt)) end = lineEnd(text, end);
  const dash = entry.item.start.find((t) => t.type === "seq-item-ind");
  if (dash && lineStart(text, dash.offset) === lineStart(text, keyAt)) {
    if (!next) return fail(entry.map.offset, "the entry would be left empty");
    const between = text.slice(end, lineStart(text, next.key.offset));
    return [
      { start: lineStart(text, dash.offset), end: lineStart(text, dash.offset), text: between },
      { start: keyAt, end: next.key.offset, text: "" }
    ];
  }
  let start = lineStart(text, keyAt);
  while (start > 0) {
    const above = lineStart(text, start - 1);
    if (!isCommentLine(queue, above) || column(text, firstNonSpace(text, above)) !== column(text, keyAt)) break;
    start = above;
  }
  return [{ start, end, text: "" }];
}
function flowRemove(queue, i) {
  const items = queue.listItems;
  const value = (k) => items[k].value;
  if (items.length === 1) return { start: value(0).offset, end: significantEnd(value(0)), text: "" };
  if (i < items.length - 1) return { start: value(i).offset, end: value(i + 1).offset, text: "" };
  return { start: significantEnd(value(i - 1)), end: significantEnd(value(i)), text: "" };
}
function insertions(queue, newOnes) {
  const { rootItems, entries, list } = queue;
  const order = scalarText(rootItems.find((i) => scalarText(i.key) === "sortAgents")?.value) === "true" ? "agent" : sortOrder(entries);
  const out = [];
  const keyed = newOnes.map((a) => ({ a, pos: position(entries, order, a) }));
  keyed.sort((x, y) => x.pos - y.pos || compareNew(order, x.a, y.a));
  for (const { a, pos } of keyed) {
    if (list.type === "flow-collection") {
      out.push(flowInsert(queue, a, pos));
      continue;
    }
    const neighbor = entries[Math.min(pos, entries.length - 1)];
    const at = pos < entries.length ? entryRegion(queue, pos).start : entryRegion(queue, entries.length - 1).end;
    out.push({ start: at, end: at, text: blockItem(queue, a, neighbor) });
  }
  return out;
}
function position(entries, order, a) {
  if (order === "end") return entries.length;
  let pos = entries.length;
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k];
    const before = order === "agent" ? agentSortKey(String(a.agent)) < agentSortKey(e.agent ?? "") : a.proficiency < (e.proficiency ?? Infinity);
    if (before) {
      pos = k;
      break;
    }
  }
  return pos;
}
function blockItem(queue, a, neighbor) {
  const { text, eol } = queue;
  const dash = neighbor.item.start.find((t) => t.type === "seq-item-ind");
  const indent = " ".repeat(column(text, dash.offset));
  const gap = " ".repeat(Math.max(1, column(text, neighbor.map.offset) - column(text, dash.offset) - 1));
  const comment = a.comment ? ` # ${a.comment}` : "";
  if (neighbor.map.type === "flow-collection") {
    return `${indent}-${gap}${flowMap(text, a, neighbor.map)}${comment}${eol}`;
  }
  const inner = indent + " ".repeat(1 + gap.length);
  const firstKey = scalarText(neighbor.map.items[0]?.key);
  const agentLine = `agent: ${scalarFor(a.agent, false)}${comment}`;
  const profLine = `proficiency: ${a.proficiency}`;
  const lines = firstKey === "proficiency" ? [profLine, agentLine] : [agentLine, profLine];
  lines.push(...extraPairs(a, false));
  return lines.map((l, k) => `${k === 0 ? `${indent}-${gap}` : inner}${l}${eol}`).join("");
}
function flowMap(text, a, like) {
  const padded = like ? text[like.start.offset + 1] === " " : true;
  const body = [`agent: ${scalarFor(a.agent, true)}`, `proficiency: ${a.proficiency}`, ...extraPairs(a, true)].join(", ");
  return padded ? `{ ${body} }` : `{${body}}`;
}
function flowInsert(queue, a, pos) {
  const { text, eol, listItems: items, entries } = queue;
  if (items.length === 0) return firstOfEmptyList(queue, a);
  const like = entries.find((e) => e.map.type === "flow-collection")?.map;
  const map = flowMap(text, a, like);
  const ownLine = (offset) => text.slice(lineStart(text, offset), offset).trim() === "";
  const indentOf = (offset) => text.slice(lineStart(text, offset), offset);
  if (pos < items.length) {
    const at2 = items[pos].value.offset;
    return { start: at2, end: at2, text: ownLine(at2) ? `${map},${eol}${indentOf(at2)}` : `${map}, ` };
  }
  const last = items[items.length - 1].value;
  const at = significantEnd(last);
  return { start: at, end: at, text: ownLine(last.offset) ? `,${eol}${indentOf(last.offset)}${map}` : `, ${map}` };
}
function firstOfEmptyList(queue, a) {
  const { text, eol, agentsPair, list, fail } = queue;
  const key = agentsPair.key;
  const colon = agentsPair.sep.find((t) => t.type === "map-value-ind");
  const close = list.end.find((t) => t.type === "flow-seq-end");
  if (!close) return fail(list.offset, "`agents:` list is not closed");
  const indent = " ".repeat(column(text, key.offset) + 2);
  const comment = a.comment ? ` # ${a.comment}` : "";
  const lines = [
    `${indent}- agent: ${scalarFor(a.agent, false)}${comment}`,
    `${indent}  proficiency: ${a.proficiency}`,
    ...extraPairs(a, false).map((p) => `${indent}  ${p}`)
  ];
  return { start: colon.offset + 1, end: close.offset + 1, text: `${eol}${lines.join(eol)}` };
}
function writtenAgentMatches(written, m) {
  const w = written.trim();
  if (/^\d+$/.test(w)) return Number(w) === m.agentId;
  return (m.names ?? []).some((n) => n.trim().toLowerCase() === w.toLowerCase());
}
function sortOrder(entries) {
  if (entries.length < 2) return "agent";
  const keys = entries.map((e) => e.agent === void 0 ? void 0 : agentSortKey(e.agent));
  if (keys.every((k, i) => k !== void 0 && (i === 0 || keys[i - 1] <= k))) return "agent";
  const profs = entries.map((e) => e.proficiency);
  if (profs.every((p, i) => p !== void 0 && (i === 0 || profs[i - 1] <= p))) return "proficiency";
  return "end";
}
function compareNew(order, x, y) {
  const byAgent = agentSortKey(String(x.agent)) < agentSortKey(String(y.agent)) ? -1 : agentSortKey(String(x.agent)) > agentSortKey(String(y.agent)) ? 1 : 0;
  return order === "proficiency" ? x.proficiency - y.proficiency || byAgent : byAgent;
}
function agentSortKey(written) {
  const t = written.trim();
  return /^\d+$/.test(t) ? `~${t.padStart(12, "0")}` : t.toLowerCase();
}
function scalarFor(value, inFlow) {
  if (typeof value === "number") return String(value);
  const source = import_yaml.CST.createScalarToken(value, { indent: 0, inFlow }).source;
  const back = (0, import_yaml.parseDocument)(inFlow ? `[${source}]` : `k: ${source}`).toJS();
  const read = inFlow ? back[0] : back.k;
  return read === value ? source : JSON.stringify(value);
}
function scalarText(token) {
  if (!token || !import_yaml.CST.isScalar(token)) return void 0;
  return import_yaml.CST.resolveAsScalar(token)?.value;
}
function commentOffsets(tokens) {
  const found = /* @__PURE__ */ new Set();
  eachToken(tokens, (o) => {
    if (o.type === "comment" && typeof o.offset === "number") found.add(o.offset);
  });
  return found;
}
function significantEnd(t) {
  let best = -1;
  eachToken(t, (o) => {
    const type = o.type;
    if (typeof o.offset === "number" && typeof o.source === "string" && type !== "space" && type !== "newline" && type !== "comment") {
      best = Math.max(best, o.offset + o.source.length);
    }
  });
  return best;
}
function eachToken(t, visit) {
  if (!t || typeof t !== "object") return;
  if (Array.isArray(t)) {
    for (const x of t) eachToken(x, visit);
    return;
  }
  const o = t;
  visit(o);
  for (const key of ["start", "end", "items", "key", "sep", "value", "props"]) if (key in o) eachToken(o[key], visit);
}
function applySplices(text, splices, fail) {
  const sorted = [...splices].sort((a, b) => a.start - b.start || a.end - a.start - (b.end - b.start));
  let out = "";
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) fail(s.start, "two edits overlap");
    out += text.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + text.slice(at);
}
function verify(old, after, edits, editOf, fail) {
  const parsed = (0, import_yaml.parseDocument)(after, { uniqueKeys: true });
  if (parsed.errors.length > 0) fail(0, `the edit would break the YAML (${parsed.errors[0].message.split("\n")[0]}); this is a bug in skillops`);
  const kept = [];
  for (const [i, row] of old.agents.entries()) {
    const edit = editOf.get(i);
    const data = { ...row };
    if (edit && "remove" in edit) continue;
    if (edit && "set" in edit) {
      for (const key of edit.unset ?? []) delete data[key];
      if (edit.set.proficiency !== void 0) data.proficiency = edit.set.proficiency;
      if (edit.set.active !== void 0 && (edit.set.active === false || "active" in data)) data.active = edit.set.active;
      for (const key of TEXT_KEYS) if (edit.set[key] !== void 0) data[key] = edit.set[key];
    }
    kept.push(data);
  }
  const wanted = edits.flatMap((e) => {
    if (!("add" in e)) return [];
    const w = { agent: e.add.agent, proficiency: e.add.proficiency, ...e.add.active ? {} : { active: false } };
    for (const key of TEXT_KEYS) if (e.add[key] !== void 0) w[key] = e.add[key];
    return [w];
  });
  const now = parsed.toJS();
  let k = 0;
  const extra = [];
  for (const g of now.agents ?? []) {
    if (k < kept.length && isDeepStrictEqual(g, kept[k])) k++;
    else extra.push(g);
  }
  const rest = (d) => {
    const { agents: _a, ...r } = d;
    return r;
  };
  const same = k === kept.length && extra.length === wanted.length && wanted.every((w) => extra.some((x) => isDeepStrictEqual(x, w)));
  if (!same || !isDeepStrictEqual(rest(old), rest(now))) fail(0, "the edited file does not read back as intended; this is a bug in skillops");
}

export {
  editQueueFile,
  writtenAgentMatches
};
