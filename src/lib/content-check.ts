/**
 * Every rule of the report's content, run over the section files, the figures
 * and the charts together: what the section loader (src/lib/report-loader.ts)
 * runs in `astro build`, in `astro dev` on every change, and `npm run check`.
 */
import { readFileSync } from 'node:fs';
import { checkCharts } from './chart-spec';
import { chartSchema } from './charts';
import { readSectionFiles } from './content-files';
import { checkContent } from './content-rules';
import { dataEntries, readDataFile, validEntries } from './data-files';
import { PUBLISHED_TEXT_FILE, parsePublishedText, siteParagraphs, verbatimProblems } from './published-text';

/** The files of the report's content, relative to the working directory. */
export interface ContentPaths {
  /** The folder of section files (.mdx). */
  sections: string;
  /** The figures (YAML, or JSON). */
  figures: string;
  /** The charts; fixtures that test sections alone have none. */
  charts?: string;
  /** The published excerpt's text, when `sections` holds the real report. */
  published?: string;
}

/**
 * The report's own files, or the fixtures a test points the build at:
 * REPORT_FIGURES_FILE (with REPORT_CONTENT_DIR, and REPORT_CHARTS_FILE if the
 * fixture has charts) proves the build refuses broken content and measures it at scale.
 */
export function reportContentPaths(env: Record<string, string | undefined> = process.env): ContentPaths {
  if (env.REPORT_FIGURES_FILE) {
    return { sections: env.REPORT_CONTENT_DIR || 'content/sections', figures: env.REPORT_FIGURES_FILE, charts: env.REPORT_CHARTS_FILE };
  }
  return { sections: 'content/sections', figures: 'content/figures.yaml', charts: 'content/charts.yaml', published: PUBLISHED_TEXT_FILE };
}

/** Every problem of the content, each "file:line:column: what is wrong and what to do". */
export function contentProblems(paths: ContentPaths, root = process.cwd()): string[] {
  const errors: string[] = [];
  const files = readSectionFiles(paths.sections, root, errors);
  const figures = readDataFile(paths.figures, root);
  const charts = paths.charts ? readDataFile(paths.charts, root) : { ...dataEntries('', []), errors: [] };
  errors.push(...figures.errors, ...charts.errors);
  // A file that cannot be read leaves its entries unknown: the other rules would only echo that.
  if (errors.length > 0) return errors;
  const content = checkContent(files, figures);
  errors.push(...content.errors);
  const checkedCharts = validEntries(charts, chartSchema, 'chart', errors);
  if (errors.length === 0) {
    errors.push(...checkCharts(checkedCharts.map(({ entry }) => entry), content.figures, (chart, path) => charts.at([checkedCharts[chart].index, ...path])));
  }
  if (errors.length === 0 && paths.published !== undefined) {
    errors.push(...verbatimProblems(siteParagraphs(content.sections), parsePublishedText(readFileSync(paths.published, 'utf8'))));
  }
  return errors;
}

/** The problems as one message an editor reads top to bottom. */
export function describeProblems(problems: string[]): string {
  const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
  return `The report content has ${count}:\n${problems.map((p) => `  ${p}`).join('\n')}`;
}
