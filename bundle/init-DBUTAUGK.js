import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  importQueues,
  importText
} from "./chunk-JIO7HXTR.js";
import "./chunk-5QVLFMFL.js";
import "./chunk-VDOXSWPC.js";
import "./chunk-THN63JXE.js";
import "./chunk-L3LLU4VP.js";
import {
  packageInfo,
  schemaHeader,
  schemaRef
} from "./chunk-SGRLANEU.js";
import {
  shownPath
} from "./chunk-UI2O7OKX.js";
import "./chunk-UF3C6VWZ.js";
import "./chunk-E6VEJHXT.js";
import "./chunk-GC5C2UK2.js";
import "./chunk-BSGB53MD.js";
import "./chunk-WMZ2HHHT.js";
import "./chunk-E26C7VYQ.js";
import "./chunk-7RJBVBG4.js";
import "./chunk-AF4CAHIT.js";
import {
  SETTINGS_FILE,
  TENANTS_DIR,
  TENANT_NAME_RULE,
  isTenantId,
  isTenantName
} from "./chunk-PA7MRQNR.js";
import "./chunk-BKZXKTCB.js";
import {
  UsageError
} from "./chunk-4SYE6LGA.js";
import "./chunk-IHX4MFJ2.js";
import {
  forTerminal
} from "./chunk-R75TXLSG.js";
import "./chunk-KNMBURMO.js";
import "./chunk-NN5INX47.js";

// src/render/init-text.ts
var scaffoldText = (files, cwd) => files.map((f) => `${f.status.padEnd(11)} ${forTerminal(shownPath(f.file, cwd))}
`).join("");
function nextSteps(steps) {
  const lines = ["", "Setting up the config repository, in order (step 1 is done):"];
  steps.forEach((step, i) => {
    lines.push(`${String(i + 1).padStart(2)}. ${forTerminal(step.title)}`);
    if (step.note) lines.push(`    ${forTerminal(step.note)}`);
    for (const command of step.commands) lines.push(`      ${forTerminal(command, 4e3)}`);
  });
  return `${lines.join("\n")}
`;
}
function tenantNextSteps(dir, branch, tenants) {
  const cd = dir === "." ? "" : `cd ${/^[\w./-]+$/.test(dir) ? dir : `'${dir.replace(/'/g, "'\\''")}'`} && `;
  const first = tenants[0] ?? "uk";
  const environments = tenants.map((t) => `      cxone-${t}-plan   and   cxone-${t}`).join("\n");
  return `
Next steps, in order:
 1. For each tenant, fill tenants/<tenant>/skills/ from its live tenant: set cxone.tenantId and
    timeZone in tenants/<tenant>/skillops.yaml, export THAT tenant's read-only credentials
    (CXONE_CLIENT_ID, CXONE_CLIENT_SECRET, CXONE_ACCESS_KEY_ID, CXONE_ACCESS_KEY_SECRET), then:
      ${cd}npx skillops -C tenants/${first} import && npx skillops -C tenants/${first} plan --detailed-exitcode   # exit 0: no changes
 2. Edit .github/CODEOWNERS: replace the @your-org teams with yours. Commit and push, and
    create the branch apply commits its audit records to (audit.branch in each skillops.yaml):
      git add -A && git commit -m "skillops: config repository for ${tenants.length} tenants" && git push
      git push origin ${branch}:skillops-audit
 3. Two environments per tenant (Settings > Environments), and NO CXone repository secrets:
${environments}
    cxone-<tenant>-plan: that tenant's READ-ONLY key, for plan and drift (any branch).
    cxone-<tenant>: that tenant's READ-WRITE key, for apply; Deployment branches: "${branch}"
    only; add required reviewers if a merge alone should not reach CXone.
    Each holds the same secret names: CXONE_CLIENT_ID, CXONE_CLIENT_SECRET, CXONE_ACCESS_KEY_ID,
    CXONE_ACCESS_KEY_SECRET (and SKILLOPS_WEBHOOK_SECRET in cxone-<tenant> if you use the
    webhook). A job names one tenant's environment, so it gets that tenant's keys and no other's.
 4. Protect "${branch}": require a pull request, review from Code Owners, and the status check
    "skillops plan" (it reports once for all tenants, on every pull request).
 5. Open a pull request that changes queue files of some tenants: each tenant touched gets a plan
    job and a plan comment of its own; merging applies each tenant's reviewed plan in its own job,
    with its own lock and audit folder (audit/<tenant>/).
 6. To add a tenant later: create tenants/<name>/skillops.yaml and tenants/<name>/skills/ (copy
    another tenant's settings), its two environments, and a CODEOWNERS line. The workflows find
    it by its folder.
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
var WORKFLOWS = ["skillops-plan.yml", "skillops-apply.yml", "skillops-drift.yml", "skillops-edit.yml"];
var TENANT_WORKFLOWS = ["skillops-plan.yml", "skillops-apply.yml", "skillops-drift.yml"];
function actionRepository() {
  const file = fileURLToPath(new URL("../../../package.json", new URL("./use-cases/init/templates.js", import.meta.url).href));
  const pkg = JSON.parse(readFileSync(file, "utf8"));
  const repository = pkg.config?.actionRepository;
  if (typeof repository !== "string" || !REPOSITORY.test(repository)) throw new Error("package.json config.actionRepository must be owner/name");
  return repository;
}
var REPOSITORY = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9_.-]+$/;
var defaultAction = () => `${actionRepository()}@v${packageInfo().version}`;
var isCommitSha = (ref) => /^[0-9a-f]{40}$/.test(ref);
function actionUses(action) {
  const ref = action.slice(action.lastIndexOf("@") + 1);
  return action.includes("@") && isCommitSha(ref) ? `${action} # v${packageInfo().version}` : action;
}
function npxCommand(action) {
  const at = action.lastIndexOf("@");
  if (action.startsWith("./") || at < 0) return `npx --yes skillops@${packageInfo().version}`;
  const [repository, ref] = [action.slice(0, at).split("/").slice(0, 2).join("/"), action.slice(at + 1)];
  return `npx --yes github:${repository}#${ref}`;
}
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
function checkValues(values) {
  if (!ACTION_REF.test(values.action)) throw new UsageError(`--action must look like owner/skillops@v1.2.3, not "${forTerminal(values.action)}"`);
  if (!BRANCH.test(values.branch)) throw new UsageError(`--branch must be a branch name, not "${forTerminal(values.branch)}"`);
}
async function renderTemplates(values) {
  checkValues(values);
  if (values.tenantId !== void 0 && !isTenantId(values.tenantId))
    throw new UsageError(`--tenant-id must be the tenant's UUID (e.g. 11eb2f3c-5a1d-4a3b-9c2e-0242ac110002), not "${forTerminal(values.tenantId)}"`);
  const placeholders = {
    ACTION: actionUses(values.action),
    BRANCH: values.branch,
    SCHEMA_HEADER: schemaHeader(values.settingsSchema),
    TENANT_LINE: values.tenantId ? `tenantId: ${values.tenantId}` : "# tenantId: your-tenant-id    # or apiBase: https://api-na1.niceincontact.com"
  };
  const files = /* @__PURE__ */ new Map();
  files.set(SETTINGS_FILE, fill(await template("skillops.yaml"), placeholders, "skillops.yaml"));
  for (const workflow of WORKFLOWS) {
    let text = fill(await template(`workflows/${workflow}`), placeholders, workflow);
    if (values.pages && workflow === "skillops-apply.yml")
      text += fill(await template("workflows/skillops-apply-pages.yml"), placeholders, "skillops-apply-pages.yml");
    files.set(`.github/workflows/${workflow}`, text);
  }
  files.set(".github/CODEOWNERS", fill(await template("CODEOWNERS"), placeholders, "CODEOWNERS"));
  return files;
}
function tenantNames(list) {
  const names = list.split(",").map((n) => n.trim()).filter((n) => n !== "");
  if (names.length === 0) throw new UsageError("--tenants needs at least one tenant name, e.g. --tenants uk,de,uk-uat");
  for (const name of names) {
    if (!isTenantName(name)) throw new UsageError(`--tenants: "${forTerminal(name, 60)}" is not a tenant folder name (${TENANT_NAME_RULE})`);
  }
  const repeated = names.find((n, i) => names.indexOf(n) !== i);
  if (repeated) throw new UsageError(`--tenants names ${repeated} twice`);
  return names;
}
async function renderTenantTemplates(values) {
  checkValues(values);
  const files = /* @__PURE__ */ new Map();
  const settings = await template("skillops.yaml");
  const ownAuditLine = "  directory: audit\n";
  if (!settings.includes(ownAuditLine)) throw new Error("templates/skillops.yaml no longer sets audit.directory as init --tenants expects");
  for (const tenant of values.tenants) {
    const placeholders2 = {
      ACTION: values.action,
      BRANCH: values.branch,
      SCHEMA_HEADER: schemaHeader(values.settingsSchema(tenant)),
      TENANT_LINE: `# tenantId: the-${tenant}-tenant-id    # or apiBase: https://api-na1.niceincontact.com`
    };
    const text = fill(settings, placeholders2, "skillops.yaml").replace(
      ownAuditLine,
      `  # directory: unset, so records go to audit/${tenant}/ at the repository root (a tenant folder's default)
`
    );
    files.set(`${TENANTS_DIR}/${tenant}/${SETTINGS_FILE}`, text);
  }
  const placeholders = { ACTION: values.action, BRANCH: values.branch };
  for (const workflow of TENANT_WORKFLOWS) {
    files.set(`.github/workflows/${workflow}`, fill(await template(`tenants/workflows/${workflow}`), placeholders, `tenants/${workflow}`));
  }
  const owners = values.tenants.map((t) => `${`/${TENANTS_DIR}/${t}/skills/`.padEnd(32)} @your-org/${t}-wfm-analysts`).join("\n");
  files.set(".github/CODEOWNERS", fill(await template("tenants/CODEOWNERS"), { TENANT_QUEUE_OWNERS: owners }, "tenants/CODEOWNERS"));
  return files;
}

// src/use-cases/init/adoption-steps.ts
var quoted = (text) => /^[\w./@:#-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
function adoptionSteps(values) {
  const npx = npxCommand(values.action);
  const { branch } = values;
  const repo = "repos/OWNER/REPO";
  const initFlags = [
    values.action === defaultAction() ? "" : ` --action ${quoted(values.action)}`,
    branch === "main" ? "" : ` --branch ${quoted(branch)}`,
    ` --tenant-id ${values.tenantId ?? "TENANT_UUID"}`,
    values.imported ? " --import" : ""
  ].join("");
  const folder = values.dir === "." ? "skills-config" : values.dir;
  const mainRuleset = JSON.stringify({
    name: `protect ${branch}`,
    target: "branch",
    enforcement: "active",
    conditions: { ref_name: { include: [`refs/heads/${branch}`], exclude: [] } },
    rules: [
      {
        type: "pull_request",
        parameters: {
          required_approving_review_count: 1,
          require_code_owner_review: true,
          dismiss_stale_reviews_on_push: true,
          require_last_push_approval: false,
          required_review_thread_resolution: false
        }
      },
      { type: "required_status_checks", parameters: { strict_required_status_checks_policy: false, required_status_checks: [{ context: "skillops plan" }] } }
    ]
  });
  const auditRuleset = JSON.stringify({
    name: "protect skillops-audit",
    target: "branch",
    enforcement: "active",
    conditions: { ref_name: { include: ["refs/heads/skillops-audit"], exclude: [] } },
    rules: [{ type: "deletion" }, { type: "non_fast_forward" }]
  });
  return [
    {
      title: "Scaffold the config repository",
      commands: [`mkdir ${quoted(folder)} && cd ${quoted(folder)} && git init -b ${quoted(branch)}`, `${npx} init${initFlags}`],
      note: "skillops.yaml, skills/, the plan, apply and drift workflows, .github/CODEOWNERS and .gitignore (TENANT_UUID: your CXone tenant id)."
    },
    {
      title: "Create the GitHub repository and add it as the remote",
      commands: [`gh repo create OWNER/REPO --private && git remote add origin https://github.com/OWNER/REPO.git`]
    },
    {
      title: "Create the two CXone access keys",
      commands: [],
      note: "In CXone, one dedicated user per key, each with its own role: a READ-ONLY key (view skills, users and teams) for plan, drift and import, and a READ-WRITE key (also edit skill assignments) for apply only. Create an access key in each user's profile."
    },
    {
      title: values.imported ? "Check the import with the read-only key" : "Fill skills/ from the live tenant with the read-only key",
      commands: [
        "export CXONE_CLIENT_ID=... CXONE_CLIENT_SECRET=... CXONE_ACCESS_KEY_ID=... CXONE_ACCESS_KEY_SECRET=...",
        `${values.imported ? "" : `${npx} import && `}${npx} validate && ${npx} plan --detailed-exitcode`
      ],
      note: "plan exits 0: skills/ equals CXone."
    },
    {
      title: "Edit .github/CODEOWNERS, commit, push, and create the audit branch",
      commands: [
        `git add -A && git commit -m "skillops: config repository" && git push -u origin ${quoted(branch)}`,
        `git push origin ${quoted(branch)}:skillops-audit`
      ],
      note: "Replace the @your-org teams first. Apply commits its audit records to skillops-audit (audit.branch in skillops.yaml)."
    },
    {
      title: "Repository secrets for plan and drift (the read-only key)",
      commands: ['for name in CXONE_CLIENT_ID CXONE_CLIENT_SECRET CXONE_READ_ACCESS_KEY_ID CXONE_READ_ACCESS_KEY_SECRET; do gh secret set "$name"; done']
    },
    {
      title: `The cxone-production environment, deploying from ${branch} only, with the read-write key`,
      commands: [
        `gh api -X PUT ${repo}/environments/cxone-production -F 'deployment_branch_policy[protected_branches]=false' -F 'deployment_branch_policy[custom_branch_policies]=true'`,
        `gh api -X POST ${repo}/environments/cxone-production/deployment-branch-policies -f name=${quoted(branch)} -f type=branch`,
        'for name in CXONE_WRITE_ACCESS_KEY_ID CXONE_WRITE_ACCESS_KEY_SECRET; do gh secret set "$name" --env cxone-production; done'
      ],
      note: "Never store the write key as a repository secret. Add required reviewers (Settings > Environments > cxone-production) to approve manual runs, and every merge too if a merge alone should not reach CXone."
    },
    {
      title: "Allow GitHub Actions to create and approve pull requests (the drift pull request)",
      commands: [`gh api -X PUT ${repo}/actions/permissions/workflow -f default_workflow_permissions=read -F can_approve_pull_request_reviews=true`]
    },
    {
      title: `Rulesets: ${branch} takes pull requests reviewed by Code Owners with the "skillops plan" check; skillops-audit cannot be deleted or force-pushed`,
      commands: [`gh api -X POST ${repo}/rulesets --input - <<< '${mainRuleset}'`, `gh api -X POST ${repo}/rulesets --input - <<< '${auditRuleset}'`]
    },
    {
      title: "Open a pull request that changes a queue file",
      commands: ["gh pr create --fill"],
      note: "The plan appears as one comment; merging applies exactly that plan and commits the audit record. A manual, optionally forced run: Actions > skillops apply > Run workflow."
    }
  ];
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
  if (options.tenants !== void 0) return initTenants(root, tenantNames(options.tenants), options, io);
  const action = options.action ?? defaultAction();
  const templates = await renderTemplates({
    action,
    branch: options.branch ?? "main",
    ...options.tenantId !== void 0 ? { tenantId: options.tenantId } : {},
    settingsSchema: schemaRef("settings", root, root),
    ...options.pages ? { pages: true } : {}
  });
  const files = await writeAll(root, templates, options, io);
  const skillsDir = path2.join(root, "skills");
  await keepEmpty(skillsDir, !options.import, files);
  const settingsFile = path2.join(root, SETTINGS_FILE);
  const imported = options.import ? await importQueues({ config: settingsFile }, io) : void 0;
  const steps = adoptionSteps({
    dir: dir === void 0 ? "." : dir,
    branch: options.branch ?? "main",
    action,
    ...options.tenantId !== void 0 ? { tenantId: options.tenantId } : {},
    imported: Boolean(options.import)
  });
  return { root, files, skillsDir, settingsFile, steps, ...imported ? { imported } : {} };
}
async function initTenants(root, tenants, options, io) {
  if (options.tenantId !== void 0)
    throw new UsageError("--tenant-id sets one tenant: with --tenants, set cxone.tenantId in each tenants/<name>/skillops.yaml");
  if (options.import) throw new UsageError("--import reads one tenant: with --tenants, run skillops -C tenants/<name> import for each, with its credentials");
  if (options.pages)
    throw new UsageError(
      "--pages publishes one report from the single-tenant apply workflow; with --tenants, run skillops -C tenants/<name> report in a workflow of your own"
    );
  const templates = await renderTenantTemplates({
    action: options.action ?? defaultAction(),
    branch: options.branch ?? "main",
    tenants,
    settingsSchema: (tenant) => schemaRef("settings", path2.join(root, TENANTS_DIR, tenant), root)
  });
  const files = await writeAll(root, templates, options, io);
  for (const tenant of tenants) await keepEmpty(path2.join(root, TENANTS_DIR, tenant, "skills"), true, files);
  const first = path2.join(root, TENANTS_DIR, tenants[0]);
  return { root, files, skillsDir: path2.join(first, "skills"), settingsFile: path2.join(first, SETTINGS_FILE), tenants };
}
async function keepEmpty(skillsDir, keep, files) {
  await mkdir(skillsDir, { recursive: true });
  if (keep && (await readdir(skillsDir)).length === 0) {
    await writeFile(path2.join(skillsDir, ".gitkeep"), "", "utf8");
    files.push({ file: path2.join(skillsDir, ".gitkeep"), status: "wrote" });
  }
}
async function writeAll(root, templates, options, io) {
  const { cwd } = io;
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
  return planned.map(({ file, status }) => ({ file, status }));
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
  io.out(
    scaffold.tenants ? tenantNextSteps(forTerminal(shownPath(scaffold.root, io.cwd)), options.branch ?? "main", scaffold.tenants) : nextSteps(scaffold.steps ?? [])
  );
  return 0;
}
export {
  initCommand
};
