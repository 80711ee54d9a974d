/**
 * Chinese convention sets commas, colons, semicolons, brackets and marks of
 * exclamation and question in full width (，：；（）！？). The site's own Chinese
 * follows it; the report's text is never changed, whatever it uses.
 */
const HAN = '\\p{Script=Han}';
const HALF_WIDTH = '[,:;()!?]';
const HALF_WIDTH_BESIDE_HAN = new RegExp(`${HAN}${HALF_WIDTH}|${HALF_WIDTH}${HAN}`, 'gu');

/** Each place where a half-width mark touches a Chinese character, with that pair, e.g. "部分,". */
export function halfWidthBesideChinese(text: string): string[] {
  return [...text.matchAll(HALF_WIDTH_BESIDE_HAN)].map((match) => match[0]);
}
