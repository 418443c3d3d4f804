import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  importQueues,
  importText
} from "./chunk-A664NTOQ.js";
import "./chunk-ZZUEYBC7.js";
import "./chunk-ONHCCXQV.js";
import "./chunk-ER6FDHK5.js";
import {
  packageInfo,
  schemaHeader,
  schemaRef
} from "./chunk-YQ6HG7VJ.js";
import {
  shownPath
} from "./chunk-UI2O7OKX.js";
import "./chunk-MWLVCXDK.js";
import "./chunk-CKS5A5UD.js";
import "./chunk-DOJ4DNFV.js";
import "./chunk-E26C7VYQ.js";
import "./chunk-7RJBVBG4.js";
import {
  SETTINGS_FILE,
  isTenantId
} from "./chunk-ZYNUVVKH.js";
import "./chunk-DZOQVBZO.js";
import {
  UsageError
} from "./chunk-2UCZ34NV.js";
import "./chunk-GODVC5ZW.js";
import {
  forTerminal
} from "./chunk-2PDXG5TJ.js";
import "./chunk-KNMBURMO.js";
import "./chunk-NN5INX47.js";

// src/render/init-text.ts
var scaffoldText = (files, cwd) => files.map((f) => `${f.status.padEnd(11)} ${forTerminal(shownPath(f.file, cwd))}
`).join("");
function nextSteps(dir, branch, imported) {
  const cd = dir === "." ? "" : `cd ${/^[\w./-]+$/.test(dir) ? dir : `'${dir.replace(/'/g, "'\\''")}'`} && `;
  return `
Next steps, in order:
 1. ${imported ? "Check the import" : "Fill skills/ from the live tenant"}: set cxone.tenantId and timeZone in skillops.yaml, export the
    read-only credentials (CXONE_CLIENT_ID, CXONE_CLIENT_SECRET, CXONE_ACCESS_KEY_ID,
    CXONE_ACCESS_KEY_SECRET), then:
      ${cd}${imported ? "" : "npx skillops import && "}npx skillops validate && npx skillops plan --detailed-exitcode   # exit 0: no changes
 2. Edit .github/CODEOWNERS: replace the @your-org teams with yours. Commit and push, and
    create the branch apply commits its audit records to (audit.branch in skillops.yaml):
      git add -A && git commit -m "skillops: config repository" && git push
      git push origin ${branch}:skillops-audit
 3. Repository secrets (Settings > Secrets and variables > Actions), used by plan and drift:
      CXONE_CLIENT_ID, CXONE_CLIENT_SECRET, CXONE_READ_ACCESS_KEY_ID, CXONE_READ_ACCESS_KEY_SECRET
    (the READ-ONLY access key: a CXone user whose role can only view skills and users).
 4. Environment "cxone-production" (Settings > Environments): Deployment branches: selected
    branches, "${branch}" only. Its secrets, used by apply only:
      CXONE_WRITE_ACCESS_KEY_ID, CXONE_WRITE_ACCESS_KEY_SECRET (the read-write key), and
      SKILLOPS_WEBHOOK_SECRET if you use the webhook. Add required reviewers: they approve
      manual runs, and every merge too if a merge alone should not reach CXone. Never store the write key as a repository secret.
 5. Protect "${branch}" (Settings > Rules or Branches): require a pull request, review from Code
    Owners, and the status check "skillops plan" (it reports on every pull request).
 6. Open a pull request that changes a queue file: the plan appears as a comment; merging it
    applies exactly that plan (or nothing, explained on the pull request, if CXone changed
    since) and commits the audit record. To re-plan and apply by hand (optionally forced, with
    a reason): Actions > skillops apply > Run workflow; the environment's reviewers approve it.
`;
}

// src/use-cases/init/init-repository.ts
import { lstat, mkdir, readdir, readFile as readFile2, writeFile } from "node:fs/promises";
import path2 from "node:path";

// src/use-cases/init/templates.ts
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
var templatesDir = fileURLToPath(new URL("../../../templates/", new URL("./use-cases/init/templates.js", import.meta.url).href));
var WORKFLOWS = ["skillops-plan.yml", "skillops-apply.yml", "skillops-drift.yml"];
function actionRepository() {
  const file = fileURLToPath(new URL("../../../package.json", new URL("./use-cases/init/templates.js", import.meta.url).href));
  const pkg = JSON.parse(readFileSync(file, "utf8"));
  const url = typeof pkg.repository === "string" ? pkg.repository : pkg.repository?.url ?? "";
  return /github(?:\.com[/:]|:)([\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(url)?.[1] ?? "skillops/skillops";
}
var defaultAction = () => `${actionRepository()}@v${packageInfo().version}`;
var ACTION_REF = /^[A-Za-z0-9][A-Za-z0-9_.-]*\/[A-Za-z0-9_.-]+(\/[A-Za-z0-9_./-]+)?@[A-Za-z0-9_.\-/]+$|^\.\/[A-Za-z0-9_./-]*$/;
var BRANCH = /^(?!-)(?!.*\.\.)[A-Za-z0-9._/-]{1,200}$/;
async function template(name) {
  return readFile(path.join(templatesDir, name), "utf8");
}
function fill(text, values, name) {
  const out = text.replace(/__([A-Z_]+)__/g, (whole, key) => {
    const value = values[key];
    if (value === void 0) throw new Error(`template ${name} uses an unknown placeholder ${whole}`);
    return value;
  });
  return out;
}
async function renderTemplates(values) {
  if (!ACTION_REF.test(values.action)) throw new UsageError(`--action must look like owner/skillops@v1.2.3, not "${forTerminal(values.action)}"`);
  if (!BRANCH.test(values.branch)) throw new UsageError(`--branch must be a branch name, not "${forTerminal(values.branch)}"`);
  if (values.tenantId !== void 0 && !isTenantId(values.tenantId))
    throw new UsageError(`--tenant-id must be the tenant's UUID (e.g. 11eb2f3c-5a1d-4a3b-9c2e-0242ac110002), not "${forTerminal(values.tenantId)}"`);
  const placeholders = {
    ACTION: values.action,
    BRANCH: values.branch,
    SCHEMA_HEADER: schemaHeader(values.settingsSchema),
    TENANT_LINE: values.tenantId ? `tenantId: ${values.tenantId}` : "# tenantId: your-tenant-id    # or apiBase: https://api-na1.niceincontact.com"
  };
  const files = /* @__PURE__ */ new Map();
  files.set(SETTINGS_FILE, fill(await template("skillops.yaml"), placeholders, "skillops.yaml"));
  for (const workflow of WORKFLOWS) {
    files.set(`.github/workflows/${workflow}`, fill(await template(`workflows/${workflow}`), placeholders, workflow));
  }
  files.set(".github/CODEOWNERS", fill(await template("CODEOWNERS"), placeholders, "CODEOWNERS"));
  return files;
}

// src/use-cases/init/init-repository.ts
async function mergedGitignore(file) {
  const wanted = await template("gitignore");
  const existing = await readExisting(file);
  if (existing === void 0) return { file, text: wanted, status: "wrote" };
  const have = new Set(existing.split(/\r?\n/).map((l) => l.trim()));
  const missing = wanted.split("\n").filter((l) => l.trim() && !l.startsWith("#") && !have.has(l.trim()));
  if (missing.length === 0) return { file, text: existing, status: "unchanged" };
  const separator = existing.endsWith("\n") || existing === "" ? "" : "\n";
  return { file, text: `${existing}${separator}# added by skillops init
${missing.join("\n")}
`, status: "appended to" };
}
async function initRepository(dir, options, io) {
  const { cwd } = io;
  const root = path2.resolve(cwd, dir ?? ".");
  const info = await lstat(root).catch(() => void 0);
  if (info && !info.isDirectory()) throw new UsageError(`${forTerminal(path2.relative(cwd, root) || root)} exists and is not a folder`);
  const templates = await renderTemplates({
    action: options.action ?? defaultAction(),
    branch: options.branch ?? "main",
    ...options.tenantId !== void 0 ? { tenantId: options.tenantId } : {},
    settingsSchema: schemaRef("settings", root, root)
  });
  const planned = [];
  const conflicts = [];
  for (const [rel, text] of templates) {
    const file = path2.join(root, rel);
    const current = await readExisting(file);
    if (current === void 0) planned.push({ file, text, status: "wrote" });
    else if (current === text) planned.push({ file, text, status: "unchanged" });
    else if (options.force) planned.push({ file, text, status: "overwrote" });
    else conflicts.push(forTerminal(path2.relative(cwd, file) || file));
  }
  planned.push(await mergedGitignore(path2.join(root, ".gitignore")));
  if (conflicts.length > 0) {
    const what = conflicts.length === 1 ? "a file that exists and differs" : "files that exist and differ";
    throw new UsageError(
      `not overwriting ${what}: ${conflicts.join(", ")}. Nothing was written; run with --force to replace them (review the diff before committing).`
    );
  }
  for (const { file, text, status } of planned) {
    if (status === "unchanged") continue;
    await mkdir(path2.dirname(file), { recursive: true });
    await writeFile(file, text, "utf8");
  }
  const files = planned.map(({ file, status }) => ({ file, status }));
  const skillsDir = path2.join(root, "skills");
  await mkdir(skillsDir, { recursive: true });
  if (!options.import && (await readdir(skillsDir)).length === 0) {
    await writeFile(path2.join(skillsDir, ".gitkeep"), "", "utf8");
    files.push({ file: path2.join(skillsDir, ".gitkeep"), status: "wrote" });
  }
  const settingsFile = path2.join(root, SETTINGS_FILE);
  const imported = options.import ? await importQueues({ config: settingsFile }, io) : void 0;
  return { root, files, skillsDir, settingsFile, ...imported ? { imported } : {} };
}
async function readExisting(file) {
  const info = await lstat(file).catch(() => void 0);
  if (!info) return void 0;
  if (!info.isFile()) throw new UsageError(`${forTerminal(file)} exists and is not a regular file (a link or folder): move it away first`);
  return readFile2(file, "utf8");
}

// src/cli/commands/init.ts
async function initCommand(dir, options, io) {
  const scaffold = await initRepository(dir, options, io);
  io.out(scaffoldText(scaffold.files, io.cwd));
  if (scaffold.imported) {
    io.out(`
Imported the live tenant into ${forTerminal(shownPath(scaffold.skillsDir, io.cwd))}/ (skillops import):
`);
    io.out(importText(scaffold.imported, io.cwd));
  }
  io.out(nextSteps(forTerminal(shownPath(scaffold.root, io.cwd)), options.branch ?? "main", Boolean(options.import)));
  return 0;
}
export {
  initCommand
};
