// Secrets never leave the process: every error message and every log skillops posts passes
// through here before it is shown. A secret is also redacted in the encodings it travels in:
// URL and form encoding, base64 (a Basic header is base64 of `id:secret`, which a token
// endpoint may echo), base64url.

const SECRET_ENV_VARS = [
  'CXONE_CLIENT_ID',
  'CXONE_CLIENT_SECRET',
  'CXONE_ACCESS_KEY_ID',
  'CXONE_ACCESS_KEY_SECRET',
  'SKILLOPS_WEBHOOK_SECRET',
  'GITHUB_TOKEN',
] as const;

/** Pairs sent together as `id:secret` in a Basic header. */
const SECRET_PAIRS = [
  ['CXONE_CLIENT_ID', 'CXONE_CLIENT_SECRET'],
  ['CXONE_ACCESS_KEY_ID', 'CXONE_ACCESS_KEY_SECRET'],
] as const;

const extraSecrets = new Set<string>();

/** Register a value learned at run time (an access or refresh token) so it is redacted too. */
export function registerSecret(value: string | undefined): void {
  if (value && value.length >= 6) extraSecrets.add(value);
}

const base64Forms = (text: string): string[] => {
  const b64 = Buffer.from(text, 'utf8').toString('base64');
  return [b64, b64.replace(/=+$/, ''), Buffer.from(text, 'utf8').toString('base64url')];
};

/** Every written form of one secret value. */
function encodings(value: string): string[] {
  return [value, encodeURIComponent(value), new URLSearchParams({ v: value }).toString().slice(2), JSON.stringify(value).slice(1, -1), ...base64Forms(value)];
}

function secretForms(env: NodeJS.ProcessEnv): string[] {
  const values = [...SECRET_ENV_VARS.map((name) => env[name]), ...extraSecrets].filter((v): v is string => typeof v === 'string' && v.length >= 4);
  const forms = new Set<string>();
  for (const value of values) for (const form of encodings(value)) forms.add(form);
  const pairs: Array<[string, string]> = SECRET_PAIRS.flatMap(([id, secret]) => (env[id] && env[secret] ? [[env[id]!, env[secret]!] as [string, string]] : []));
  // credentials registered at run time (the token provider registers id, secret, id, secret)
  const extras = [...extraSecrets];
  for (let i = 0; i + 1 < extras.length; i++) pairs.push([extras[i]!, extras[i + 1]!]);
  for (const [id, secret] of pairs) for (const form of base64Forms(`${id}:${secret}`)) forms.add(form);
  // base64 shorter than 8 characters would match ordinary words
  return [...forms].filter((f) => f.length >= 4).sort((a, b) => b.length - a.length);
}

export function redact(text: string, env: NodeJS.ProcessEnv = process.env): string {
  let result = text;
  for (const form of secretForms(env)) if (result.includes(form)) result = result.split(form).join('***');
  // Anything that still looks like a credential header or token field
  return result
    .replace(/(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/g, '$1 ***')
    .replace(/("?(?:access_token|refresh_token|id_token|client_secret|password)"?\s*[:=]\s*"?)[^"&,\s}]+/gi, '$1***');
}

/** Node's debug sections that print HTTP traffic (headers with credentials and tokens). */
export const LEAKY_NODE_DEBUG_SECTIONS = ['http', 'http2', 'https', 'net', 'tls', 'fetch', 'undici', 'websocket'];

/**
 * The leaky sections NODE_DEBUG turns on, matched as Node matches it (lib/internal/util/debuglog.js):
 * the whole value one case-insensitive pattern, `,` between alternatives, `*` any run of characters,
 * nothing trimmed.
 */
export function leakyNodeDebug(env: NodeJS.ProcessEnv): string[] {
  const value = env.NODE_DEBUG;
  if (!value) return [];
  const source = value
    .replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
    .replaceAll('*', '.*')
    .replaceAll(',', '$|^');
  const pattern = new RegExp(`^${source}$`, 'i');
  return LEAKY_NODE_DEBUG_SECTIONS.filter((section) => pattern.test(section));
}
