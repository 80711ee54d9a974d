import { fileURLToPath } from 'node:url';
import { checkContent } from '../../src/lib/content-rules';
import { readSectionFiles } from '../../src/lib/content-files';
import { chartSchema, type ChartDefinition } from '../../src/lib/charts';
import { readDataFile, validEntries } from '../../src/lib/data-files';
import { figureSchema, type Figure } from '../../src/lib/figures';
import { siteParagraphs as paragraphsOf } from '../../src/lib/published-text';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SECTIONS_DIR = fileURLToPath(new URL('../../content/sections', import.meta.url));

/** The entries of one of the report's data files, as the build reads them; a test stops at the first problem. */
function dataFile<T extends { id: string }>(name: string, schema: Parameters<typeof validEntries<T>>[1], kind: string): T[] {
  const data = readDataFile(`${ROOT}content/${name}`, ROOT);
  const errors = [...data.errors];
  const entries = validEntries(data, schema, kind, errors).map(({ entry }) => entry);
  if (errors.length > 0) throw new Error(errors.join('\n'));
  return entries;
}

export const figures: Figure[] = dataFile('figures.yaml', figureSchema, 'figure');
export const charts: ChartDefinition[] = dataFile('charts.yaml', chartSchema, 'chart');

/** The real content, parsed and checked as the build does. */
export function realContent() {
  return checkContent(readSectionFiles(SECTIONS_DIR, ROOT), readDataFile(`${ROOT}content/figures.yaml`, ROOT));
}

/** Every paragraph of the site in reading order: report headings first in their part. */
export function siteParagraphs(): { id: string; en: string; zh: string }[] {
  return paragraphsOf(realContent().sections);
}
