// The one module for untrusted text: each sink's rules.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  fenceFor,
  forCommandData,
  forCommandProperty,
  forCsvCell,
  forHtml,
  forHtmlHref,
  forJson,
  forMarkdown,
  forMessage,
  forScriptJson,
  forTerminal,
  forTextNode,
  forYamlName,
  preview,
} from '../../src/text/untrusted.js';

const test = suite('untrusted text, per sink');

test('terminal: controls, C1, separators and bidi controls shown escaped', () => {
  assert.is(forTerminal('a\u001b[31mb\u0007c\u0000d'), 'a\\x1b[31mb\\x07c\\x00d');
  assert.is(forTerminal('\u009b31m\u0085'), '\\x9b31m\\x85');
  assert.is(forTerminal('x\u202eexe.txt\u2066\u2028'), 'x\\u202eexe.txt\\u2066\\u2028');
  assert.is(forTerminal('line\n::error::x'), 'line\\n::error::x');
});

test('terminal: no value can start a workflow command, even after spaces', () => {
  assert.is(forTerminal('::add-mask::x'), '\\x3a:add-mask::x');
  assert.is(forTerminal('  ::set-output name=a::b'), '  \\x3a:set-output name=a::b');
  assert.is(forTerminal('##[error]x'), '\\x23#[error]x');
  assert.is(forTerminal('a::b'), 'a::b');
});

test('terminal: long text cut with an ellipsis that says how much is left out', () => {
  assert.is(forTerminal('x'.repeat(600)), `${'x'.repeat(500)}…(100 more characters)`);
  const sentence = forMessage(`routing constraint: ${'W'.repeat(100_000)} would have 0 active agents`);
  assert.ok(sentence.length < 600);
  assert.match(sentence, /would have 0 active agents$/);
  assert.match(sentence, /characters left out/);
});

test("workflow commands: the runner's escaping, after the terminal escaping", () => {
  assert.is(forCommandData('50% done\r\nnext'), '50%25 done\\r\\nnext');
  assert.is(forCommandProperty('skills/a:b,c.yaml'), 'skills/a%3Ab%2Cc.yaml');
  assert.is(forCommandProperty('::error file=x::y'), '\\x3a%3Aerror file=x%3A%3Ay');
});

test('Markdown: no HTML, links, mentions, tables or fences from a name; cut at 200', () => {
  assert.is(forMarkdown('<b>@me</b> [x](http://e) | `a`'), '&lt;b&gt;&#64;me&lt;/b&gt; &#91;x&#93;&#40;http&#58;//e&#41; &#124; &#96;a&#96;');
  assert.is(forMarkdown('www.evil.example'), 'www&#46;evil.example');
  assert.ok(forMarkdown('x'.repeat(100_000)).length < 260);
  assert.is(fenceFor('a ````` b'), '``````');
  assert.is(fenceFor('plain'), '```');
});

test('CSV: formulas neutralised, controls shown, line breaks kept inside quotes', () => {
  assert.is(forCsvCell('=1+1'), "'=1+1");
  assert.is(forCsvCell('a\u001bb'), 'a\\x1bb');
  assert.is(forCsvCell('a\nb'), '"a\nb"');
  assert.is(forCsvCell(null), '');
});

test('JSON: values unchanged once parsed, invisible controls escaped', () => {
  const value = { name: '\u202egnp.exe\u0085\u2028' };
  const json = forJson(value);
  assert.not.match(json, /[\u202e\u0085\u2028]/);
  assert.equal(JSON.parse(json), value);
});

test('YAML names: what import writes passes the schema (at most 200 characters, forTerminal)', () => {
  assert.is(forYamlName('Billing'), 'Billing');
  assert.is(forYamlName('a\u0000b'), 'a\\x00b');
  const long = forYamlName('S'.repeat(100_000));
  assert.is(long.length, 200);
  assert.ok(long.endsWith('…'));
});

test('echoed values are previewed without serialising all of a huge value', () => {
  const big = Array.from({ length: 80_000 }, () => 'yyyyyyyy');
  const shown = preview(big);
  assert.ok(shown.length < 200, shown);
  assert.match(shown, '(80,000 items)');
  assert.is(preview('short'), '"short"');
  assert.is(preview(3), '3');
});

test('html: markup, quotes and entities become text; controls and bidi overrides shown escaped', () => {
  assert.is(forHtml('<script>alert(1)</script>'), '&lt;script&gt;alert(1)&lt;/script&gt;');
  assert.is(forHtml('<img src=x onerror="alert(1)">'), '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
  assert.is(forHtml(`a' b & c`), 'a&#39; b &amp; c');
  assert.is(forHtml('&lt;'), '&amp;lt;');
  assert.is(forHtml('evil\u202egnp.exe\u2066x\u0000'), 'evil\\u202egnp.exe\\u2066x\\x00');
  assert.is(forHtml('x'.repeat(400)), `${'x'.repeat(300)}…(100 more characters)`);
});

test('html: an href only for http(s) URLs; javascript:, data: and relative links give none', () => {
  assert.is(forHtmlHref('https://github.com/acme/skills/blob/main/skills/a.yaml#L3'), 'https://github.com/acme/skills/blob/main/skills/a.yaml#L3');
  assert.is(forHtmlHref('https://example.com/a"onmouseover="x'), 'https://example.com/a%22onmouseover=%22x');
  assert.is(forHtmlHref("https://example.com/?q=a'b&c"), 'https://example.com/?q=a%27b&amp;c');
  assert.is(forHtmlHref('javascript:alert(1)'), undefined);
  assert.is(forHtmlHref(' JavaScript:alert(1)'), undefined);
  assert.is(forHtmlHref('data:text/html,<script>x</script>'), undefined);
  assert.is(forHtmlHref('../skills/a.yaml'), undefined);
});

test('script data: JSON that cannot close a script element or hide text', () => {
  const text = forScriptJson({ name: '</script><script>alert(1)</script>&\u2028\u202e' });
  assert.not.match(text, /[<>&\u2028\u202e]/);
  assert.equal(JSON.parse(text), { name: '</script><script>alert(1)</script>&\u2028\u202e' });
});

test('text node: controls and overrides shown escaped, markup left for textContent to keep as text', () => {
  assert.is(forTextNode('Team invoice\u202etxt.exe'), 'Team invoice\\u202etxt.exe');
  assert.is(forTextNode('<b>x</b>\u0007'), '<b>x</b>\\x07');
});

test.run();
