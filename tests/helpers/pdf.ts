/** Reading PDFs with poppler-utils (pdftotext, pdffonts, pdfinfo, pdftoppm). */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * -raw keeps the order the page was drawn in (the DOM's), so side-by-side columns do not interleave.
 * 'reading' is what a reader's copy gives: glyphs in the order they stand on the page.
 */
export function pdfText(file: string, order: 'raw' | 'reading' = 'raw'): string {
  const mode = order === 'raw' ? ['-raw'] : [];
  return execFileSync('pdftotext', [...mode, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

export function pdfPageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
}

/** The first sheet's width and height in points, rounded ("594.96 x 841.92 pts (A4)" is [595, 842]). */
export function pdfPageSize(file: string): [number, number] {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
  return [Math.round(Number(size?.[1])), Math.round(Number(size?.[2]))];
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

export function pdfFonts(file: string): PdfFont[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    const name = line.slice(0, 37).trim();
    const type = line.slice(37, 55).trim();
    const flags = line.slice(72).trim().split(/\s+/);
    return { name, type, embedded: flags[0] === 'yes' };
  });
}

/** Writes a PNG of one page beside the PDF (for people to look at) and returns its path. */
export function pdfPagePng(file: string, page = 1, dpi = 60): string {
  const prefix = file.replace(/\.pdf$/, `-p${page}`);
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
  return `${prefix}.png`;
}

/** Mean brightness (0 to 255) of a page rendered in grey at low resolution. */
export function pdfPageBrightness(file: string, page = 1): number {
  const prefix = file.replace(/\.pdf$/, `-p${page}-grey`);
  execFileSync('pdftoppm', ['-gray', '-r', '12', '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
  const pgm = readFileSync(`${prefix}.pgm`);
  // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  const pixels = pgm.subarray(header[0].length);
  return pixels.reduce((sum, value) => sum + value, 0) / pixels.length;
}

/**
 * Text without white space or hyphens: lines break wherever the paper does,
 * and a hyphen at a line's end ("Mia-V2-" / "TTS") is not told apart from a break.
 */
export function squash(text: string): string {
  return text.replace(/[\s\-\u00ad]+/g, '');
}

/**
 * The squashed text of the pages' bodies: each page's running heads and "n / N"
 * taken off, so that a paragraph running over a page break reads on (in reading
 * order the page number comes last, under the text).
 */
export function pdfBodyText(file: string, heads: string[], order: 'raw' | 'reading' = 'raw'): string {
  return pdfPageBodies(file, heads, order).join('');
}

/** Each page's squashed text without its running heads and "n / N": what the page opens with. */
export function pdfPageBodies(file: string, heads: string[], order: 'raw' | 'reading' = 'raw'): string[] {
  const prefixes = heads.map(squash).filter(Boolean);
  const pages = pdfText(file, order).split('\f');
  const count = pdfPageCount(file);
  return pages
    .map((page, index) => {
      let text = squash(page);
      const footer = `${index + 1}/${count}`;
      if (text.endsWith(footer)) text = text.slice(0, -footer.length);
      for (let stripped = true; stripped; ) {
        stripped = false;
        for (const prefix of prefixes) {
          if (text.startsWith(prefix)) {
            text = text.slice(prefix.length);
            stripped = true;
          }
        }
        // This page's own number only: a page may open with a number of the report ("11/12" then "2025年…").
        if (text.startsWith(footer)) {
          text = text.slice(footer.length);
          stripped = true;
        }
      }
      return text;
    });
}

/**
 * How far down each page its content reaches, from 0 (nothing below the running
 * head) to 1 (down to the page number), read from a coarse grey rendering.
 */
export function pdfPageFills(file: string): number[] {
  const prefix = file.replace(/\.pdf$/, '-fill');
  execFileSync('pdftoppm', ['-gray', '-r', '20', file, prefix]);
  const pages = pdfPageCount(file);
  const digits = String(pages).length;
  return Array.from({ length: pages }, (_, i) => {
    const pgm = readFileSync(`${prefix}-${String(i + 1).padStart(digits, '0')}.pgm`);
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
    const [width, height] = [Number(header[1]), Number(header[2])];
    const pixels = pgm.subarray(header[0].length);
    // The running head and the page number sit in the margins: measure between them.
    const top = Math.floor(height * 0.09);
    const bottom = Math.floor(height * 0.92);
    let last = top;
    for (let y = top; y < bottom; y++) {
      const row = pixels.subarray(y * width, (y + 1) * width);
      if (row.some((value) => value < 200)) last = y;
    }
    return (last - top) / (bottom - top);
  });
}

/** The titles of the PDF's bookmarks (its outline), in the file's order: each outline item is an object with /Title and /Parent. */
export function pdfBookmarks(file: string): string[] {
  const text = readFileSync(file).toString('latin1');
  const titles: string[] = [];
  for (const [object] of text.matchAll(/\d+ 0 obj\s*<<[\s\S]*?>>\s*endobj/g)) {
    if (!object.includes('/Parent')) continue;
    const literal = /\/Title\s*\(((?:\\.|[^\\)])*)\)/.exec(object);
    const hex = /\/Title\s*<([0-9A-Fa-f]+)>/.exec(object);
    if (literal) titles.push(Buffer.from(literal[1].replace(/\\(.)/g, '$1'), 'latin1').toString('utf8'));
    else if (hex) titles.push(Buffer.from(hex[1], 'hex').swap16().toString('utf16le').replace(/^\uFEFF/, ''));
  }
  return titles;
}
