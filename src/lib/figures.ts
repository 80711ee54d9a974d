import { z } from 'astro/zod';
import type { Lang } from './views';

/** A pair of strings, one per language of the report. */
export const bilingual = z.object({ en: z.string().min(1), zh: z.string().min(1) }).strict();
export type Bilingual = z.infer<typeof bilingual>;

/**
 * How the report hedges a figure. `words` are the report's own words for it in
 * each language, so a reader (and a test) can find them in the paragraph.
 */
export const qualifierKinds = ['more-than', 'approximately', 'nearly', 'planned', 'expected'] as const;
export type QualifierKind = (typeof qualifierKinds)[number];

export const qualifierSchema = z
  .object({ kind: z.enum(qualifierKinds), words: bilingual })
  .strict();

export const figureSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens'),
    section: z.string().min(1),
    /** Id of the paragraph pair the figure is stated in. */
    paragraph: z.string().min(1),
    label: bilingual,
    /** Unit of `value`, in each language. */
    unit: bilingual,
    /** The number in `unit`; null where the report gives no number ("hundreds of millions"). */
    value: z.number().finite().nullable(),
    qualifiers: z.array(qualifierSchema),
    /** The time the figure refers to, as the report states it; null where it states none. */
    period: bilingual.nullable(),
    /** The figure exactly as the paragraph writes it, in each language. */
    phrase: bilingual,
  })
  .strict();

export type Figure = z.infer<typeof figureSchema>;

export function figuresOfParagraph(figures: readonly Figure[], paragraph: string): Figure[] {
  return figures.filter((f) => f.paragraph === paragraph);
}

export function figuresOfSection(figures: readonly Figure[], section: string): Figure[] {
  return figures.filter((f) => f.section === section);
}

/** Element id of a figure's card; stable so that search and charts can link to it. */
export function figureAnchor(id: string): string {
  return `figure-${id}`;
}

/** Qualifier words of a figure in one language, e.g. "plans · approximately". */
export function qualifierText(figure: Figure, lang: Lang): string {
  return figure.qualifiers.map((q) => q.words[lang]).join(' · ');
}
