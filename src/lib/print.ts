/** Name of the printed page type of a report part (CSS named pages). */
export function printPageName(sectionId: string): string {
  return `part-${sectionId.replace(/[^a-z0-9-]/g, '')}`;
}

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  // "<" too, so the text can never close the <style> element it is written into.
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ').replace(/</g, '\\3c ')}"`;
}
