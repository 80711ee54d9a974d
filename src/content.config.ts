import { readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { figures } from '../content/figures';
import { charts } from '../content/charts';
import { reportSections } from './lib/report-loader';
import { sectionSchema } from './lib/section-schema';
import { PUBLISHED_TEXT_FILE } from './lib/published-text';

// Tests point these at fixtures (sections, and figures as JSON) to prove the build refuses broken content.
const fixtureFigures = process.env.REPORT_FIGURES_JSON;
const sections = defineCollection({
  loader: reportSections(
    fixtureFigures
      ? { base: process.env.REPORT_CONTENT_DIR!, figures: JSON.parse(readFileSync(fixtureFigures, 'utf8')), charts: [] }
      : { base: process.env.REPORT_CONTENT_DIR || './content/sections', figures, charts, published: readFileSync(PUBLISHED_TEXT_FILE, 'utf8') },
  ),
  schema: sectionSchema,
});

export const collections = { sections };
