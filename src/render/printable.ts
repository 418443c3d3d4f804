// Text from YAML files and from CXone is shown in terminals and CI logs. Control characters in
// it could start a new line that the Actions runner obeys as a command, or an ANSI sequence
// that rewrites the terminal, so they are shown escaped instead.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

export function printable(text: string): string {
  return text.replace(CONTROL, (c) => JSON.stringify(c).slice(1, -1).replace(/^\\u00/, '\\x'));
}
