import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { sectionSchema } from './lib/section-schema';

const sections = defineCollection({
  loader: glob({ pattern: '*.mdx', base: process.env.REPORT_CONTENT_DIR || './content/sections' }),
  schema: sectionSchema,
});

export const collections = { sections };
