/**
 * One flight (issue 14): a page fetches its HTML, the one stylesheet and one small script; the code of
 * each part loads as the reader reaches for it (src/scripts/on-demand.ts), and a click that comes first
 * waits for it. Without that code, a click does what it does without JavaScript.
 */
import type { Page, Request } from '@playwright/test';
import { test, expect } from './fixtures';

const SECTION = 'en/sections/climate-resilience/';
const chunk = (name: string) => new RegExp(`/_astro/${name}\\.[\\w-]+\\.js$`);

/** Every request the page makes from now on, but the icon. */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => {
    if (!request.url().endsWith('/favicon.svg')) requests.push(request);
  });
  return requests;
}

/** The requests' paths, after the site's base. */
const paths = (requests: Request[]) => requests.map((r) => new URL(r.url()).pathname.replace(/^.*?\/(_astro|en|zh|en-zh|pagefind|search)\//, '$1/'));

for (const [device, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  test(`${device}: a section page fetches its HTML, the stylesheet and one script, and nothing more before the reader acts`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const requests = recordRequests(page);
    await page.goto(SECTION);
    await page.waitForLoadState('networkidle');
    expect(requests.map((r) => r.resourceType()).sort(), paths(requests).join('\n')).toEqual(['document', 'script', 'stylesheet']);
  });
}

test('each part\'s code comes as the reader reaches for it: search, the view links, a passage link, a chart', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const requests = recordRequests(page);
  await page.goto(SECTION);
  await page.waitForLoadState('networkidle');
  const fetched = (pattern: RegExp) => requests.some((r) => pattern.test(r.url()));

  await page.locator('[data-search-open]').hover();
  // The search control's code, its dialog with the dialog's styles, and (the pointer being over it) the search.
  await expect.poll(() => fetched(chunk('site-search'))).toBe(true);
  await expect.poll(() => fetched(/\/en\/search-dialog\/$/)).toBe(true);
  await expect.poll(() => fetched(/\/_astro\/search-dialog\.[\w-]+\.css$/)).toBe(true);
  await expect.poll(() => fetched(chunk('search'))).toBe(true);
  expect(fetched(chunk('view-toggle'))).toBe(false);

  await page.locator('[data-view-link="zh"]').hover();
  await expect.poll(() => fetched(chunk('view-toggle'))).toBe(true);

  expect(fetched(chunk('passage-links'))).toBe(false);
  await page.locator('[data-passage-link]').first().focus();
  await expect.poll(() => fetched(chunk('passage-links'))).toBe(true);

  expect(fetched(chunk('charts'))).toBe(false);
  expect(fetched(chunk('chart-render'))).toBe(false);
  const chart = page.locator('report-chart [data-chart]').first();
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-drawn', '');
  expect(fetched(chunk('charts'))).toBe(true);
});

test('a click that comes before its code waits for it, then does what the code does', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // A slow connection: the view links' code takes a second to arrive.
  await page.route(chunk('view-toggle'), async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  await page.goto(SECTION);
  await page.locator('#cr-green-electricity').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  // Focus brings the code; Enter comes before it has arrived.
  await page.locator('[data-view-link="zh"]').focus();
  await page.keyboard.press('Enter');
  // The built link has no #paragraph: only the code, run for this very click, sends the reader's place along.
  await expect(page).toHaveURL(/\/zh\/sections\/climate-resilience\/#cr-green-electricity$/);
});

test('what the reader types straight after "/", while search is on its way, is the query', async ({ page }) => {
  // The search control's code and its dialog take half a second to arrive; the reader does not wait.
  for (const slow of [chunk('site-search'), /\/en\/search-dialog\/$/]) {
    await page.route(slow, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await route.continue();
    });
  }
  await page.goto('en/');
  await page.keyboard.press('/');
  await page.keyboard.type('ISO 50001');
  await expect(page.locator('#search-input')).toBeFocused();
  await expect(page.locator('#search-input')).toHaveValue('ISO 50001');
  await expect(page.locator('#search-results [role=option]').first()).toHaveAttribute('href', /#cr-factory-efficiency$/);
  // Once open, keys go to the box as usual.
  await page.keyboard.type(' x');
  await expect(page.locator('#search-input')).toHaveValue('ISO 50001 x');
});

test.describe('code that cannot load', () => {
  test.use({ expectedConsoleError: /ERR_FAILED|Failed to fetch|dynamically imported module|status of 503/ });

  test('a view link is followed as it is without JavaScript', async ({ page }) => {
    await page.route(chunk('view-toggle'), (route) => route.abort());
    await page.goto(SECTION);
    await page.locator('[data-view-link="zh"]').click();
    await expect(page).toHaveURL(/\/zh\/sections\/climate-resilience\/$/);
  });

  for (const [what, pattern] of [
    ['the search control\'s code', chunk('site-search')],
    ['the search dialog', /\/en\/search-dialog\/$/],
    ['the search dialog\'s styles', /\/_astro\/search-dialog\.[\w-]+\.css$/],
  ] as const) {
    test(`without ${what}, the search control leads to the key figures; the next approach tries again`, async ({ page }) => {
      await page.route(pattern, (route) => route.fulfill({ status: 503, body: '' }));
      await page.goto(SECTION);
      await page.locator('[data-search-open]').click();
      await expect(page).toHaveURL(/\/en\/figures\/$/);
      await page.unroute(pattern);
      await page.goBack();
      await page.locator('[data-search-open]').click();
      await expect(page.locator('[data-search-dialog]')).toBeVisible();
      await expect(page.locator('#search-input')).toBeFocused();
    });
  }
});
