/**
 * Builds the Pagefind index of the pages after `astro build`: the English and
 * Chinese section pages, each in its language's index, so that Chinese is
 * segmented into words. Figures are found by their own index
 * (src/pages/search/figures/, in shards by key, ranked by src/lib/figure-search.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const pages = await index.addDirectory({ path: outDir });
        if (pages.errors.length) throw new Error(`Pagefind: ${pages.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`search index: ${pages.page_count} pages`);
      },
    },
  };
}
