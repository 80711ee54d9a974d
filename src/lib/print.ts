/** Name of the printed page type of a report part (CSS named pages). */
export function printPageName(sectionId: string): string {
  return `part-${sectionId.replace(/[^a-z0-9-]/g, '')}`;
}

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  // "<" too, so the text can never close the <style> element it is written into.
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ').replace(/</g, '\\3c ')}"`;
}

/** The address to print: the page's, without the fragment a reader may have followed to get there. */
export function printAddress(href: string): string {
  const url = new URL(href);
  url.hash = '';
  return url.href;
}

/** The day of printing, written the same in both languages (ISO 8601, the reader's own calendar day). */
export function printDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
