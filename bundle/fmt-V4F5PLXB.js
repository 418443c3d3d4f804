import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  problemsText
} from "./chunk-U44J253G.js";
import {
  fileDiff,
  queueFileWriteTarget,
  readQueueFileGated,
  writeQueueFileGated
} from "./chunk-L3LLU4VP.js";
import {
  skillsDirOf
} from "./chunk-AF4CAHIT.js";
import {
  listQueueFiles,
  loadSettings
} from "./chunk-PA7MRQNR.js";
import {
  plural
} from "./chunk-BKZXKTCB.js";
import {
  UsageError
} from "./chunk-4SYE6LGA.js";
import {
  require_dist
} from "./chunk-IHX4MFJ2.js";
import {
  forTerminal
} from "./chunk-R75TXLSG.js";
import "./chunk-KNMBURMO.js";
import {
  __toESM
} from "./chunk-NN5INX47.js";

// src/cli/commands/fmt.ts
import path2 from "node:path";

// src/use-cases/format/format-queue-files.ts
import { stat } from "node:fs/promises";
import path from "node:path";

// src/queue-file/format-queue-file.ts
var import_yaml = __toESM(require_dist(), 1);
var QUEUE_KEY_ORDER = ["skill", "skillId", "mode", "description", "constraints", "safety", "sortAgents"];
var AGENT_KEY_ORDER = ["agent", "proficiency", "active", "from", "until", "note"];
var keyName = (pair) => (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "";
function orderPairs(map, order, last) {
  const rank = (pair) => {
    const name = keyName(pair);
    if (name === last) return order.length + 1;
    const i = order.indexOf(name);
    return i === -1 ? order.length : i;
  };
  const indexed = map.items.map((pair, i) => ({ pair, i }));
  indexed.sort((a, b) => rank(a.pair) - rank(b.pair) || a.i - b.i);
  map.items = indexed.map((x) => x.pair);
}
function plainStrings(node) {
  if ((0, import_yaml.isScalar)(node)) {
    if (typeof node.value === "string" && !node.value.includes("\n")) node.type = void 0;
    return;
  }
  if ((0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node)) {
    for (const item of node.items) {
      if ((0, import_yaml.isPair)(item)) {
        plainStrings(item.key);
        plainStrings(item.value);
      } else plainStrings(item);
    }
  }
}
var agentSortKey = (entry) => {
  if (!(0, import_yaml.isMap)(entry)) return "￿";
  const value = entry.get("agent");
  if (typeof value === "number" || typeof value === "string" && /^\s*\d+\s*$/.test(value)) return `~${String(value).trim().padStart(12, "0")}`;
  return typeof value === "string" ? value.trim().toLowerCase() : "￿";
};
function formatQueueText(text) {
  const doc = (0, import_yaml.parseDocument)(text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) return { ok: false, error: doc.errors[0].message.split("\n")[0] };
  const root = doc.contents;
  if (!(0, import_yaml.isMap)(root)) return { ok: false, error: "the file is not a mapping of keys (skill, agents, ...)" };
  const firstKey = () => root.items[0] && (0, import_yaml.isScalar)(root.items[0].key) ? root.items[0].key : void 0;
  const leading = [root.commentBefore, firstKey()?.commentBefore].filter(Boolean).join("\n");
  root.commentBefore = void 0;
  const old = firstKey();
  if (old) old.commentBefore = void 0;
  orderPairs(root, QUEUE_KEY_ORDER, "agents");
  const now = firstKey();
  if (leading && now) now.commentBefore = [leading, now.commentBefore].filter(Boolean).join("\n");
  const agents = root.get("agents", true);
  if ((0, import_yaml.isSeq)(agents)) {
    if (agents.items.length > 0) agents.flow = false;
    for (const entry of agents.items) {
      if (!(0, import_yaml.isMap)(entry)) continue;
      entry.flow = false;
      orderPairs(entry, AGENT_KEY_ORDER);
    }
    const sort = root.get("sortAgents", true);
    if ((0, import_yaml.isScalar)(sort) && sort.value === true) {
      const indexed = agents.items.map((item, i) => ({ item, i, key: agentSortKey(item) }));
      indexed.sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i);
      agents.items = indexed.map((x) => x.item);
    }
  }
  plainStrings(root);
  const formatted = doc.toString({ lineWidth: 0, indent: 2, indentSeq: true });
  return { ok: true, text: formatted, changed: formatted !== text };
}

// src/use-cases/format/format-queue-files.ts
async function queueFiles(targets, cwd) {
  const files = [];
  for (const target of targets) {
    const absolute = path.resolve(cwd, target);
    const info = await stat(absolute).catch(() => void 0);
    if (info?.isDirectory()) {
      files.push(...(await listQueueFiles(absolute)).map((f) => ({ absolute: f.absolute, folder: absolute })));
    } else if (info || await isLink(absolute)) files.push({ absolute, folder: path.dirname(absolute) });
    else throw new UsageError(`${target}: no such file or folder`);
  }
  return files;
}
var isLink = (file) => import("node:fs/promises").then(
  ({ lstat }) => lstat(file).then(
    (i) => i.isSymbolicLink(),
    () => false
  )
);
async function formatQueueFiles(targets, options, cwd) {
  const wanted = targets.length > 0 ? targets : [skillsDirOf(await loadSettings(options.config, cwd), cwd)];
  const results = [];
  for (const { absolute: file, folder } of await queueFiles(wanted, cwd)) {
    const shown = path.relative(cwd, file) || file;
    const read = readQueueFileGated(file, shown, folder);
    if (!read.ok) {
      results.push({ file, status: "refused", problems: read.problems });
      continue;
    }
    const before = read.text;
    const result = formatQueueText(before);
    if (!result.ok) results.push({ file, status: "unparsed", error: result.error });
    else if (!result.changed) results.push({ file, status: "canonical" });
    else {
      if (options.write) {
        const target = queueFileWriteTarget(file, shown, folder);
        if (!target.ok) {
          results.push({ file, status: "refused", problems: [target.problem] });
          continue;
        }
        await writeQueueFileGated(target.path, result.text);
      }
      results.push({ file, status: "reformatted", before, after: result.text });
    }
  }
  return results;
}

// src/cli/commands/fmt.ts
async function fmtCommand(targets, options, io) {
  const results = await formatQueueFiles(targets, { config: options.config, write: !options.check }, io.cwd);
  for (const r of results) {
    const relative = path2.relative(io.cwd, r.file) || r.file;
    if (r.status === "refused") {
      io.err(problemsText(r.problems, io.color));
      io.err(`${io.color.red("Error:")} ${forTerminal(relative)}: not formatted, validate refuses it (above)
`);
    } else if (r.status === "unparsed") {
      io.err(`${io.color.red("Error:")} ${forTerminal(relative)}: not formatted, it does not parse (${forTerminal(r.error)}); run \`skillops validate\`
`);
    } else if (r.status === "reformatted") {
      if (options.diff) io.out(`${fileDiff(relative, r.before, r.after, io.color)}
`);
      io.out(`${options.check ? "would reformat" : "formatted"} ${forTerminal(relative)}
`);
    }
  }
  const changed = results.filter((r) => r.status === "reformatted").length;
  const broken = results.filter((r) => r.status === "unparsed" || r.status === "refused").length;
  const verb = options.check ? "would be reformatted" : "reformatted";
  io.out(`${plural(changed, "file")} ${verb}, ${results.length - changed - broken} already canonical${broken ? `, ${broken} not parsed` : ""}.
`);
  return broken > 0 || options.check && changed > 0 ? 1 : 0;
}
export {
  fmtCommand
};
