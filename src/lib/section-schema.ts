import { z } from 'astro/zod';
import { bilingual } from './figures';

export const PILLARS = ['E', 'S', 'G'] as const;
export type Pillar = (typeof PILLARS)[number];

/** Front matter of a report part in content/sections/. */
export const sectionSchema = z
  .object({
    order: z.number().int().positive(),
    pillars: z.array(z.enum(PILLARS)).min(1),
    /** The part's heading; when `titleIsReportText`, it is the report's own heading, verbatim. */
    title: bilingual,
    titleIsReportText: z.boolean(),
    /** One line on what the part covers, written for this site (not report text). */
    summary: bilingual,
  })
  .strict();

export type SectionData = z.infer<typeof sectionSchema>;
