// Lines wrapped at the terminal's width between words, never inside one, with a hanging indent
// so a wrapped line still reads as part of its item. Colours (ANSI codes) do not count as width.
import wrapAnsi from 'wrap-ansi';

/** Continuation lines start this much further in than the line they continue. */
const HANG = 4;
const CODE = `${String.fromCharCode(27)}\\[[0-9;]*m`;
const ANSI = new RegExp(CODE, 'g');
const INDENT = new RegExp(`^((?:${CODE})*) +`);

export function wrapLines(text: string, columns: number | undefined): string {
  if (!columns || columns < 20) return text;
  return text
    .split('\n')
    .map((line) => {
      const plain = line.replace(ANSI, '');
      if (plain.length <= columns) return line;
      const indent = /^ */.exec(plain)![0].length;
      const width = columns - indent - HANG;
      if (width < 10) return line;
      const pad = ' '.repeat(indent);
      const wrapped = wrapAnsi(line.replace(INDENT, '$1'), width, { hard: false, trim: true }).split('\n');
      return wrapped.map((l, i) => `${pad}${i === 0 ? '' : ' '.repeat(HANG)}${l}`).join('\n');
    })
    .join('\n');
}
