import { fileURLToPath } from 'node:url';
import { checkContent } from '../../src/lib/content-rules';
import { readSectionFiles } from '../../src/lib/content-files';
import { figures } from '../../content/figures';
import { siteParagraphs as paragraphsOf } from '../../src/lib/published-text';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SECTIONS_DIR = fileURLToPath(new URL('../../content/sections', import.meta.url));

/** The real content, parsed and checked as the build does. */
export function realContent() {
  return checkContent(readSectionFiles(SECTIONS_DIR, ROOT), figures);
}

/** Every paragraph of the site in reading order: report headings first in their part. */
export function siteParagraphs(): { id: string; en: string; zh: string }[] {
  return paragraphsOf(realContent().sections);
}
