/** Nothing leaves the site: no request to another origin, no cookie, on any page. */
import { test, expect } from './fixtures';
import { ALL_VIEW_PAGES } from '../helpers/pages';

test('every page, with its charts drawn and a search made, asks only its own origin and sets no cookie', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') elsewhere.push(request.url());
  });
  for (const path of [...ALL_VIEW_PAGES, './']) {
    await page.goto(path);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
  }
  await page.goto('en/');
  await page.keyboard.press('/');
  await page.locator('#search-input').fill('GJ');
  await expect(page.locator('#search-results [role=option]').first()).toBeVisible();
  expect(elsewhere).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
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
