// Checks recorded exchanges against the contract schemas: which operation an exchange is, and
// every way its request or its answer breaks that operation's definition.
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Exchange } from './recording-proxy.js';
import { API_OPERATIONS, AUTH_OPERATIONS, type Operation } from './schemas.js';

const ajv = new Ajv({ allErrors: true, strict: false });
// ajv-formats is CommonJS with a default export
(addFormatsModule as unknown as (a: Ajv) => Ajv)(ajv);
// Formats the definitions use that JSON Schema does not define
ajv.addFormat('url', { type: 'string', validate: (s: string) => URL.canParse(s) });
ajv.addFormat('URL', { type: 'string', validate: (s: string) => URL.canParse(s) });
/** A JWT: three base64url parts, the first two JSON objects (the signature is not checked). */
ajv.addFormat('jwt', {
  type: 'string',
  validate: (s: string) => {
    const parts = s.split('.');
    if (parts.length !== 3 || !parts.every((p) => /^[A-Za-z0-9_-]*$/.test(p))) return false;
    try {
      return parts.slice(0, 2).every((p) => typeof JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) === 'object');
    } catch {
      return false;
    }
  },
});

const compiled = new Map<object, ValidateFunction>();
const compile = (schema: object) => {
  let v = compiled.get(schema);
  if (!v) {
    v = ajv.compile(schema);
    compiled.set(schema, v);
  }
  return v;
};
const errorsOf = (v: ValidateFunction) =>
  (v.errors ?? []).map(
    (e) => `${e.instancePath || '(root)'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`,
  );

const API_ROOT = /^\/inContactAPI\/services\/v34\.0(\/.*)$/;

export function operationOf(e: Exchange): Operation | undefined {
  const api = API_ROOT.exec(e.path);
  const list = api ? API_OPERATIONS : AUTH_OPERATIONS;
  const path = api ? api[1]! : e.path;
  return list.find((op) => op.method === e.method && op.path.test(path));
}

const bodyOf = (text: string, contentType: string | undefined): unknown => {
  if (contentType?.startsWith('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(text));
  return text === '' ? undefined : JSON.parse(text);
};

/** What the client sent that the definition does not allow. */
export function requestProblems(e: Exchange, op: Operation): string[] {
  const problems: string[] = [];
  if (op.query) {
    const v = compile(op.query);
    if (!v(e.query)) problems.push(...errorsOf(v).map((m) => `query ${m}`));
  } else if (Object.keys(e.query).length > 0) problems.push(`query parameters where none are declared: ${Object.keys(e.query).join(', ')}`);
  if (op.request) {
    const v = compile(op.request);
    if (!v(bodyOf(e.requestBody, e.requestHeaders['content-type']))) problems.push(...errorsOf(v).map((m) => `body ${m}`));
  } else if (e.requestBody !== '') problems.push('a body where none is declared');
  if (API_ROOT.test(e.path)) {
    if (!/^Bearer \S+$/.test(String(e.requestHeaders.authorization ?? ''))) problems.push('no Bearer token');
    if (e.requestHeaders.accept !== 'application/json') problems.push('Accept is not application/json');
  }
  return problems;
}

/** What the server answered that the definition does not allow. */
export function responseProblems(e: Exchange, op: Operation): string[] {
  const status = String(e.status);
  if (!(status in op.responses)) return [`status ${status} is not documented for ${op.source}`];
  const problems: string[] = [];
  const schema = op.responses[status];
  if (status === '204') {
    if (e.responseBody !== '') problems.push('204 with a body');
  } else if (schema) {
    let body: unknown;
    try {
      body = JSON.parse(e.responseBody);
    } catch {
      return [`${status} body is not JSON`];
    }
    const v = compile(schema);
    if (!v(body)) problems.push(...errorsOf(v).map((m) => `${status} ${m}`));
  }
  for (const [name, allowed] of Object.entries(op.responseHeaders?.[status] ?? {})) {
    const value = e.responseHeaders[name];
    if (typeof value !== 'string' || !allowed.includes(value)) problems.push(`header ${name} is ${JSON.stringify(value)}, expected ${allowed.join(' or ')}`);
  }
  return problems;
}
