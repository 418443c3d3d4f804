// The help epilogue of each command (after its options): exit codes, what it touches, examples.
// Shown by `skillops <command> --help`; the docs pages say the same at more length.

export const HELP = {
  validate: `
Exit codes: 0 valid (warnings allowed), 1 any error.
With GITHUB_ACTIONS=true, problems are also printed as workflow annotations.

Examples:
  $ skillops validate
  $ skillops validate skills/ --format json`,
  plan: `
Exit codes: 0 no changes (or changes without --detailed-exitcode), 2 changes with
--detailed-exitcode, 1 error or plan refused by policy.
Credentials come from CXONE_CLIENT_ID, CXONE_CLIENT_SECRET, CXONE_ACCESS_KEY_ID and
CXONE_ACCESS_KEY_SECRET; CXONE_API_BASE and CXONE_AUTH_URL override skillops.yaml.

Examples:
  $ skillops plan
  $ skillops plan --out plan.json --detailed-exitcode
  $ skillops plan --now 2026-12-01     # preview dated changes
  $ skillops plan --queue "Billing Support" --queue "sales-*" --out plan.json
  $ skillops plan --exclude-queue skills/holiday-overflow.yaml`,
  apply: `
Without plan.json, apply plans from live state, shows the plan and asks "yes" on a terminal.
Exit codes: 0 everything applied and verified, 1 any failure or refusal (or the audit record
could not be written), 3 everything applied and verified but the audit record could not be
committed (it is kept in audit/, the job summary and the workflow artifact), 130/143 interrupted
(SIGINT/SIGTERM: no new batches, requests in flight get 2 s, the audit record is written within
about 5 s). A journal beside the record survives even kill -9; the next apply reports it.
Running apply again converges.
Outside the change windows of skillops.yaml (or on a freeze date) apply refuses when there is
something to change; \`skillops plan\` shows when the next window opens.
One apply at a time: a lock is taken before reading (a GitHub branch skillops-lock/apply when
GITHUB_TOKEN and GITHUB_REPOSITORY are set or with --commit-audit, else .skillops/apply.lock) and
released when apply ends. A holder whose workflow run or local process has ended is taken over
(and recorded); a running one refuses, naming it; --force-unlock <id> removes one that cannot be checked.
With --commit-audit, GitHub access and the audit branch (audit.branch, default skillops-audit)
are checked before any CXone write.
With SKILLOPS_WEBHOOK_URL (or webhook.url) and SKILLOPS_WEBHOOK_SECRET, a signed
skill_sync_complete event is POSTed afterwards; its failure never fails the apply.

Examples:
  $ skillops apply
  $ skillops plan --out plan.json && skillops apply plan.json
  $ skillops apply --auto-approve --audit-dir /tmp/audit
  $ skillops apply --force-window --reason "INC-4411: restore billing routing"
  $ skillops apply --scheduled --auto-approve         # the daily run: dated changes only`,
  show: `
Examples:
  $ skillops show plan.json
  $ skillops show plan.json --format markdown > comment.md`,
  drift: `
Exit codes: 0 live matches skills/, 2 drift found, 1 error. Safety thresholds do not apply.
--pull-request writes the branch skillops/drift (rebuilt each run) and needs a token with
contents: write and pull-requests: write; run it from the root of the checkout.

Examples:
  $ skillops drift
  $ skillops drift --format markdown > drift.md
  $ skillops drift --issue --pull-request     # in the scheduled workflow`,
  import: `
One file per skill, named by its slug, with skillId pinned, mode authoritative, agents sorted
by user name and their full names as comments. Existing files are never overwritten without
--force; skills another file already manages are skipped. Importing twice gives the same bytes.
Also writes skillops.yaml with defaults when there is none.

Examples:
  $ skillops import
  $ skillops import --skill "Billing Support" "Sales - English"
  $ skillops import --out /tmp/skills --include-inactive
  $ skillops import --diff            # what changed in CXone since the files were written

With --csv FILE, import reads a skill matrix instead of the tenant: the columns export writes
(queue, skillId, agent, agentId, proficiency, active, from, until, file) and an optional note,
with a header row, separated by , or ; (as Excel saves it: byte-order mark, CRLF and quoted
cells are fine). Each row adds or updates one entry in place; an empty from, until or note
removes it. --mode replace also deletes, from each queue the CSV names, the entries it does not
list. Every problem is reported with the CSV's line and column; nothing is written when there
is any. CXone is never changed: commit, open a pull request and review its plan.
  $ skillops export --out matrix.csv && skillops import --csv matrix.csv --mode replace`,
  refresh: `
Only entries that differ change; comments, notes, constraints, key and agent order, quoting and
styles stay byte for byte. Agents new in CXone are inserted in the file's order (by agent or by
proficiency) or at the end, with their name as a comment; agents gone from CXone are deleted with
their comments. Dated entries (with a from date, or past their until), agents of additive files
and proficiencies outside a queue's constraints are left as written and reported. Refreshing
twice changes nothing.
Exit codes: 0 done (or no differences with --diff), 2 differences with --diff, 1 error.

Examples:
  $ skillops refresh --diff          # what would be accepted
  $ skillops refresh && git diff     # accept, then review`,
  export: `
Columns: queue, skillId, agent, agentId, proficiency, active, from, until, file.
CSV follows RFC 4180; cells a spreadsheet would run as formulas start with an apostrophe.

Examples:
  $ skillops export --format csv --out assignments.csv
  $ skillops export --format json --offline`,
  report: `
Writes index.html (overview), matrix.html, history.html, one page per queue (queues/) and
per agent (agents/), offline from the files; --live adds drift and teams from CXone.
Open index.html from disk or publish the folder (GitHub Pages: skillops init --pages).

Examples:
  $ skillops report --out site
  $ skillops report --out site --live --days 60`,
  comment: `
One comment per pull request, found by a hidden marker and updated in place on every push.
Plans longer than GitHub's 65,536-character limit are split into numbered comments; parts a
later, shorter plan no longer needs are deleted. Needs GITHUB_TOKEN with pull-requests: write.
GITHUB_API_URL points it at GitHub Enterprise Server.

Examples:
  $ skillops plan --out plan.json && skillops comment --plan plan.json
  $ skillops validate > out.txt || skillops comment --failure out.txt --stage validate`,
  fmt: `
Canonical layout: keys in the documented order (skill, skillId, mode, description, constraints,
agents last), each agent entry as a block with agent, proficiency, active, from, until, note;
agents sorted by user name when the file sets sortAgents: true; quotes only where YAML needs
them; two-space indentation. Comments and blank lines stay with their entries; values never change.
Exit codes: 0 done (or, with --check, nothing to change), 1 a file would change (--check) or
does not parse.

Examples:
  $ skillops fmt
  $ skillops fmt --check --diff
  $ skillops fmt skills/billing-support.yaml`,
  revert: `
Changes the run applied are set back in the queue files (an add is removed, an update or a
remove restored to the state before the run), so \`skillops plan\` then shows exactly the
inverse of what was applied. Changes that failed or were not attempted changed nothing in
CXone: their entries are set back too, so merging the undo does not retry them (unless
--keep-failed). Entries edited since the run are conflicts, left alone for a person.
Nothing is sent to CXone: the undo goes through review and apply like any change.
Exit codes: 0 written (or nothing to revert), 1 any conflict or error.

Examples:
  $ skillops revert audit/2026/11/20261125T150000123Z-1a2b3c4.json
  $ skillops revert audit/2026/11/20261125T150000123Z-1a2b3c4.json --dry-run`,
  init: `
Nothing is overwritten without --force, and when a file would be, nothing is written at all.
Prints the next steps (credentials, secrets, environment, branch protection) in order.

Examples:
  $ npx skillops init
  $ npx skillops init my-skills --tenant-id 5e1b0c2a-7d4f-4c1e-9a3b-2f6d8e0a1c55 --import`,
  'reviewed-plan': `
Finds the pull request merged as GITHUB_SHA (merged into the default branch, merge commit equal
to GITHUB_SHA), then the latest successful pull_request run of --workflow for its head commit
from this repository (not a fork), and downloads its --artifact (checked against GitHub's
SHA-256 digest). Writes pr=<number> and run-id=<id> to $GITHUB_OUTPUT. Then
skillops apply plan.json --pr <number> applies it only if a fresh plan is the same.
A push that merged several pull requests (a merge queue's group, before..after) saves the union
of their reviewed plans and writes pr=21,22. On merge_group, the group's pull requests are
found through the queue's entries; --judge then plans the group's head (read-only) and exits 1
unless it has exactly their reviewed changes on the queues they cover.
When no reviewed plan can be trusted, nothing is written, the reason goes to the job summary and
the pull request, and the exit code is 1. Needs GITHUB_TOKEN with actions: read,
pull-requests: write and contents: read.

Examples:
  $ skillops reviewed-plan --out plan.json && skillops apply plan.json --auto-approve --pr 12`,
  sim: `
Knobs can also be changed while it runs: POST /__sim/faults with JSON, e.g.
  {"rateLimitPerSecond": 20, "retryAfter": false, "errorRate": 0.05, "latencyMs": 20,
   "tokenLifetimeSeconds": 60, "failingAgents": [4410001], "maxBatchSize": 100,
   "skillCentricProficiency": [1, 5], "skillAgentsListInactive": true, "failedItemsCarryId": true,
   "loseWriteResponses": 1}

Examples:
  $ skillops sim --port 8089
  $ skillops sim --fixture generate:2000x20000x500000 --latency 20 --rate-limit 20
  $ skillops sim --proficiency-range skill-centric=1-20   # as lenient as older simulators`,
  assign: `
Edits the queue file in place: an agent already listed gets the values given (dates and notes
it has are kept unless given), a new one is written where the file's order puts it. Agents are
matched by user name, e-mail or agentId against live CXone when the CXONE_* credentials are set
(with a suggestion for a typo), else as the files write them. Nothing changes in CXone: commit,
open a pull request and review its plan. Warns early when a queue would break its constraints.
Exit codes: 0 done, 1 error (nothing written).

Examples:
  $ skillops assign "Billing Support" diego.lopez@acme-contact.example olga.petrova@acme-contact.example --proficiency 2 --from 2026-12-07
  $ skillops assign sales-spanish --team Sales --proficiency 3 --until 2027-01-31 --note "Spanish campaign"`,
  unassign: `
Without --from the entries are deleted with their comments; with --from DAY they get until: the
day before (the last day in effect). An agent the queue does not list is noted, not an error:
run twice, the second run says No changes. Exit codes: 0 done, 1 error (nothing written).

Examples:
  $ skillops unassign "Billing Support" tom.brown@acme-contact.example
  $ skillops unassign web-chat --team "Digital Care" --from 2027-02-01`,
  move: `
Now: the old entry is deleted and the new one written. With --on DAY: the old entry ends the day
before (until) and the new one starts that day (from). An entry the agent already has in the
queue joined with other dates is not changed: move refuses and names it (use assign, which keeps
dates). Exit codes: 0 done, 1 error (nothing written).

Examples:
  $ skillops move ravi.iyer@acme-contact.example chloe.martin@acme-contact.example --from "Sales - English" --to "Billing Support" --proficiency 2 --on 2026-12-07`,
  agent: `
Reads only the files unless --live; entries are matched by id, user name and e-mail when the
CXONE_* credentials are set (so an entry written by id is found by the user name too), else as
written. Status is as of today in the tenant's time zone (--now to look at another day).
Exit codes: 0, 1 error.

Examples:
  $ skillops agent sam.lee@acme-contact.example
  $ skillops agent 4410002 --live`,
  tenants: `
Run at the repository root (or anywhere below it). A folder under tenants/ whose name is not
lowercase letters, digits, "-" and "_", or that has no skillops.yaml, is refused (exit 1) rather
than left out of the matrix. In Actions, also writes tenants=<json> and count=<n> to the step
outputs. --changed-since counts committed, uncommitted and new files; a renamed file counts for
both of its folders.
Exit codes: 0 listed (possibly none), 1 error.

Examples:
  $ skillops tenants                        # ["de","uk","uk-uat"]
  $ skillops tenants --changed-since origin/main
  $ skillops -C tenants/uk plan             # one tenant: its settings, skills/, lock and audit folder`,
  'diff-tenants': `
Reads both tenants' queue files offline and matches skills by name (case-insensitive) and agents
by user name or id. < only in the first tenant, > only in the second, ~ different.
Exit codes: 0 the same, 2 they differ, 1 error.

Examples:
  $ skillops diff-tenants uk-uat uk
  $ skillops diff-tenants uk de --format json`,
  completion: `
Examples:
  $ source <(skillops completion bash)                 # in ~/.bashrc
  $ skillops completion zsh > "\${fpath[1]}/_skillops"
  $ skillops completion fish > ~/.config/fish/completions/skillops.fish`,
} as const;
