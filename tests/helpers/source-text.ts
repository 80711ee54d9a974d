/** The published excerpt as paragraph pairs; the parser is the build's own (src/lib/published-text.ts). */
import { readFileSync } from 'node:fs';
import { parsePublishedText, PUBLISHED_TEXT_FILE, type TextPair } from '../../src/lib/published-text';
import { ROOT } from './content';

export function sourcePairs(): TextPair[] {
  return parsePublishedText(readFileSync(`${ROOT}${PUBLISHED_TEXT_FILE}`, 'utf8'));
}
