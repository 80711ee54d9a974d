/**
 * Every rule of the report's content, run over the section files, the figures
 * and the charts together: what the section loader (src/lib/report-loader.ts)
 * runs in `astro build`, in `astro dev` on every change, and `npm run check`.
 */
import { checkCharts } from './chart-spec';
import { chartSchema, type ChartDefinition } from './charts';
import { readSectionFiles } from './content-files';
import { checkContent } from './content-rules';
import { parsePublishedText, siteParagraphs, verbatimProblems } from './published-text';

/** Every problem of the content in `dir`, each "file:line:column: what is wrong and what to do". */
export function contentProblems(
  dir: string,
  figures: unknown[],
  charts: unknown[] = [],
  root?: string,
  /** The published excerpt's text, when `dir` holds the real report. */
  published?: string,
): string[] {
  const errors: string[] = [];
  const files = readSectionFiles(dir, root, errors);
  // A file that cannot be read leaves its paragraphs unknown: the other rules would only echo that.
  if (errors.length > 0) return errors;
  const content = checkContent(files, figures);
  errors.push(...content.errors);
  charts.forEach((chart, index) => {
    const checked = chartSchema.safeParse(chart);
    if (!checked.success) {
      const name = (chart as { id?: unknown })?.id ?? `#${index}`;
      for (const issue of checked.error.issues) errors.push(`content/charts.ts: chart ${String(name)}: ${issue.path.join('.')}: ${issue.message}`);
    }
  });
  if (errors.length === 0) errors.push(...checkCharts(charts as ChartDefinition[], content.figures));
  if (errors.length === 0 && published !== undefined) {
    errors.push(...verbatimProblems(siteParagraphs(content.sections), parsePublishedText(published)));
  }
  return errors;
}

/** The problems as one message an editor reads top to bottom. */
export function describeProblems(problems: string[]): string {
  const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
  return `The report content has ${count}:\n${problems.map((p) => `  ${p}`).join('\n')}`;
}
