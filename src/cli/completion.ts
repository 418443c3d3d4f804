// Shell completion: the commander program described as plain data for render/completion-script.ts.
import type { Command, Option } from 'commander';
import { type CompletionSpec, completionScript, type OptionSpec, type Shell } from '../render/completion-script.js';

export type { Shell };

const optionSpec = (o: Option): OptionSpec => ({
  ...(o.long ? { long: o.long } : {}),
  ...(o.short ? { short: o.short } : {}),
  description: firstSentence(o.description),
  value: o.required || o.optional,
  ...(o.argChoices ? { choices: o.argChoices } : {}),
  path: /<(file|dir|log|plan\.json)>/.test(o.flags),
});

const firstSentence = (text: string): string => text.split(/(?<=\.)\s|\n/)[0] ?? '';

function describe(program: Command): CompletionSpec {
  const help = { long: '--help', short: '-h', description: 'display help', value: false, path: false };
  return {
    globals: [...program.options.map(optionSpec), help],
    commands: program.commands.map((c) => ({
      name: c.name(),
      description: firstSentence(c.description()),
      options: [...c.options.map(optionSpec), help],
      files: c.registeredArguments.some((a) => /file|dir|json|yaml/i.test(a.name() + a.description)),
    })),
  };
}

export const completionFor = (program: Command, shell: Shell): string => completionScript(program.name(), describe(program), shell);
