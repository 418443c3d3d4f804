// `skillops report`: the skill-matrix site, made offline from the queue files, the settings and
// the audit records; with --live also from the tenant (drift, teams, who is disabled).
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CxonePort } from '../../cxone/port.js';
import { UsageError } from '../../domain/errors.js';
import type { Io } from '../../domain/io.js';
import { tenantDate } from '../../plan/effective-date.js';
import { REPORT_FOLDERS, REPORT_MANIFEST, renderReportSite } from '../../render/report-site.js';
import { forTerminal } from '../../text/untrusted.js';
import { computePlan } from '../planning/compute-plan.js';
import { loadValidConfig } from '../planning/load-config.js';
import { resolveNow } from '../planning/resolve-now.js';
import { buildReport, type ReportInputs } from './build-report.js';
import { readHistory } from './read-history.js';
import type { ReportData } from './report-data.js';

export interface ReportOptions {
  config: string;
  out: string;
  live?: boolean;
  days?: number;
  spofProficiency?: number;
  now?: string;
  /** Audit records from here (relative to the working directory) instead of audit.directory. */
  auditDir?: string;
  cxone?: CxonePort;
}

export interface ReportResult {
  outDir: string;
  files: number;
  bytes: number;
  data: ReportData;
}

/** Longest coverage period: a year of days keeps every queue page small. */
const MAX_DAYS = 366;

export async function makeReport(options: ReportOptions, io: Io): Promise<ReportResult> {
  const days = options.days ?? 30;
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) throw new UsageError(`--days must be a whole number from 1 to ${MAX_DAYS}`);
  const spof = options.spofProficiency ?? 3;
  if (!Number.isInteger(spof) || spof < 1) throw new UsageError('--spof-proficiency must be a whole number, 1 or more');

  const { loaded, desired: offline } = await loadValidConfig(options.config, io);
  const { settings, root } = loaded;
  const now = resolveNow(options.now, io.env, settings.timeZone);
  let live: ReportInputs['live'];
  let desired = offline;
  if (options.live) {
    const context = await computePlan(
      { config: options.config, ...(options.now ? { now: options.now } : {}), ...(options.cxone ? { cxone: options.cxone } : {}) },
      io,
    );
    live = { state: context.live, plan: context.plan };
    desired = context.desired;
  }
  const auditDir = options.auditDir ? path.resolve(io.cwd, options.auditDir) : path.join(root, settings.audit.directory);
  const { history, skipped } = await readHistory(auditDir, io);

  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository } = io.env;
  const repositoryUrl = server && repository ? `${server.replace(/\/+$/, '')}/${repository}` : undefined;
  const ref = io.env.GITHUB_SHA || 'HEAD';
  const data = buildReport({
    desired,
    settings,
    today: tenantDate(now, settings.timeZone),
    generatedAt: now.toISOString(),
    days,
    spofProficiency: spof,
    history,
    historySkipped: skipped,
    repoPath: (file) => path.relative(root, path.resolve(io.cwd, file)).split(path.sep).join('/'),
    ...(repositoryUrl
      ? {
          repositoryUrl,
          repoUrl: (repoPath: string) => `${repositoryUrl}/blob/${encodeURIComponent(ref)}/${repoPath.split('/').map(encodeURIComponent).join('/')}`,
        }
      : {}),
    ...(live ? { live } : {}),
  });

  const outDir = path.resolve(io.cwd, options.out);
  await clearPreviousReport(outDir, options.out);
  for (const folder of REPORT_FOLDERS) await mkdir(path.join(outDir, folder), { recursive: true });
  // pages are made while earlier ones are written, a few dozen in flight
  let files = 0;
  let bytes = 0;
  let batch: Promise<void>[] = [];
  for (const f of renderReportSite(data)) {
    files++;
    bytes += Buffer.byteLength(f.content);
    batch.push(writeFile(path.join(outDir, f.path), f.content, 'utf8'));
    if (batch.length >= 32) {
      await Promise.all(batch);
      batch = [];
    }
  }
  await Promise.all(batch);
  return { outDir, files, bytes, data };
}

/**
 * The output folder is the report's: a folder with other files in it is refused (so `--out .`
 * never mixes a report into a repository), and the files of a report made before are removed,
 * so a queue deleted since leaves no stale page.
 */
async function clearPreviousReport(outDir: string, shown: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(outDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new UsageError(`cannot read --out ${forTerminal(shown)}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (names.length === 0) return;
  if (!names.includes(REPORT_MANIFEST)) {
    throw new UsageError(`--out ${forTerminal(shown)} is a folder with other files in it; name a new or empty folder, or one a report was written to`);
  }
  const manifest = JSON.parse(await readFile(path.join(outDir, REPORT_MANIFEST), 'utf8')) as { files?: unknown };
  const listed = Array.isArray(manifest.files) ? manifest.files.filter((f): f is string => typeof f === 'string') : [];
  // only names of the folder's own entries, whatever the manifest says
  for (const f of listed.filter((name) => names.includes(name) && !name.includes('/') && !name.includes('\\') && name !== '..')) {
    await rm(path.join(outDir, f), { recursive: true, force: true });
  }
}
