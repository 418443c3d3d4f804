// CXone names and file text are untrusted in a pull-request comment: they must not open links,
// mention people, start HTML, break tables or close a code fence.

const ENTITIES: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;', '*': '&#42;', _: '&#95;',
  '[': '&#91;', ']': '&#93;', '|': '&#124;', '~': '&#126;', '#': '&#35;', '@': '&#64;', '!': '&#33;', '\\': '&#92;',
  ':': '&#58;', '(': '&#40;', ')': '&#41;', '{': '&#123;', '}': '&#125;', '$': '&#36;', '^': '&#94;', '=': '&#61;', '+': '&#43;',
};

/** For Markdown text and inline HTML (tables, <summary>): every special character as an entity. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n\t\u2028\u2029]+/g, ' ').replace(/[&<>"'`*_[\]|~#@!\\:(){}$^=+]/g, (c) => ENTITIES[c]!);
}

/** A code fence longer than any backtick run in `body`, so the body cannot close it. */
export function fenceFor(body: string): string {
  const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}
