/**
 * Builds the Pagefind index after `astro build`: the English and Chinese
 * section pages (each in its language's index, so Chinese is segmented into
 * words), plus one record per figure per language that leads to its card.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { Figure } from '../lib/figures';
import { figureAnchor } from '../lib/figures';
import { figureSearchContent } from '../lib/search-records';
import { LANG_TAG, LANGS, viewPath } from '../lib/views';

export interface SearchSection {
  id: string;
  title: { en: string; zh: string };
  pillars: string[];
}

export function searchIndex(options: {
  figures: Figure[];
  aliases: string[][];
  sections: () => SearchSection[];
}): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const pages = await index.addDirectory({ path: outDir });
        if (pages.errors.length) throw new Error(`Pagefind: ${pages.errors.join('; ')}`);
        const sections = new Map(options.sections().map((s) => [s.id, s]));
        for (const figure of options.figures) {
          const section = sections.get(figure.section)!;
          for (const lang of LANGS) {
            const added = await index.addCustomRecord({
              // Site-relative, like the pages' URLs: the browser adds the base path (see search.ts).
              url: `${viewPath('/', lang, `sections/${figure.section}/`)}#${figureAnchor(figure.id)}`,
              content: figureSearchContent(figure, lang, options.aliases),
              language: LANG_TAG[lang].toLowerCase(),
              meta: {
                title: figure.label[lang],
                type: 'figure',
                figure: figure.id,
                value: figure.phrase[lang],
                section: section.title[lang],
              },
              filters: { section: [section.title[lang]], pillar: section.pillars },
            });
            if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
          }
        }
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`search index: ${pages.page_count} pages and ${options.figures.length * 2} figure records`);
      },
    },
  };
}
