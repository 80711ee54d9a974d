/**
 * The published excerpt (tests/fixtures/source/, a verbatim copy) as
 * English/Chinese paragraph pairs, and the check that the site's paragraphs
 * are those, word for word: run by the build and by `npm run check`.
 */
import type { ParsedSection } from './content-rules';
import { LANGS, type Lang } from './views';

export const PUBLISHED_TEXT_FILE = 'tests/fixtures/source/esg-report-2025-excerpt.txt';
/** The report ends here; the hosting page's news list follows. */
export const REPORT_END = '(使用AI翻译)';

export interface TextPair {
  en: string;
  zh: string;
}

/** English lines are hard-wrapped in the source and joined with a space; each Chinese paragraph is one line. */
export function parsePublishedText(text: string): TextPair[] {
  const pairs: TextPair[] = [];
  let english: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    if (/[\u3400-\u9fff]/.test(line)) {
      pairs.push({ en: english.join(' '), zh: line });
      english = [];
      if (line === REPORT_END) return pairs;
    } else {
      english.push(line);
    }
  }
  throw new Error(`the published text has no "${REPORT_END}" line`);
}

export interface SiteParagraph extends TextPair {
  id: string;
  /** "file:line:column" of the paragraph. */
  at: string;
}

/** Every paragraph of the site in reading order: a part's heading first where it is the report's. */
export function siteParagraphs(sections: ParsedSection[]): SiteParagraph[] {
  return sections.flatMap((section) => [
    ...(section.data.titleIsReportText ? [{ id: section.slug, at: `${section.file}:1:1`, ...section.data.title }] : []),
    ...section.blocks.map((block) => ({ id: block.id, at: `${section.file}:${block.at}`, ...block.text })),
  ]);
}

const LANG_NAME: Record<Lang, string> = { en: 'English', zh: 'Chinese' };

/** The first difference of two texts, with a few characters of context either side. */
export function firstDifference(published: string, site: string): { published: string; site: string } {
  let start = 0;
  while (start < published.length && published[start] === site[start]) start++;
  let from = Math.max(0, start - 20);
  // Begin the context at a word where there are words (English), so no word shows cut.
  const space = published.lastIndexOf(' ', from);
  if (from > 0 && space >= 0 && from - space < 15) from = space + 1;
  const show = (text: string) => `${from > 0 ? '…' : ''}${text.slice(from, start + 20)}${start + 20 < text.length ? '…' : ''}`;
  return { published: show(published), site: show(site) };
}

/** Each paragraph that is not the published one, by position in the report. */
export function verbatimProblems(site: SiteParagraph[], published: TextPair[]): string[] {
  const problems: string[] = [];
  site.forEach((paragraph, index) => {
    const source = published[index];
    if (!source) {
      problems.push(`${paragraph.at}: "${paragraph.id}" is paragraph ${index + 1}, but the published excerpt has ${published.length}; remove it or check the order`);
      return;
    }
    for (const lang of LANGS) {
      // A trailing space after a Chinese paragraph of the source is the only white space trimmed.
      const expected = source[lang].trim();
      if (paragraph[lang] === expected) continue;
      const diff = firstDifference(expected, paragraph[lang]);
      problems.push(
        `${paragraph.at}: the ${LANG_NAME[lang]} of "${paragraph.id}" is not the published text. Published: "${diff.published}"; here: "${diff.site}". Copy the published words exactly.`,
      );
    }
  });
  if (site.length < published.length) {
    problems.push(`${PUBLISHED_TEXT_FILE}: the published excerpt has ${published.length} paragraphs, the site ${site.length}; the first missing one begins "${published[site.length].en.slice(0, 60)}"`);
  }
  return problems;
}
