// `skillops validate [dir]`: every problem of the settings and queue files, as text, JSON and,
// in GitHub Actions, workflow annotations; exit 1 on any error.
import type { Io } from '../../domain/io.js';
import { hasErrors } from '../../domain/problem.js';
import { problemsGithub, problemsJson, problemsSummary, problemsText } from '../../render/problems.js';
import { validateRepository } from '../../use-cases/validate/validate-repository.js';

export async function validateCommand(dir: string | undefined, options: { config: string; format: 'text' | 'json' }, io: Io): Promise<number> {
  const { problems, filesChecked, settingsFile } = await validateRepository(dir, options.config, io);
  if (options.format === 'json') {
    io.out(problemsJson(problems, filesChecked));
  } else {
    io.out(problemsText(problems, io.color));
    io.out(`${problemsSummary(problems, filesChecked, settingsFile)}\n`);
  }
  if (io.env.GITHUB_ACTIONS === 'true') io.out(problemsGithub(problems));
  return hasErrors(problems) ? 1 : 0;
}
