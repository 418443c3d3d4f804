// Secrets never leave the process: every error message passes through here before it is shown.

export const SECRET_ENV_VARS = [
  'CXONE_CLIENT_ID',
  'CXONE_CLIENT_SECRET',
  'CXONE_ACCESS_KEY_ID',
  'CXONE_ACCESS_KEY_SECRET',
  'SKILLOPS_WEBHOOK_SECRET',
  'GITHUB_TOKEN',
] as const;

const extraSecrets = new Set<string>();

/** Register a value learned at run time (an access or refresh token) so it is redacted too. */
export function registerSecret(value: string | undefined): void {
  if (value && value.length >= 6) extraSecrets.add(value);
}

export function redact(text: string, env: NodeJS.ProcessEnv = process.env): string {
  let result = text;
  const values = [...SECRET_ENV_VARS.map((name) => env[name]), ...extraSecrets]
    .filter((v): v is string => typeof v === 'string' && v.length >= 4)
    .sort((a, b) => b.length - a.length);
  for (const value of values) result = result.split(value).join('***');
  // Anything that still looks like a credential header or token field
  return result
    .replace(/(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/g, '$1 ***')
    .replace(/("?(?:access_token|refresh_token|id_token|client_secret|password)"?\s*[:=]\s*"?)[^"&,\s}]+/gi, '$1***');
}
