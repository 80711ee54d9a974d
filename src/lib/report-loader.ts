/**
 * The report's sections as an Astro content collection: Astro's glob() loader
 * with the report's rules run first, so `astro build` stops before it touches
 * dist/ and `astro dev` checks again whenever a file changes (Starlight's
 * loaders.ts wraps glob() the same way).
 */
import { glob, type Loader } from 'astro/loaders';
import { resolve } from 'node:path';
import { contentProblems, describeProblems } from './content-check';
import { contentError, setContentProblems } from './content-status';

export function reportSections(options: { base: string; figures: unknown[]; charts: unknown[]; published?: string }): Loader {
  const files = glob({ pattern: '*.mdx', base: options.base });
  const problems = () => contentProblems(options.base, options.figures, options.charts, undefined, options.published);
  return {
    name: 'report-sections',
    async load(context) {
      const found = problems();
      setContentProblems(found);
      // The build stops here; the dev server starts anyway and shows the problems on every page until they are fixed.
      if (found.length > 0 && !context.watcher) throw contentError(found);
      if (found.length > 0) context.logger.error(describeProblems(found));
      await files.load(context);
      context.logger.info('report content checked: every pair complete, every figure in its paragraph');
      const dir = resolve(options.base);
      context.watcher?.on('all', (_event, path) => {
        if (!path.startsWith(dir)) return;
        const again = problems();
        setContentProblems(again);
        if (again.length > 0) context.logger.error(describeProblems(again));
        else context.logger.info('report content checked again: no problem');
      });
    },
  };
}
