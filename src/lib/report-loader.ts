/**
 * The report's content as Astro content collections. The sections loader is
 * Astro's glob() with the report's rules run first, over sections, figures and
 * charts together, so `astro build` stops before it touches dist/ and `astro dev`
 * checks again whenever one of their files changes (Starlight's loaders.ts wraps
 * glob() the same way). The figures and charts loaders read their data files.
 */
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { contentProblems, describeProblems, type ContentPaths } from './content-check';
import { contentError, setContentProblems } from './content-status';
import { readDataFile, validEntries } from './data-files';

/** Calls `changed` when a file of the report's content changes in `astro dev`. */
function onChange(context: LoaderContext, paths: (string | undefined)[], changed: () => void) {
  const watched = paths.filter((path): path is string => Boolean(path)).map((path) => resolve(path));
  for (const path of watched) context.watcher?.add(path);
  context.watcher?.on('all', (_event, path) => {
    if (watched.some((w) => path === w || path.startsWith(`${w}/`))) changed();
  });
}

export function reportSections(paths: ContentPaths): Loader {
  const files = glob({ pattern: '*.mdx', base: paths.sections });
  const problems = () => contentProblems(paths);
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
      onChange(context, [paths.sections, paths.figures, paths.charts], () => {
        const again = problems();
        setContentProblems(again);
        if (again.length > 0) context.logger.error(describeProblems(again));
        else context.logger.info('report content checked again: no problem');
      });
    },
  };
}

/** What a data file's entry holds in the store beside its schema's keys: the store keeps entries by id, so each carries its place in the file. */
export const fileOrder = { fileOrder: z.number().int() };

/**
 * The entries of a data file (figures, charts) that match their schema, with
 * their order in the file, read again when the file changes. Their problems
 * are reported once, by the sections loader, which checks the whole report.
 */
export function reportData<T extends { id: string }>(kind: string, path: string | undefined, schema: z.ZodType<T>): Loader {
  return {
    name: `report-${kind}s`,
    async load(context) {
      const read = async () => {
        context.store.clear();
        if (!path) return;
        for (const { entry, index } of validEntries(readDataFile(path), schema, kind, [])) {
          context.store.set({ id: entry.id, data: await context.parseData({ id: entry.id, data: { ...entry, fileOrder: index } }) });
        }
      };
      await read();
      onChange(context, [path], () => void read());
    },
  };
}
