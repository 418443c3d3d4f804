// skillops.yaml: read, validate, and fill in defaults so the rest of the code sees one shape.
import { access } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../domain/problem.js';
import type { SkillopsSettings } from '../domain/settings.generated.js';
import { DEFAULT_SETTINGS, isTenantId, type Settings } from '../domain/settings.js';
import { isSecureOrLoopback } from '../text/url.js';
import { readYamlFile } from './read-yaml-file.js';
import { schemaProblems } from './schema-problems.js';
import { validators } from './schemas.js';

export const SETTINGS_FILE = 'skillops.yaml';

export function resolveSettings(raw: SkillopsSettings): Settings {
  const d = DEFAULT_SETTINGS;
  const settings: Settings = {
    cxone: { ...d.cxone, ...raw.cxone },
    skillsDir: raw.skillsDir ?? d.skillsDir,
    proficiencyScale: { ...d.proficiencyScale, ...raw.proficiencyScale },
    timeZone: raw.timeZone ?? d.timeZone,
    apply: { ...d.apply, ...raw.apply },
    read: { ...d.read, ...raw.read },
    safety: { ...d.safety, ...raw.safety },
    queueDefaults: {
      ...(raw.queueDefaults?.minActiveAgents !== undefined ? { minActiveAgents: raw.queueDefaults.minActiveAgents } : {}),
      staffing: [...(raw.queueDefaults?.staffing ?? d.queueDefaults.staffing)],
      teams: [...(raw.queueDefaults?.teams ?? d.queueDefaults.teams)],
      ...(raw.queueDefaults?.liveImpact ? { liveImpact: { ...raw.queueDefaults.liveImpact } } : {}),
    },
    agents: {
      ...(raw.agents?.maxActiveSkills !== undefined ? { maxActiveSkills: raw.agents.maxActiveSkills } : {}),
      protected: [...(raw.agents?.protected ?? [])],
    },
    ...(raw.changeWindows
      ? {
          changeWindows: {
            timeZone: raw.changeWindows.timeZone ?? raw.timeZone ?? d.timeZone,
            weekly: [...(raw.changeWindows.weekly ?? [])],
            freezes: [...(raw.changeWindows.freezes ?? [])],
          },
        }
      : {}),
    audit: { ...d.audit, ...raw.audit },
    schedule: { ...d.schedule, ...raw.schedule },
    webhook: { ...raw.webhook },
    impact: { ...d.impact, ...raw.impact },
    exclude: [...(raw.exclude ?? [])],
    expectedWarnings: [...(raw.expectedWarnings ?? [])],
  };
  return settings;
}

export interface LoadedSettings {
  settings: Settings;
  /** Absolute folder the settings file lives in (paths in it are relative to this). */
  root: string;
  /** Display path of the file, or undefined when no file exists and defaults are used. */
  file: string | undefined;
  problems: Problem[];
}

/**
 * The nearest skillops.yaml from `cwd` upward, as git and Terraform find their roots. The search
 * stops at a repository root (a folder holding .git), so a file in some folder above the
 * repository is never picked up by surprise. Undefined when there is none.
 */
export async function findSettingsFile(cwd: string): Promise<string | undefined> {
  let dir = path.resolve(cwd);
  for (;;) {
    const candidate = path.join(dir, SETTINGS_FILE);
    if (await exists(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir || (await exists(path.join(dir, '.git')))) return undefined;
    dir = parent;
  }
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

export async function loadSettings(settingsPath: string, cwd = process.cwd()): Promise<LoadedSettings> {
  const absolute = path.resolve(cwd, settingsPath);
  const root = path.dirname(absolute);
  const display = path.relative(cwd, absolute) || settingsPath;
  try {
    await access(absolute);
  } catch {
    return { settings: DEFAULT_SETTINGS, root, file: undefined, problems: [] };
  }
  const read = readYamlFile(absolute, display, root);
  if (!read.ok) return { settings: DEFAULT_SETTINGS, root, file: display, problems: read.problems };
  const { parsed } = read;
  const validate = validators().settings;
  // Schema errors do not hide the checks plan would make: all of them in one run
  const schemaErrors = validate(parsed.data) ? [] : schemaProblems(validate.errors ?? [], parsed).problems;
  const settings = resolvedOrUndefined(parsed.data as SkillopsSettings);
  if (!settings) return { settings: DEFAULT_SETTINGS, root, file: display, problems: schemaErrors };
  const problems: Problem[] = [...schemaErrors];
  const taken = new Set(schemaErrors.map((p) => `${p.line}:${p.col}`));
  const at = (segments: (string | number)[], code: string, message: string) => {
    const { line, col } = parsed.locate(segments);
    if (taken.has(`${line}:${col}`)) return;
    problems.push({ file: display, line, col, severity: 'error', code, message });
  };
  const text = (value: unknown): value is string => typeof value === 'string';
  const scale = settings.proficiencyScale;
  if (typeof scale.min === 'number' && typeof scale.max === 'number' && scale.min > scale.max) {
    at(['proficiencyScale'], 'scale-inverted', `proficiencyScale min ${scale.min} is above max ${scale.max}`);
  }
  if (text(settings.timeZone) && !isValidTimeZone(settings.timeZone)) {
    at(['timeZone'], 'time-zone', `timeZone "${settings.timeZone}" is not an IANA time zone (e.g. Europe/London)`);
  }
  const tenantId = settings.cxone.tenantId;
  if (text(tenantId) && !isTenantId(tenantId)) {
    at(
      ['cxone', 'tenantId'],
      'tenant-id',
      `cxone.tenantId must be the tenant's UUID (e.g. 11eb2f3c-5a1d-4a3b-9c2e-0242ac110002; CXone discovery accepts nothing else), not "${tenantId.slice(0, 80)}"`,
    );
  }
  const windows = settings.changeWindows;
  if (windows && text((parsed.data as SkillopsSettings).changeWindows?.timeZone) && !isValidTimeZone(windows.timeZone)) {
    at(['changeWindows', 'timeZone'], 'time-zone', `changeWindows.timeZone "${windows.timeZone}" is not an IANA time zone (e.g. Europe/London)`);
  }
  (Array.isArray(windows?.freezes) ? windows.freezes : []).forEach((f, i) => {
    if (text(f?.from) && text(f?.until) && f.from > f.until)
      at(['changeWindows', 'freezes', i, 'from'], 'dates-inverted', `freeze from ${f.from} is after until ${f.until}`);
  });
  for (const key of ['apiBase', 'authUrl'] as const) {
    const url = settings.cxone[key];
    if (!text(url)) continue;
    if (!URL.canParse(url)) at(['cxone', key], 'url', `cxone.${key} is not a URL (e.g. https://api-na1.niceincontact.com)`);
    else if (!isSecureOrLoopback(url)) at(['cxone', key], 'insecure-url', `cxone.${key} must use https (http is allowed only for loopback addresses)`);
  }
  const hook = settings.webhook.url;
  if (text(hook) && !isSecureOrLoopback(hook)) {
    at(['webhook', 'url'], 'insecure-url', 'webhook.url must use https (http is allowed only for loopback addresses)');
  }
  if (schemaErrors.length > 0) return { settings: DEFAULT_SETTINGS, root, file: display, problems };
  return { settings, root, file: display, problems };
}

/** Settings from a file the schema may have refused: undefined when they cannot even be read. */
function resolvedOrUndefined(raw: SkillopsSettings): Settings | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  try {
    return resolveSettings(raw);
  } catch {
    return undefined;
  }
}

function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
