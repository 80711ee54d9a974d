/**
 * The report's sections as an Astro content collection: Astro's glob() loader
 * with the report's rules run first, so `astro build` stops before it touches
 * dist/ and `astro dev` checks again whenever a file changes (Starlight's
 * loaders.ts wraps glob() the same way).
 */
import { AstroError } from 'astro/errors';
import { glob, type Loader } from 'astro/loaders';
import { resolve } from 'node:path';
import { contentProblems, describeProblems } from './content-check';

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

export function reportSections(options: { base: string; figures: unknown[]; charts: unknown[]; published?: string }): Loader {
  const files = glob({ pattern: '*.mdx', base: options.base });
  const problems = () => contentProblems(options.base, options.figures, options.charts, undefined, options.published);
  return {
    name: 'report-sections',
    async load(context) {
      const found = problems();
      if (found.length > 0) throw contentError(found);
      await files.load(context);
      context.logger.info('report content checked: every pair complete, every figure in its paragraph');
      const dir = resolve(options.base);
      context.watcher?.on('all', (_event, path) => {
        if (!path.startsWith(dir)) return;
        const again = problems();
        if (again.length > 0) context.logger.error(describeProblems(again));
        else context.logger.info('report content checked again: no problem');
      });
    },
  };
}
