/**
 * The scale fixture of `npm run bench`: the report's parts (content/sections/)
 * written `copies` times into `dir`, with the figures of content/figures.yaml to
 * match, for a build pointed at them by REPORT_CONTENT_DIR and
 * REPORT_FIGURES_FILE (see reportContentPaths in src/lib/content-check.ts).
 *
 * Copy 1 keeps every name as it is, so its pages have the same addresses at 1×
 * and at N×. Copy k (k ≥ 2) renames what the content checks require unique:
 * the file (its slug), every <Pair>/<ReportImage> id, every <F id>, and the
 * figures' id, section and paragraph; its front matter's `order` follows the
 * last part of copy k-1, and its title carries the copy's number.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { figures } from '../helpers/content';

const SECTIONS_DIR = fileURLToPath(new URL('../../content/sections/', import.meta.url));

export interface ScaleFixture {
  /** For REPORT_CONTENT_DIR. */
  contentDir: string;
  /** For REPORT_FIGURES_FILE. */
  figuresJson: string;
  sections: number;
  figures: number;
}

/** The name of `id` in copy `copy` (copy 1 keeps it). */
export function copyId(id: string, copy: number): string {
  return copy === 1 ? id : `${id}-x${copy}`;
}

function renameSection(source: string, copy: number, order: number): string {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source.replace(/\r\n/g, '\n'));
  if (!match) throw new Error('scale fixture: a section without front matter');
  let [, yaml, body] = match;
  yaml = yaml.replace(/^order: \d+$/m, `order: ${order}`);
  if (copy > 1) {
    // The title's two lines under "title:", numbered so the copies can be told apart in navigation.
    yaml = yaml.replace(/^(title:\n  en: ")([^"]*)("\n  zh: ")([^"]*)(")/m, `$1$2 ${copy}$3$4 ${copy}$5`);
    body = body
      .replace(/<(Pair|ReportImage)(\s[^>]*?)id="([^"]+)"/g, (_, kind: string, before: string, id: string) => `<${kind}${before}id="${copyId(id, copy)}"`)
      .replace(/<F(\s+)id="([^"]+)"/g, (_, space: string, id: string) => `<F${space}id="${copyId(id, copy)}"`);
  }
  return `---\n${yaml}\n---\n${body}`;
}

/** Writes `copies` copies of the report into `dir` (emptied first). */
export function writeScaleFixture(copies: number, dir: string): ScaleFixture {
  const contentDir = join(dir, 'sections');
  const figuresJson = join(dir, 'figures.json');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(contentDir, { recursive: true });

  const parts = readdirSync(SECTIONS_DIR)
    .filter((f) => f.endsWith('.mdx'))
    .map((file) => {
      const source = readFileSync(join(SECTIONS_DIR, file), 'utf8');
      return { slug: file.replace(/\.mdx$/, ''), source, order: Number(/^order: (\d+)$/m.exec(source)?.[1]) };
    })
    .sort((a, b) => a.order - b.order);
  const maxOrder = Math.max(...parts.map((p) => p.order));

  for (let copy = 1; copy <= copies; copy++) {
    for (const part of parts) {
      writeFileSync(join(contentDir, `${copyId(part.slug, copy)}.mdx`), renameSection(part.source, copy, (copy - 1) * maxOrder + part.order));
    }
  }

  const written = [];
  for (let copy = 1; copy <= copies; copy++) {
    for (const figure of figures) {
      written.push({ ...figure, id: copyId(figure.id, copy), section: copyId(figure.section, copy), paragraph: copyId(figure.paragraph, copy) });
    }
  }
  writeFileSync(figuresJson, JSON.stringify(written, null, 2));
  return { contentDir, figuresJson, sections: parts.length * copies, figures: written.length };
}
