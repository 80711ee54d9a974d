/** Nothing leaves the site: no request to another origin, no cookie, on any page. */
import { test, expect } from './fixtures';
import { ALL_VIEW_PAGES } from '../helpers/pages';

test.describe.configure({ mode: 'parallel' });

/** Fails the test on any request the page makes off the site's own origin. */
function watchOrigin(page: import('@playwright/test').Page, baseURL: string | undefined): string[] {
  const origin = new URL(baseURL!).origin;
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') elsewhere.push(request.url());
  });
  return elsewhere;
}

for (const path of [...ALL_VIEW_PAGES, './']) {
  test(`${path}, with its charts drawn, asks only its own origin and sets no cookie`, async ({ page, context, baseURL }) => {
    const elsewhere = watchOrigin(page, baseURL);
    await page.goto(path);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(elsewhere).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });
}

test('a search asks only the site and sets no cookie', async ({ page, context, baseURL }) => {
  const elsewhere = watchOrigin(page, baseURL);
  await page.goto('en/');
  await page.keyboard.press('/');
  await page.locator('#search-input').fill('GJ');
  await expect(page.locator('#search-results [role=option]').first()).toBeVisible();
  expect(elsewhere).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});

test('every page carries a Content-Security-Policy that allows scripts only from the site', async ({ page }) => {
  for (const path of ['en/', 'zh/sections/climate-resilience/', 'en-zh/figures/']) {
    await page.goto(path);
    const csp = await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("object-src 'none'");
  }
});
