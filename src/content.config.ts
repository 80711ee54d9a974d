import { defineCollection } from 'astro:content';
import { chartSchema } from './lib/charts';
import { reportContentPaths } from './lib/content-check';
import { figureSchema } from './lib/figures';
import { fileOrder, reportData, reportSections } from './lib/report-loader';
import { sectionSchema } from './lib/section-schema';

// content/ holds the report; tests point these at fixtures (REPORT_FIGURES_FILE) to prove the build refuses broken content.
const paths = reportContentPaths();

export const collections = {
  sections: defineCollection({ loader: reportSections(paths), schema: sectionSchema }),
  figures: defineCollection({ loader: reportData('figure', paths.figures, figureSchema), schema: figureSchema.extend(fileOrder) }),
  charts: defineCollection({ loader: reportData('chart', paths.charts, chartSchema), schema: chartSchema.extend(fileOrder) }),
};
