import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkContent, type SourceFile } from '../lib/content-rules';
import { checkCharts } from '../lib/chart-spec';
import { chartSchema, type ChartDefinition } from '../lib/charts';

/** Reads every .mdx file of a folder, named relative to the project root. */
export function readSectionFiles(dir: string, root = process.cwd()): SourceFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => ({ file: relative(root, join(dir, name)), source: readFileSync(join(dir, name), 'utf8') }));
}

export class ContentError extends Error {
  constructor(public readonly problems: string[]) {
    super(`The report content has ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
    this.name = 'ContentError';
  }
}

/** Throws a ContentError listing every problem, or returns quietly. */
export function assertValidContent(dir: string, figures: unknown[], charts: unknown[] = [], root?: string): void {
  const content = checkContent(readSectionFiles(dir, root), figures);
  const errors = [...content.errors];
  charts.forEach((chart, index) => {
    const checked = chartSchema.safeParse(chart);
    if (!checked.success) {
      const name = (chart as { id?: unknown })?.id ?? `#${index}`;
      for (const issue of checked.error.issues) errors.push(`content/charts.ts: chart ${String(name)}: ${issue.path.join('.')}: ${issue.message}`);
    }
  });
  if (errors.length === 0) errors.push(...checkCharts(charts as ChartDefinition[], content.figures));
  if (errors.length > 0) throw new ContentError(errors);
}

/** Fails `astro build` and `astro dev` on broken content before anything renders. */
export function validateContent(options: { dir: string; figures: unknown[]; charts: unknown[] }): AstroIntegration {
  return {
    name: 'validate-content',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        assertValidContent(options.dir, options.figures, options.charts);
        logger.info('report content checked: every pair complete, every figure in its paragraph');
      },
    },
  };
}
