/**
 * The published excerpt (a verbatim copy of ../shared/source/esg-report-2025-excerpt.txt)
 * as the list of English/Chinese paragraph pairs, so tests can compare the
 * site's text with it. English lines are hard-wrapped and joined with a space;
 * the hosting page's news list after "(使用AI翻译)" is not part of the report.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SOURCE_FILE = fileURLToPath(new URL('../fixtures/source/esg-report-2025-excerpt.txt', import.meta.url));
export const REPORT_END = '(使用AI翻译)';

export interface SourcePair {
  en: string;
  zh: string;
}

export function parseSourceText(text: string): SourcePair[] {
  const pairs: SourcePair[] = [];
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
  throw new Error(`the source text has no "${REPORT_END}" line`);
}

export function sourcePairs(): SourcePair[] {
  return parseSourceText(readFileSync(SOURCE_FILE, 'utf8'));
}
