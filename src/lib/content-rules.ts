/**
 * Reads the report's MDX sources as text and checks the rules the site relies
 * on: every block has both halves, ids are unique, and every figure in
 * content/figures.ts stands, as written, in its paragraph in both languages.
 * The build runs it (see src/integrations/validate-content.ts), so a broken
 * file fails with its name and what is wrong.
 */
import { load as loadYaml } from 'js-yaml';
import { figureSchema, type Figure } from './figures';
import { sectionSchema, type SectionData } from './section-schema';
import { LANGS, type Lang } from './views';

/** Illustrations drawn in place of the report's photos (src/components/illustrations/). */
export const ARTWORKS = ['car-on-terrace', 'factory-aerial'] as const;

export interface FigureRef {
  id: string;
  text: string;
}

export interface Block {
  kind: 'Pair' | 'ReportImage';
  id: string;
  art?: string;
  /** Plain text of each half, as a reader sees it. */
  text: Record<Lang, string>;
  refs: Record<Lang, FigureRef[]>;
}

export interface ParsedSection {
  file: string;
  slug: string;
  data: SectionData;
  blocks: Block[];
}

export interface SourceFile {
  /** Path shown in messages, e.g. content/sections/climate-resilience.mdx */
  file: string;
  source: string;
}

const HALF_TAG: Record<Lang, string> = { en: 'En', zh: 'Zh' };
const HALF_NAME: Record<Lang, string> = { en: 'English', zh: 'Chinese' };

export function slugOf(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.mdx$/, '');
}

function splitFrontMatter(source: string): { yaml: string; body: string } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  return match ? { yaml: match[1], body: match[2] } : null;
}

function parseAttributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of text.matchAll(/([a-zA-Z]+)="([^"]*)"/g)) attrs[m[1]] = m[2];
  return attrs;
}

/** Plain text of a half and the figures it marks with <F id="...">…</F>. */
function readHalf(inner: string): { text: string; refs: FigureRef[]; stray: string | null } {
  const refs: FigureRef[] = [];
  const text = inner.replace(/<F\s+id="([^"]*)"\s*>([\s\S]*?)<\/F>/g, (_, id: string, phrase: string) => {
    refs.push({ id, text: phrase });
    return phrase;
  });
  const stray = /<\/?[A-Za-z][^>]*>|[{}]/.exec(text);
  return { text: text.trim(), refs, stray: stray ? stray[0] : null };
}

/** Parses one section file; problems go to `errors` prefixed with the file name. */
export function parseSection({ file, source }: SourceFile, errors: string[]): ParsedSection | null {
  const fail = (message: string) => errors.push(`${file}: ${message}`);
  const parts = splitFrontMatter(source);
  if (!parts) {
    fail('no front matter: the file must start with a --- block (order, pillars, title, titleIsReportText, summary)');
    return null;
  }
  let raw: unknown;
  try {
    raw = loadYaml(parts.yaml);
  } catch (error) {
    fail(`front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    return null;
  }
  const checked = sectionSchema.safeParse(raw);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      fail(`front matter ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    return null;
  }

  const blocks: Block[] = [];
  const blockPattern = /<(Pair|ReportImage)\b([^>]*)>([\s\S]*?)<\/\1>/g;
  let rest = parts.body;
  for (const match of parts.body.matchAll(blockPattern)) {
    rest = rest.replace(match[0], '');
    const kind = match[1] as Block['kind'];
    const attrs = parseAttributes(match[2]);
    const id = attrs.id ?? '';
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
      fail(`<${kind}> needs an id of lower-case words joined by hyphens, found "${id}"`);
      continue;
    }
    if (kind === 'ReportImage' && !(ARTWORKS as readonly string[]).includes(attrs.art ?? '')) {
      fail(`<ReportImage id="${id}"> has art="${attrs.art ?? ''}"; expected one of ${ARTWORKS.join(', ')}`);
    }
    const block: Block = { kind, id, art: attrs.art, text: { en: '', zh: '' }, refs: { en: [], zh: [] } };
    let inner = match[3];
    for (const lang of LANGS) {
      const tag = HALF_TAG[lang];
      const halves = [...inner.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))];
      if (halves.length === 0) {
        fail(`${kind} "${id}" has no ${HALF_NAME[lang]} half (<${tag}>…</${tag}>)`);
        continue;
      }
      if (halves.length > 1) fail(`${kind} "${id}" has ${halves.length} ${HALF_NAME[lang]} halves; expected one`);
      const half = readHalf(halves[0][1]);
      if (!half.text) fail(`${kind} "${id}" has an empty ${HALF_NAME[lang]} half`);
      if (half.stray) fail(`${kind} "${id}" ${HALF_NAME[lang]} half contains unexpected markup "${half.stray}"`);
      block.text[lang] = half.text;
      block.refs[lang] = half.refs;
      for (const h of halves) inner = inner.replace(h[0], '');
    }
    if (inner.trim()) fail(`${kind} "${id}" has text outside its <En> and <Zh> halves: "${inner.trim().slice(0, 60)}"`);
    blocks.push(block);
  }
  const leftover = rest.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').trim();
  if (leftover) {
    fail(`text outside any <Pair> or <ReportImage>: "${leftover.slice(0, 60)}" (every paragraph needs both languages)`);
  }
  return { file, slug: slugOf(file), data: checked.data, blocks };
}

/**
 * Checks all sections against each other and against the figures data.
 * Returns the parsed sections (in reading order) and every problem found.
 */
export function checkContent(
  files: SourceFile[],
  figuresInput: unknown[],
  figuresFile = 'content/figures.ts',
): { sections: ParsedSection[]; figures: Figure[]; errors: string[] } {
  const errors: string[] = [];
  const sections = files
    .map((f) => parseSection(f, errors))
    .filter((s): s is ParsedSection => s !== null)
    .sort((a, b) => a.data.order - b.data.order);

  const orders = new Map<number, string>();
  for (const s of sections) {
    const other = orders.get(s.data.order);
    if (other) errors.push(`${s.file}: order ${s.data.order} is also used by ${other}`);
    orders.set(s.data.order, s.file);
  }

  const blockHome = new Map<string, { block: Block; section: ParsedSection }>();
  for (const section of sections) {
    for (const block of section.blocks) {
      const other = blockHome.get(block.id);
      if (other) {
        errors.push(`${section.file}: duplicate id "${block.id}" (also in ${other.section.file}); ids must be unique`);
        continue;
      }
      if (sections.some((s) => s.slug === block.id)) {
        errors.push(`${section.file}: id "${block.id}" is also a section's name; choose another`);
      }
      blockHome.set(block.id, { block, section });
    }
  }

  const figures: Figure[] = [];
  const figureIds = new Set<string>();
  figuresInput.forEach((input, index) => {
    const checked = figureSchema.safeParse(input);
    const name = (input as { id?: unknown })?.id ?? `#${index}`;
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        errors.push(`${figuresFile}: figure ${String(name)}: ${issue.path.join('.')}: ${issue.message}`);
      }
      return;
    }
    const figure = checked.data;
    if (figureIds.has(figure.id)) {
      errors.push(`${figuresFile}: duplicate figure id "${figure.id}"`);
      return;
    }
    figureIds.add(figure.id);
    figures.push(figure);
  });

  for (const figure of figures) {
    const home = blockHome.get(figure.paragraph);
    if (!home) {
      errors.push(`${figuresFile}: figure "${figure.id}" names paragraph "${figure.paragraph}", which no section has`);
      continue;
    }
    if (home.section.slug !== figure.section) {
      errors.push(
        `${figuresFile}: figure "${figure.id}" says section "${figure.section}" but its paragraph is in ${home.section.file}`,
      );
    }
    for (const lang of LANGS) {
      const text = home.block.text[lang];
      const phrase = figure.phrase[lang];
      if (!text.includes(phrase)) {
        errors.push(
          `${home.section.file}: figure "${figure.id}" phrase "${phrase}" is not in the ${HALF_NAME[lang]} half of "${figure.paragraph}"`,
        );
      } else if (!home.block.refs[lang].some((r) => r.id === figure.id)) {
        errors.push(
          `${home.section.file}: figure "${figure.id}" is not marked in the ${HALF_NAME[lang]} half of "${figure.paragraph}": wrap "${phrase}" in <F id="${figure.id}">`,
        );
      }
      for (const q of figure.qualifiers) {
        if (!text.includes(q.words[lang])) {
          errors.push(
            `${home.section.file}: figure "${figure.id}" qualifier "${q.words[lang]}" is not in the ${HALF_NAME[lang]} half of "${figure.paragraph}"`,
          );
        }
      }
    }
  }

  const byId = new Map(figures.map((f) => [f.id, f]));
  for (const section of sections) {
    for (const block of section.blocks) {
      for (const lang of LANGS) {
        for (const ref of block.refs[lang]) {
          const figure = byId.get(ref.id);
          if (!figure) {
            if (!figureIds.has(ref.id)) {
              errors.push(`${section.file}: <F id="${ref.id}"> in "${block.id}" names an unknown figure (not in ${figuresFile})`);
            }
            continue;
          }
          if (figure.paragraph !== block.id) {
            errors.push(`${section.file}: <F id="${ref.id}"> stands in "${block.id}" but the figure belongs to "${figure.paragraph}"`);
          } else if (ref.text !== figure.phrase[lang]) {
            errors.push(
              `${section.file}: <F id="${ref.id}"> wraps "${ref.text}" but the figure's ${HALF_NAME[lang]} phrase is "${figure.phrase[lang]}"`,
            );
          }
        }
      }
    }
  }

  return { sections, figures, errors };
}
