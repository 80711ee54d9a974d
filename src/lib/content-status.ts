/**
 * The content problems `astro dev` found at the last change of a file. The
 * loader runs outside Vite's page modules, so the two share it through
 * globalThis; the middleware throws it, so the browser shows Astro's error
 * overlay instead of a page built from the last good content.
 */
import { AstroError } from 'astro/errors';
import { resolve } from 'node:path';
import { describeProblems } from './content-check';

const HINT = 'Each line names the file, line and column. Fix them and save: `npm run dev` checks again on every save, `npm run check` checks without building.';

/** One error for all problems, located at the first, without a stack trace: the trace would be the loader's, not the editor's. */
export function contentError(problems: string[]): AstroError {
  const error = new AstroError(describeProblems(problems), HINT);
  error.name = 'ReportContentError';
  const first = /^(.+?):(\d+):(\d+): /.exec(problems[0]);
  // Astro prints and overlays `loc`; the public AstroError type does not declare it.
  if (first) Object.assign(error, { loc: { file: resolve(first[1]), line: Number(first[2]), column: Number(first[3]) } });
  error.stack = '';
  return error;
}

const KEY = Symbol.for('esg-report.content-problems');
type Holder = { [KEY]?: string[] };

export function setContentProblems(problems: string[]): void {
  (globalThis as Holder)[KEY] = problems;
}

export function contentProblemsNow(): string[] {
  return (globalThis as Holder)[KEY] ?? [];
}
