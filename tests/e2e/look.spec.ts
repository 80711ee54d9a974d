/**
 * How the site looks, held against baselines (tests/e2e/look.spec.ts-snapshots/): the home page, a section at its chart,
 * the key figures, the whole excerpt's first screen and the open search dialog, in every view, light and dark, desktop
 * and phone. A change of style shows here as a difference to look at: keep it (`npx playwright test look
 * --update-snapshots`) only if it improves the page.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { VIEWS } from '../../src/lib/views';

/**
 * The Chromium the baselines were taken with. Another build draws text a pixel apart, which is not a change of style:
 * there the comparison is skipped, saying so, until the baselines are taken again with that browser.
 */
const BASELINE_CHROMIUM = readFileSync(new URL('look.spec.ts-snapshots/chromium-version.txt', import.meta.url), 'utf8').trim();

const DEVICES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;

const SCREENS = {
  home: { go: (view: string) => `${view}/` },
  chart: { go: (view: string) => `${view}/sections/climate-resilience/` },
  figures: { go: (view: string) => `${view}/figures/` },
  report: { go: (view: string) => `${view}/report/` },
  search: { go: (view: string) => `${view}/` },
} as const;

test.describe.configure({ mode: 'parallel' });
// Motion off: Chart.js then draws at once, and nothing is caught halfway.
test.use({ reducedMotion: 'reduce' });

for (const view of VIEWS) {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [device, viewport] of Object.entries(DEVICES)) {
      for (const [name, screen] of Object.entries(SCREENS)) {
        test(`${name}, ${view}, ${scheme}, ${device}`, async ({ page, browser }) => {
          test.skip(
            browser.version() !== BASELINE_CHROMIUM,
            `baselines are of Chromium ${BASELINE_CHROMIUM}, this is ${browser.version()}: take them again (--update-snapshots), look at every difference, and write the version in chromium-version.txt`,
          );
          await page.setViewportSize(viewport);
          await page.emulateMedia({ colorScheme: scheme });
          await page.goto(screen.go(view));
          if (name === 'chart') {
            const chart = page.locator('[data-chart]').first();
            await chart.scrollIntoViewIfNeeded();
            await expect(chart).toHaveAttribute('data-drawn', '');
          }
          if (name === 'search') {
            await page.locator('[data-search-open]').click();
            await expect(page.locator('[data-search-dialog]')).toBeVisible();
          }
          await expect(page).toHaveScreenshot(`${name}-${view}-${scheme}-${device}.png`, {
            // Anti-aliasing may differ by a pixel here and there between runs; a change of style moves far more.
            maxDiffPixelRatio: 0.004,
          });
        });
      }
    }
  }
}
