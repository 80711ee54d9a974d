/**
 * Reads the report's MDX sources as text and checks the rules the site relies
 * on: every block has both halves, ids are unique, and every figure in
 * content/figures.yaml stands, as written, in its paragraph in both languages.
 * The content loader runs it (see src/lib/report-loader.ts), so a broken
 * file fails with its name and what is wrong.
 */
import { load as loadYaml } from 'js-yaml';
import { figureSchema, type Figure } from './figures';
import { foundValue, validEntries, type DataEntries } from './data-files';
import { sectionSchema, type SectionData } from './section-schema';
import { LANGS, type Lang } from './views';
import { sentencesOf } from './sentences';

/** Illustrations drawn in place of the report's photos (src/components/illustrations/). */
export const ARTWORKS = ['car-on-terrace', 'factory-aerial'] as const;

export interface FigureRef {
  id: string;
  text: string;
}

export interface Block {
  kind: 'Pair' | 'ReportImage';
  id: string;
  /** "line:column" of its opening tag in the file, for messages. */
  at: string;
  art?: string;
  /** Plain text of each half, as a reader sees it. */
  text: Record<Lang, string>;
  refs: Record<Lang, FigureRef[]>;
  /** Offsets in `text` of the sentence breaks an editor wrote (<S />). */
  breaks: Record<Lang, number[]>;
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

/** "line:column" (both from 1) of a character offset in a file, as editors count them. */
export function lineColumn(source: string, index: number): string {
  const before = source.slice(0, index).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

/** Line (from 1) of a top-level front matter key, so a schema problem points at it. */
function keyLine(yaml: string, key: string): number {
  const line = yaml.split('\n').findIndex((l) => l.startsWith(`${key}:`));
  return line < 0 ? 1 : line + 2;
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

/**
 * What may not stand in a half: report text is text, so Markdown, HTML and
 * expressions would change it. Each with what an editor should do instead.
 */
const NOT_TEXT: { pattern: RegExp; what: string; fix: string }[] = [
  { pattern: /\[[^\]\n]*\]\([^)\n]*\)/, what: 'a Markdown link', fix: 'remove the link and keep its words; the report text carries no links' },
  // Said in words: Astro prints messages as Markdown, and a second "**" in one would turn the words between bold.
  { pattern: /\*\*|__/, what: 'Markdown bold (a pair of asterisks or underscores)', fix: 'remove the marks; the report text is reproduced without emphasis' },
  { pattern: /(?<![\w*])\*(?=\S)[^*\n]+\*(?![\w*])|(?<![\w_])_(?=\S)[^_\n]+_(?![\w_])/, what: 'Markdown emphasis (*…* or _…_)', fix: 'remove the marks; the report text is reproduced without emphasis' },
  { pattern: /`/, what: 'a Markdown code mark (`)', fix: 'remove it' },
  { pattern: /^[ \t]*(#{1,6} |[-+] |\d+\. |> )/m, what: 'Markdown heading, list or quote syntax at the start of a line', fix: 'keep the half on one line of plain text' },
  { pattern: /<(?=[\s\d=%<])/, what: 'a bare "<" (MDX reads "<" as the start of a tag)', fix: 'write it as &lt; (for example &lt;5%)' },
  { pattern: /<\/?[A-Za-z][^>]*>/, what: 'an HTML or component tag', fix: 'only <F id="…">…</F> and a sentence break <S /> may stand inside <En> and <Zh>; remove the tag and keep its words' },
  { pattern: /[{}]/, what: 'an expression in braces ({…})', fix: 'remove it; report text is plain text' },
];

/** Named characters an editor may write for the one character MDX would misread. */
const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&' };

/**
 * Plain text of a half and the figures it marks with <F id="...">…</F>, and
 * the first thing in it that is not text, at its offset in `inner`.
 */
function readHalf(inner: string): {
  text: string;
  refs: FigureRef[];
  breaks: number[];
  stray: { offset: number; what: string; fix: string; found: string } | null;
} {
  const refs: FigureRef[] = [];
  const text = inner
    .replace(/<F\s+id="([^"]*)"\s*>([\s\S]*?)<\/F>/g, (_, id: string, phrase: string) => {
      refs.push({ id, text: phrase });
      return phrase;
    })
    .replace(SENTENCE_TAG, BREAK_MARK);
  // The <F> and <S /> tags blanked to spaces of their own length, so offsets stay those of the file.
  const blanked = inner.replace(/<F\s+id="[^"]*"\s*>|<\/F>|<S\s*\/>/g, (tag) => ' '.repeat(tag.length));
  let stray: { offset: number; what: string; fix: string; found: string } | null = null;
  for (const rule of NOT_TEXT) {
    const found = rule.pattern.exec(blanked);
    if (found && (!stray || found.index < stray.offset)) stray = { offset: found.index, what: rule.what, fix: rule.fix, found: found[0].trim() };
  }
  const marked = text.trim().replace(/&(lt|gt|amp);/g, (entity) => ENTITIES[entity]);
  // Where each <S /> stood in the plain text: the sentence breaks an editor wrote.
  const breaks: number[] = [];
  const plain = marked.split(BREAK_MARK).reduce((done, piece, i) => {
    if (i > 0) breaks.push(done.length);
    return done + piece;
  }, '');
  return { text: plain, refs, breaks, stray };
}

/** An editor's sentence break in a half, and what stands for it while the text is read. */
const SENTENCE_TAG = /<S\s*\/>/g;
const BREAK_MARK = '\u0000';

/**
 * The side-by-side view pairs the n-th sentence of each half: both halves need
 * as many. Says where they part, and how an editor mends it, or null.
 */
export function sentenceMismatch(block: Pick<Block, 'kind' | 'id' | 'text' | 'breaks'>): string | null {
  if (!block.text.en || !block.text.zh) return null;
  const [en, zh] = LANGS.map((lang) => sentencesOf(block.text[lang], lang, block.breaks[lang]));
  if (en.length === zh.length) return null;
  const show = (sentences: string[]) => sentences.map((s, i) => `${i + 1}. "${s.trim().slice(0, 40)}${s.trim().length > 40 ? '…' : ''}"`).join(' ');
  return (
    `${block.kind} "${block.id}" has ${en.length} English sentences and ${zh.length} Chinese ones, but they are shown side by side one to one. ` +
    `Where a sentence of the half with fewer should be cut in two, write <S /> just after its end. English: ${show(en)} Chinese: ${show(zh)}`
  );
}

/** What each front-matter key takes, in an editor's words (the schema's own words are a programmer's). */
function expectedForm(key: string): string {
  if (key === 'order') return 'a whole number above 0, the part\'s place in the report (1, 2, 3…)';
  if (key === 'pillars') return 'a list of one or more ESG pillars in brackets, such as [E] or [S, G]';
  if (/^pillars\.\d+$/.test(key)) return 'E, S or G';
  if (key === 'titleIsReportText') return 'true (the title is the report\'s own heading) or false';
  if (/^(title|summary)\.(en|zh)$/.test(key)) return 'text in quotes';
  if (key === 'title' || key === 'summary') return 'two lines under it, "en:" and "zh:", each with text in quotes';
  return 'the form another part in content/sections/ uses';
}

/** Parses one section file; problems go to `errors` prefixed with the file name. */
export function parseSection({ file, source }: SourceFile, errors: string[]): ParsedSection | null {
  const fail = (message: string, at = '1:1') => errors.push(`${file}:${at}: ${message}`);
  const parts = splitFrontMatter(source);
  if (!parts) {
    fail('no front matter: the file must start with a line "---", then order, pillars, title, titleIsReportText and summary, then "---"');
    return null;
  }
  let raw: unknown;
  try {
    raw = loadYaml(parts.yaml);
  } catch (error) {
    // js-yaml counts lines from the front matter's first line; the file has "---" above it.
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message.split('\n')[0];
    fail(`the front matter is not valid YAML (${reason}); check quotes, colons and indentation on this line`, mark ? `${mark.line + 2}:${mark.column + 1}` : '1:1');
    return null;
  }
  const checked = sectionSchema.safeParse(raw);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const key = issue.path.join('.');
      const unknown = issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys : [];
      const top = String(issue.path[0] ?? unknown[0] ?? '');
      const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
      const message = unknown.length
        ? `the front matter has ${unknown.map((k) => `"${k}"`).join(', ')}, which a part does not take; correct the name (order, pillars, title, titleIsReportText, summary) or remove it`
        : missing
          ? `the front matter has no "${key}"; add it (see another part in content/sections/ for the form)`
          : !key
            ? `the front matter is not a list of keys and values (${issue.message})`
            : `the front matter's "${key}" is wrong: expected ${expectedForm(key)}, found ${foundValue(raw, issue.path)}`;
      fail(message, top ? `${keyLine(parts.yaml, top)}:1` : '1:1');
    }
    return null;
  }
  const bodyStart = source.length - parts.body.length;

  const blocks: Block[] = [];
  const blockPattern = /<(Pair|ReportImage)\b([^>]*)>([\s\S]*?)<\/\1>/g;
  let rest = parts.body;
  for (const match of parts.body.matchAll(blockPattern)) {
    rest = rest.replace(match[0], '');
    const at = lineColumn(source, bodyStart + match.index);
    const kind = match[1] as Block['kind'];
    const nested = /<(Pair|ReportImage)\b/.exec(match[3]);
    if (nested) {
      const next = lineColumn(source, bodyStart + match.index + match[0].indexOf(match[3]) + nested.index);
      fail(`this <${kind}> is not closed before the next <${nested[1]}> at line ${next.split(':')[0]}: add </${kind}> after its <Zh> half`, at);
      rest = rest.replace(match[0].slice(0, match[0].indexOf(match[3]) + nested.index), '');
      continue;
    }
    const attrs = parseAttributes(match[2]);
    const id = attrs.id ?? '';
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
      fail(`<${kind}> needs an id of lower-case words joined by hyphens, found "${id}"`, at);
      continue;
    }
    if (kind === 'ReportImage' && !(ARTWORKS as readonly string[]).includes(attrs.art ?? '')) {
      fail(`<ReportImage id="${id}"> has art="${attrs.art ?? ''}"; expected one of ${ARTWORKS.join(', ')}`, at);
    }
    const block: Block = { kind, id, at, art: attrs.art, text: { en: '', zh: '' }, refs: { en: [], zh: [] }, breaks: { en: [], zh: [] } };
    let inner = match[3];
    for (const lang of LANGS) {
      const tag = HALF_TAG[lang];
      const halves = [...inner.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))];
      if (halves.length === 0) {
        fail(`${kind} "${id}" has no ${HALF_NAME[lang]} half: add <${tag}>…</${tag}> with the report's ${HALF_NAME[lang]} text inside the <${kind}>`, at);
        continue;
      }
      if (halves.length > 1) fail(`${kind} "${id}" has ${halves.length} ${HALF_NAME[lang]} halves; expected one`, at);
      const half = readHalf(halves[0][1]);
      const halfStart = bodyStart + match.index + match[0].indexOf(match[3]) + match[3].indexOf(halves[0][0]) + tag.length + 2;
      if (!half.text) fail(`${kind} "${id}" has an empty ${HALF_NAME[lang]} half`, at);
      if (half.stray) {
        fail(
          `the ${HALF_NAME[lang]} half of "${id}" has ${half.stray.what}: "${half.stray.found}". Report text is plain text: ${half.stray.fix}`,
          lineColumn(source, halfStart + half.stray.offset),
        );
      }
      block.text[lang] = half.text;
      block.refs[lang] = half.refs;
      block.breaks[lang] = half.breaks;
      for (const h of halves) inner = inner.replace(h[0], '');
    }
    if (inner.trim()) fail(`${kind} "${id}" has text outside its <En> and <Zh> halves: "${inner.trim().slice(0, 60)}"`, at);
    blocks.push(block);
  }
  const leftover = rest.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').trim();
  if (leftover) {
    const offset = parts.body.indexOf(leftover.slice(0, 20));
    fail(`text outside any <Pair> or <ReportImage>: "${leftover.slice(0, 60)}" (every paragraph needs both languages)`, offset < 0 ? '1:1' : lineColumn(source, bodyStart + offset));
  }
  return { file, slug: slugOf(file), data: checked.data, blocks };
}

/**
 * Checks all sections against each other and against the figures data.
 * Returns the parsed sections (in reading order) and every problem found.
 */
export function checkContent(
  files: SourceFile[],
  figuresData: DataEntries,
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
        errors.push(`${section.file}:${block.at}: the id "${block.id}" is already used at ${other.section.file}:${other.block.at}; give this paragraph an id of its own`);
        continue;
      }
      if (sections.some((s) => s.slug === block.id)) {
        errors.push(`${section.file}:${block.at}: id "${block.id}" is also a section's name; choose another`);
      }
      blockHome.set(block.id, { block, section });
      const problem = sentenceMismatch(block);
      if (problem) errors.push(`${section.file}:${block.at}: ${problem}`);
    }
  }

  // A paragraph a broken file would have held is not reported missing again.
  const sectionsBroken = errors.length > 0;
  const checked = validEntries(figuresData, figureSchema, 'figure', errors);
  const figures: Figure[] = checked.map(({ entry }) => entry);
  const figureAt = new Map(checked.map(({ entry, index }) => [entry.id, (key: string) => figuresData.at([index, key])]));
  const figureIds = new Set(figuresData.entries.map((input) => (input as { id?: unknown })?.id).filter((id): id is string => typeof id === 'string'));

  for (const figure of figures) {
    const home = blockHome.get(figure.paragraph);
    if (!home) {
      if (!sectionsBroken) errors.push(`${figureAt.get(figure.id)!('paragraph')}: figure "${figure.id}" names paragraph "${figure.paragraph}", which no section has`);
      continue;
    }
    if (home.section.slug !== figure.section) {
      errors.push(
        `${figureAt.get(figure.id)!('section')}: figure "${figure.id}" says section "${figure.section}" but its paragraph is in ${home.section.file}`,
      );
    }
    for (const lang of LANGS) {
      const text = home.block.text[lang];
      // A missing half is reported once, where it is found, not again for each figure.
      if (!text) continue;
      const phrase = figure.phrase[lang];
      if (!text.includes(phrase)) {
        errors.push(
          `${home.section.file}:${home.block.at}: figure "${figure.id}" phrase "${phrase}" is not in the ${HALF_NAME[lang]} half of "${figure.paragraph}"`,
        );
      } else if (!home.block.refs[lang].some((r) => r.id === figure.id)) {
        errors.push(
          `${home.section.file}:${home.block.at}: figure "${figure.id}" is not marked in the ${HALF_NAME[lang]} half of "${figure.paragraph}": wrap "${phrase}" in <F id="${figure.id}">`,
        );
      }
      for (const q of figure.qualifiers) {
        if (!text.includes(q.words[lang])) {
          errors.push(
            `${home.section.file}:${home.block.at}: figure "${figure.id}" qualifier "${q.words[lang]}" is not in the ${HALF_NAME[lang]} half of "${figure.paragraph}"`,
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
              errors.push(`${section.file}:${block.at}: <F id="${ref.id}"> in "${block.id}" names an unknown figure (not in ${figuresData.file})`);
            }
            continue;
          }
          if (figure.paragraph !== block.id) {
            errors.push(`${section.file}:${block.at}: <F id="${ref.id}"> stands in "${block.id}" but the figure belongs to "${figure.paragraph}"`);
          } else if (ref.text !== figure.phrase[lang]) {
            errors.push(
              `${section.file}:${block.at}: <F id="${ref.id}"> wraps "${ref.text}" but the figure's ${HALF_NAME[lang]} phrase is "${figure.phrase[lang]}"`,
            );
          }
        }
      }
    }
  }

  // Once each: the same problem found in both halves (an unknown <F id> in each) is one thing to fix.
  return { sections, figures, errors: [...new Set(errors)] };
}
