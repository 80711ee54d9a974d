// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { searchIndex } from './src/integrations/search-index';

// Deploying under a sub-path (https://example.org/reports/esg-2025/): set BASE_PATH=/reports/esg-2025
// and SITE_URL=https://example.org when building.
// Always with its final slash: Astro hands the base on as given, and every path the site writes joins onto it.
const base = (process.env.BASE_PATH || '/').replace(/\/?$/, '/');
// Without SITE_URL there is no absolute address to give: canonical, hreflang, og:url and the
// sitemap are left out rather than filled with a made-up domain (said once per build, not in dev or preview).
const site = process.env.SITE_URL || undefined;

export default defineConfig({
  site,
  base,
  // Tests build under a sub-path into another folder.
  outDir: process.env.OUT_DIR || './dist',
  // 'ignore', so that astro preview serves /en as /en/ (boot.js then adds the slash); every link the site writes ends in one.
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // 'jsx' (the default) can glue a word to the inline element after it; true keeps the space.
  compressHTML: true,
  // The report's quotation marks are reproduced as published, never "smartened".
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  integrations: [
    {
      name: 'site-address',
      hooks: {
        'astro:build:start': ({ logger }) => {
          if (!site) logger.info('SITE_URL is not set: building without canonical, hreflang and og:url links or a sitemap. Set SITE_URL=https://… to add them.');
        },
      },
    },
    mdx(),
    searchIndex(),
    ...(site ? [sitemap({ filter: (page) => !page.endsWith('/404/') && !page.endsWith('/search-dialog/') })] : []),
  ],
  // Every script a file of its own (assetsInlineLimit: 0): the Content-Security-Policy allows inline only the scripts
  // before the first paint, by their hashes (src/lib/boot-script.ts).
  vite: {
    plugins: [
      tailwindcss(),
      {
        // Vite wraps each import() in a helper that fetches the imported chunk's CSS and shared chunks alongside it
        // (0.6 kB gzip in every page's first script, with the list of those chunks). Here no chunk loaded on demand has
        // CSS (one stylesheet serves every page), and the browser fetches a chunk's own imports anyway: nothing is
        // preloaded, and the helper only loads. Astro sets the browser build's modulePreload itself, hence here.
        name: 'plain-dynamic-imports',
        enforce: 'pre',
        applyToEnvironment: (environment) => environment.name === 'client',
        configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
        load: (id) => (id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : undefined),
      },
    ],
    build: {
      assetsInlineLimit: 0,
      // Paged.js with its CSS parser (about 500 kB, 100 kB gzip) loads only when the whole excerpt is printed;
      // tests/budgets.ts holds it to its size, so the generic warning would only be noise.
      chunkSizeWarningLimit: 600,
      rollupOptions: {
        // Astro marks MDX that propagates head content with "use astro:head-inject"; the bundler warns that it
        // drops the directive, once per MDX file, though Astro has already read it (withastro/astro#18087).
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
