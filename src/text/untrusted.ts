// The one place that makes untrusted text safe for where it is going. Untrusted means anything
// skillops did not write itself: CXone names and error bodies, file names, YAML contents, pull-
// request text, logs. Each sink has one function here, and every renderer goes through them:
//
// - terminal / CI log  forTerminal: control characters (C0 incl. NUL, BEL, ESC; DEL; C1), line
//                      and paragraph separators and bidirectional overrides are shown escaped
//                      (`\x1b`, `\u202e`), so text cannot move the cursor, recolour, ring, hide or
//                      reorder what is shown, or start a new line. A leading `:` or `#` is escaped
//                      too, so no output line can begin with `::` or `##[` (the runner's workflow
//                      commands; it trims leading spaces before it looks) because of a name.
// - workflow command   forCommandData / forCommandProperty: the runner's own escaping (`%`, CR,
//                      LF; properties also `:` and `,`) after the terminal escaping.
// - Markdown / HTML    forMarkdown: every character with a meaning as an HTML entity; inside a
//                      code block, forCodeLine plus fenceFor (a fence longer than any run of
//                      backticks in the body, so a name cannot close it).
// - HTML page          forHtml (text and quoted attribute values): the five characters with a
//                      meaning in HTML as entities, controls and bidi overrides shown escaped;
//                      forHtmlHref: a link only to http(s) (anything else, `javascript:` too,
//                      becomes no link); forScriptJson: data for a page's own script file, its
//                      names made with forTextNode (the script sets them as text).
// - CSV                forCsvCell: RFC 4180 quoting, formulas neutralised, a leading `:` or `#`
//                      quoted; on stdout line breaks shown escaped too.
// - YAML comment       forYamlComment: one line of plain text.
// Long text is cut with an ellipsis that says how much was left out (`limit`).

/** C0 and C1 controls, DEL, line/paragraph separators, bidi embeddings, overrides and isolates,
 *  the Arabic letter mark and zero-width no-break/BOM. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
export const HAS_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;

const escapeChar = (c: string): string => {
  const code = c.charCodeAt(0);
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  if (c === '\t') return '\\t';
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/** Default most characters of one untrusted value shown in a terminal line or a message. */
const TERMINAL_MAX = 500;

/** Cut `text` to about `max` characters, saying how many were left out. */
function limit(text: string, max: number): string {
  if (text.length <= max) return text;
  let head = text.slice(0, Math.max(1, max));
  // never split a surrogate pair
  if (/[\ud800-\udbff]$/.test(head)) head = head.slice(0, -1);
  return `${head}…(${(text.length - head.length).toLocaleString('en-US')} more characters)`;
}

/** Control characters shown escaped, long text cut; no other change. */
const controlsShown = (text: string, max: number): string => limit(text, max).replace(UNSAFE, escapeChar);

/** Cut from the middle: for a sentence that holds a long name, so its end still shows. */
function limitMiddle(text: string, max: number): string {
  if (text.length <= max) return text;
  const headLength = Math.ceil(max * 0.6);
  const head = text.slice(0, headLength).replace(/[\ud800-\udbff]$/, '');
  const tail = text.slice(text.length - (max - headLength)).replace(/^[\udc00-\udfff]/, '');
  return `${head}…(${(text.length - head.length - tail.length).toLocaleString('en-US')} characters left out)…${tail}`;
}

/** Untrusted text for a terminal or CI log line. */
export function forTerminal(text: string, max = TERMINAL_MAX): string {
  const escaped = controlsShown(text, max);
  // `::cmd` and `##[cmd]` only work at the start of a line (after spaces); escaping the first
  // character of every untrusted value keeps it from ever forming one, whatever precedes it
  return escaped.replace(/^(\s*)([:#])/, (_m, space: string, c: string) => `${space}\\x${c.charCodeAt(0).toString(16)}`);
}

/**
 * A line of a file shown in a diff: control characters escaped, and only what could form a
 * workflow command (`::` or `##[` after spaces) escaped at its start, so a YAML comment line
 * (` # note`) reads as written.
 */
export function forDiffLine(text: string, max = TERMINAL_MAX): string {
  return controlsShown(text, max).replace(/^(\s*)(::|##\[)/, (_m, space: string, c: string) => `${space}\\x${c.charCodeAt(0).toString(16)}${c.slice(1)}`);
}

/**
 * A whole message that may hold several lines of untrusted text (a CXone error body, a log):
 * each line made safe on its own, so our own line breaks survive but no line can start a
 * workflow command or carry a control character.
 */
export function forTerminalLines(text: string, maxPerLine = 4_000): string {
  return text
    .split(/\r?\n/)
    .map((line) => forMessage(line, maxPerLine))
    .join('\n');
}

/** A sentence of ours that holds untrusted text (a policy reason, a warning): cut from the
 *  middle so its end stays readable, then made safe like forTerminal. */
export function forMessage(text: string, max = TERMINAL_MAX): string {
  return forTerminal(limitMiddle(text, max), Infinity);
}

/** The Markdown form of forMessage. */
export function forMarkdownMessage(text: string, max = 400): string {
  return forMarkdown(limitMiddle(text, max), Infinity);
}

/** Data (message) part of a workflow command `::error file=…::data`. */
export function forCommandData(text: string): string {
  return forTerminal(text, 2_000).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value (`file=…`, `title=…`) of a workflow command. */
export function forCommandProperty(text: string): string {
  return forCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '|': '&#124;',
  '~': '&#126;',
  '#': '&#35;',
  '@': '&#64;',
  '!': '&#33;',
  '\\': '&#92;',
  ':': '&#58;',
  '(': '&#40;',
  ')': '&#41;',
  '{': '&#123;',
  '}': '&#125;',
  $: '&#36;',
  '^': '&#94;',
  '=': '&#61;',
  '+': '&#43;',
};

/** Default most characters of one untrusted value in Markdown (a comment, summary or issue). */
const MARKDOWN_MAX = 200;

/** For Markdown text and inline HTML (tables, <summary>): no links, mentions, HTML, table or
 *  fence breaks; control characters shown escaped; long text cut with an ellipsis. */
export function forMarkdown(text: string, max = MARKDOWN_MAX): string {
  return (
    controlsShown(text, max)
      .replace(/[&<>"'`*_[\]|~#@!\\:(){}$^=+]/g, (c) => ENTITIES[c]!)
      // GitHub links www.example.com without a scheme
      .replace(/(www)\./gi, '$1&#46;')
  );
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Default most characters of one untrusted value on an HTML page. */
const HTML_MAX = 300;

/**
 * Untrusted text for an HTML page, as element text or as a quoted attribute value: no markup,
 * no way out of the quotes, controls and bidirectional overrides shown escaped (`\u202e`) so a
 * name cannot reorder what is around it; long text cut with an ellipsis.
 */
export function forHtml(text: string, max = HTML_MAX): string {
  // most names need nothing: skip the copies (a large tenant's report escapes a million of them)
  if (text.length <= max && !HTML_SPECIAL.test(text)) return text;
  return controlsShown(text, max).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

const HTML_SPECIAL = /[&<>"'\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;

/**
 * Untrusted text a page's own script puts into the document as text (textContent, an option's
 * label, a title): no markup is possible there, but controls and bidirectional overrides would
 * still act, so they are shown escaped as forHtml shows them; long text cut.
 */
export function forTextNode(text: string, max = HTML_MAX): string {
  return controlsShown(text, max);
}

/**
 * An href from untrusted parts (a repository URL from the environment): only an absolute http or
 * https URL is a link; anything else (`javascript:`, `data:`, a relative path) gives undefined,
 * so the caller shows text instead. The URL is escaped for a quoted attribute.
 */
export function forHtmlHref(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  return parsed.href.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

/**
 * A value as a JavaScript expression for a script file of the site's own (`window.X = …;`):
 * JSON with `<`, `>`, `&` and every invisible control escaped, so the data cannot end a script
 * element or hide text even if the file were ever inlined.
 */
export function forScriptJson(value: unknown): string {
  return forJson(value, 0).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One line of untrusted text inside a fenced code block (fenceFor makes the fence). */
export function forCodeLine(text: string, max = MARKDOWN_MAX): string {
  return controlsShown(text, max);
}

/** A code fence longer than any backtick run in `body`, so the body cannot close it. */
export function fenceFor(body: string): string {
  let longest = 0;
  for (const m of body.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return '`'.repeat(Math.max(3, longest + 1));
}

/**
 * One RFC 4180 CSV cell. Text a spreadsheet would run as a formula gets a leading apostrophe.
 * A cell that begins with `:` or `#` is quoted, so no row can begin with `::` or `##[` (the
 * runner's workflow commands). `terminal`: the CSV goes to stdout, which a CI runner reads line
 * by line whatever the quoting says, so line breaks are shown escaped (`\n`) instead of kept.
 */
export function forCsvCell(value: unknown, sink: 'file' | 'terminal' = 'file'): string {
  if (value === null || value === undefined) return '';
  // tabs and line breaks are data a quoted cell keeps in a file; every other control is shown escaped
  const kept = sink === 'terminal' ? '\t' : '\n\r\t';
  let text = String(value).replace(UNSAFE, (c) => (kept.includes(c) ? c : escapeChar(c)));
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$|^[:#]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line of plain text for a YAML comment. */
export function forYamlComment(text: string, max = 120): string {
  return text.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().slice(0, max);
}

// JSON.stringify escapes C0 controls but leaves DEL, C1, separators and bidi controls raw
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** JSON for a terminal or a file: the same values, with every invisible control escaped. */
export function forJson(value: unknown, space = 2): string {
  return JSON.stringify(value, null, space).replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A value echoed in a message, as JSON but never longer than about `max` characters, however
 * large the value (an alias can make one value a list of 80,000 items): only as much of it is
 * serialised as is shown.
 */
export function preview(value: unknown, max = 80): string {
  let out = '';
  const walk = (v: unknown): boolean => {
    if (out.length > max) return false;
    if (Array.isArray(v)) {
      out += '[';
      for (let i = 0; i < v.length; i++) {
        if (i > 0) out += ',';
        if (!walk(v[i])) {
          out += `…${v.length > 1 ? ` (${v.length.toLocaleString('en-US')} items)` : ''}`;
          return false;
        }
      }
      out += ']';
      return true;
    }
    if (v !== null && typeof v === 'object') {
      out += '{';
      let first = true;
      for (const key of Object.keys(v)) {
        if (!first) out += ',';
        first = false;
        out += `${JSON.stringify(limit(key, max))}:`;
        if (!walk((v as Record<string, unknown>)[key])) return false;
      }
      out += '}';
      return true;
    }
    out += typeof v === 'string' ? JSON.stringify(limit(v, max)) : String(JSON.stringify(v) ?? v);
    return out.length <= max;
  };
  walk(value);
  return out.length > max + 40 ? `${out.slice(0, max)}…` : out;
}

/**
 * A CXone name as `import` writes it into a queue file: control characters shown escaped, cut
 * to the schema's `maxLength` with an ellipsis, so the file passes validate. (skillId, written
 * beside it, still pins the skill; plan does not call the shortened name a rename.)
 */
export function forYamlName(name: string, max = 200): string {
  const shown = name.replace(UNSAFE, escapeChar);
  return shown.length <= max ? shown : `${shown.slice(0, max - 1).replace(/[\ud800-\udbff]$/, '')}…`;
}
