import { gzipSync } from 'node:zlib';
import { test, expect } from './fixtures';
import { BUDGETS } from '../budgets';
import { UI } from '../../src/lib/ui-text';

async function searchFor(page: import('@playwright/test').Page, query: string) {
  await page.keyboard.press('/');
  const input = page.locator('#search-input');
  await expect(input).toBeFocused();
  await input.fill(query);
  return input;
}

const QUERIES: [view: 'en' | 'zh' | 'en-zh', query: string, figure: string][] = [
  ['en', 'R&D expenses', 'rd-expenses'],
  ['en', 'research and development expenses', 'rd-expenses'],
  ['en', '38,333', 'rto-heat-recovery'],
  ['en', '38333', 'rto-heat-recovery'],
  ['en', 'GJ', 'rto-heat-recovery'],
  ['en', 'gigajoules', 'rto-heat-recovery'],
  ['en', 'recycled aluminium', 'yu7-recycled-aluminum'],
  ['en', 'SU7 aluminum', 'su7-recycled-aluminum'],
  ['en', 'tCO2e', 'logistics-emissions-reduction'],
  ['en', 'green electricity purchased', 'green-electricity-purchased'],
  ['en', 'green electricity trading volume', 'green-electricity-trading-growth'],
  ['en', 'data subject request processing time', 'dsr-processing-time'],
  ['en', 'DSR response rate', 'dsr-response-rate'],
  ['en', 'trade in markets', 'trade-in-markets'],
  ['zh', '再生铝', 'yu7-recycled-aluminum'],
  ['zh', '研发投入', 'rd-expenses'],
  ['zh', '研发费用', 'rd-expenses'],
  ['zh', '吉焦', 'rto-heat-recovery'],
  ['zh', '38,333', 'rto-heat-recovery'],
  ['zh', '二氧化碳', 'logistics-emissions-reduction'],
  ['zh', '光伏', 'factory-photovoltaic-share'],
  ['zh', 'R&D', 'rd-expenses'],
  ['zh', '度电', 'standby-power-saving'],
  ['en', '1.5', 'paris-warming-target'],
  ['en', '15%', 'factory-photovoltaic-share'],
  ['en', '100%', 'iso-certified-facilities'],
  ['en', 'green power', 'green-electricity-purchased'],
  ['en', 'alumnium', 'middle-plate-recyclable'],
  ['en', 'tenfold', 'green-electricity-trading-growth'],
  ['en-zh', '再生铝', 'yu7-recycled-aluminum'],
  ['en-zh', '二手手机', 'trade-in-smartphones-recycled'],
  ['en-zh', '4000万', 'green-electricity-purchased'],
];

test.describe('search for a figure', () => {
  for (const [view, query, figure] of QUERIES) {
    test(`${view}: "${query}" puts ${figure} first, one Enter from its card`, async ({ page }) => {
      await page.goto(`${view}/`);
      const input = await searchFor(page, query);
      const first = page.locator('#search-results [role=option]').first();
      await expect(first).toHaveAttribute('href', new RegExp(`/${view}/sections/[a-z-]+/#figure-${figure}$`));
      const status = page.locator('#search-status');
      await expect(status).toHaveText(/^(1 result|\d+ results|\d+条结果|1条结果)$/);
      if ((await page.locator('#search-results [role=option]').count()) === 1) await expect(status).not.toContainText('results');
      await expect(first).toHaveAttribute('aria-selected', 'true');
      await expect(input).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
      await expect(input).toHaveAttribute('aria-expanded', 'true');
      await input.press('Enter');
      // The home page has cards of its own: wait for the section page itself to load.
      await page.waitForURL(new RegExp(`/sections/[a-z-]+/#figure-${figure}$`));
      const card = page.locator(`#figure-${figure}`);
      await expect(card).toBeInViewport();
      await expect.poll(() => card.evaluate((el) => el.matches(':target'))).toBe(true);
    });
  }

  test('in forced colours the chosen option stands out by its outline, not by colour alone', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto('en/');
    await searchFor(page, 'aluminium');
    const options = page.locator('#search-results [role=option]');
    await expect(options.nth(1)).toBeVisible();
    const outline = (index: number) => options.nth(index).evaluate((el) => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth);
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    expect(await outline(0)).toBe('solid 3px');
    expect(await outline(1)).not.toContain('solid');
    await page.keyboard.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    expect(await outline(1)).toBe('solid 3px');
    expect(await outline(0)).not.toContain('solid');
  });

  test('results come in the view’s language, figures first, then pages grouped by section, with the match marked', async ({ page }) => {
    await page.goto('zh/sections/introduction/');
    await searchFor(page, '再生铝');
    const groups = page.locator('#search-results [role=group]');
    await expect(groups.first()).toContainText('数据');
    await expect(groups.nth(1)).toContainText('绿色产品与循环经济');
    await expect(page.locator('#search-results mark').first()).toBeVisible();
    await expect(page.locator('#search-results [role=option]').first()).toContainText('14.2%');
  });

  test('the side-by-side view opens results side by side', async ({ page }) => {
    await page.goto('en-zh/');
    await searchFor(page, '38333');
    await expect(page.locator('#search-results [role=option]').first()).toHaveAttribute('href', /\/en-zh\/sections\/climate-resilience\/#figure-rto-heat-recovery$/);
  });

  test('filters narrow results by section and by pillar', async ({ page }) => {
    await page.goto('en/');
    await searchFor(page, 'kWh');
    await expect(page.locator('#search-results [role=option]').first()).toBeVisible();
    const hrefs = () => page.locator('#search-results [role=option]').evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
    // Results, and all of them in the sections named: an empty list, or the last query's list, never passes.
    const allIn = (sections: string[]) => async () => {
      const found = await hrefs();
      return found.length > 0 && found.every((h) => sections.some((s) => h.includes(`/sections/${s}/`)));
    };
    await page.locator('[data-search-filter=section]').selectOption('green-products-and-circular-economy');
    await expect.poll(allIn(['green-products-and-circular-economy'])).toBe(true);
    await page.locator('[data-search-filter=section]').selectOption('');
    await page.locator('[data-search-filter=pillar]').selectOption('S');
    await page.locator('#search-input').fill('100%');
    await expect(page.locator('#search-results [role=option]').first()).toHaveAttribute('href', /\/data-security-and-privacy\/#figure-/);
    await expect.poll(allIn(['data-security-and-privacy'])).toBe(true);
    // Pages are filtered too, and every section can be reached by its filter: the closing has no figure.
    await page.locator('[data-search-filter=pillar]').selectOption('');
    await page.locator('[data-search-filter=section]').selectOption('closing');
    await page.locator('#search-input').fill('ecosystem');
    await expect(page.locator('#search-results [role=option]').first()).toHaveAttribute('href', /\/en\/sections\/closing\/\?mark=ecosystem#closing-[a-z-]+$/);
    await expect.poll(allIn(['closing'])).toBe(true);
    await page.locator('[data-search-filter=section]').selectOption('');
    await page.locator('[data-search-filter=pillar]').selectOption('G');
    await page.locator('#search-input').fill('trustworthy');
    await expect.poll(async () => (await hrefs()).some((h) => h.includes('/technology-and-governance/'))).toBe(true);
    await expect.poll(allIn(['introduction', 'technology-and-governance', 'closing'])).toBe(true);
  });

  test('the search control is a button that opens a dialog, with Enter or Space', async ({ page }) => {
    await page.goto('en/');
    const opener = page.locator('[data-search-open]');
    await expect(opener).toHaveAttribute('role', 'button');
    await expect(opener).toHaveAttribute('aria-haspopup', 'dialog');
    await opener.focus();
    await page.keyboard.press('Space');
    await expect(page.locator('#search-input')).toBeFocused();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await expect(page.locator('#search-input')).toBeFocused();
  });

  test('keyboard: Ctrl+K opens, arrows move, Escape closes and gives focus back', async ({ page }) => {
    await page.goto('en/sections/closing/');
    const opener = page.locator('[data-search-open]');
    await opener.focus();
    await page.keyboard.press('Control+k');
    const input = page.locator('#search-input');
    await expect(input).toBeFocused();
    await input.fill('kWh');
    const options = page.locator('#search-results [role=option]');
    await expect(options.nth(1)).toBeVisible();
    await input.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(options.first()).toHaveAttribute('aria-selected', 'false');
    await input.press('ArrowUp');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await input.press('Escape');
    await expect(page.locator('[data-search-dialog]')).toBeHidden();
    await expect(opener).toBeFocused();
  });

  test('no search bytes load before the reader asks, the search\'s own code included', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('en/sections/climate-resilience/');
    await page.waitForLoadState('networkidle');
    const searchCode = (u: string) => /\/_astro\/(search|figure-search)\.[\w-]+\.js$/.test(u);
    expect(requests.filter((u) => u.includes('/pagefind/') || searchCode(u))).toEqual([]);
    await searchFor(page, 'GJ');
    await expect(page.locator('#search-results [role=option]').first()).toBeVisible();
    expect(requests.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
    expect(requests.filter(searchCode)).toHaveLength(2);
  });
});

test.describe('exact codes and numbers', () => {
  test('"ISO 50001" opens the paragraph that names it, not the ISO 27001 figure', async ({ page }) => {
    await page.goto('en/');
    await searchFor(page, 'ISO 50001');
    const first = page.locator('#search-results [role=option]').first();
    await expect(first).toHaveAttribute('href', /\/en\/sections\/climate-resilience\/\?mark=[^#]*#cr-factory-efficiency$/);
    await expect(page.locator('#search-results [role=option][href*="#figure-"]')).toHaveCount(0);
  });

  for (const [query, figure] of [
    ['27701', 'iso-certified-facilities'],
    ['15T', 'middle-plate-recyclable'],
    ['2471', 'logistics-emissions-reduction'],
    ['100W', 'charger-power'],
  ]) {
    test(`"${query}" puts ${figure} first`, async ({ page }) => {
      await page.goto('en/');
      await searchFor(page, query);
      await expect(page.locator('#search-results [role=option]').first()).toHaveAttribute('href', new RegExp(`#figure-${figure}$`));
    });
  }
});

test.describe('a page result lands on the answer', () => {
  for (const [view, query, block, word] of [
    ['en', 'MiTEE', 'ds-mitee', 'MiTEE'],
    ['zh', '隐私', 'ds-trustworthy-commitment', '隐私'],
    ['en-zh', 'MiTEE', 'ds-mitee', 'MiTEE'],
  ] as const) {
    test(`${view}: "${query}" opens its paragraph with the words marked; the marks clear; Back returns`, async ({ page }) => {
      await page.goto(`${view}/sections/climate-resilience/`);
      await page.evaluate(() => window.scrollTo(0, 300));
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(300);
      const before = await page.evaluate(() => window.scrollY);
      await searchFor(page, query);
      const result = page.locator('#search-results [role=option]:not([href*="#figure-"])').first();
      await expect(result).toHaveAttribute('href', new RegExp(`/${view}/sections/[a-z-]+/\\?mark=[^#]+#[a-z0-9-]+$`));
      await page.keyboard.press('ArrowDown');
      await result.click();
      await expect(page).toHaveURL(new RegExp(`/${view}/sections/data-security-and-privacy/\\?mark=`));
      const target = decodeURIComponent(new URL(page.url()).hash.slice(1));
      if (view !== 'zh') expect(target).toBe(block);
      const marks = page.locator(`[id="${target}"] mark.search-hit`);
      await expect(marks.first()).toBeVisible();
      await expect(marks.first()).toHaveText(new RegExp(word, 'i'));
      await expect(marks.first()).toBeInViewport();
      const bar = page.locator('[data-search-hits]');
      await expect(bar).toBeVisible();
      await expect(bar).toContainText(word);
      await bar.getByRole('button').click();
      await expect(page.locator('mark.search-hit')).toHaveCount(0);
      await expect(bar).toBeHidden();
      expect(new URL(page.url()).search).toBe('');
      // The text is as it was: the marks leave no trace in it.
      await page.goBack();
      await expect(page).toHaveURL(new RegExp(`/${view}/sections/climate-resilience/$`));
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(before);
    });
  }

  test('Escape clears the marks, and a hostile mark parameter is shown as text, never run', async ({ page }) => {
    await page.goto(`en/sections/climate-resilience/?mark=${encodeURIComponent('<img src=x onerror="window.__pwned=1">')}&mark=ISO#cr-factory-efficiency`);
    await expect(page.locator('mark.search-hit').first()).toHaveText('ISO');
    await expect(page.locator('[data-search-hits]')).toContainText('<img src=x');
    expect(await page.locator('[data-search-hits] img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.keyboard.press('Escape');
    await expect(page.locator('mark.search-hit')).toHaveCount(0);
  });

  test('marks never print', async ({ page }) => {
    await page.goto('en/sections/climate-resilience/?mark=ISO#cr-factory-efficiency');
    await expect(page.locator('mark.search-hit').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-search-hits]')).toBeHidden();
    await expect(page.locator('mark.search-hit').first()).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  });
});

test.describe('input that would break the dialog', () => {
  test('a 10,000-character paste is cut with a visible note, and the dialog never overflows', async ({ page }) => {
    await page.goto('en/');
    const input = await searchFor(page, 'x'.repeat(10_000));
    await expect(page.locator('[data-search-too-long]')).toBeVisible();
    await expect(page.locator('[data-search-too-long]')).toHaveText('Only the first 200 characters are searched.');
    await expect(page.locator('#search-status')).toContainText('Nothing matches');
    const overflow = await page.locator('[data-search-dialog]').evaluate((dialog) => dialog.scrollWidth - dialog.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await input.fill('GJ');
    await expect(page.locator('[data-search-too-long]')).toBeHidden();
  });

  test('at 320 × 256 CSS px the dialog fits and every control can be reached', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 256 });
    await page.goto('en/');
    await searchFor(page, 'recycled aluminium');
    await expect(page.locator('#search-results [role=option]').first()).toBeVisible();
    const dialog = page.locator('[data-search-dialog]');
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(box.y + box.height).toBeLessThanOrEqual(256);
    expect(await dialog.evaluate((d) => d.scrollWidth - d.clientWidth)).toBeLessThanOrEqual(0);
    for (const control of [page.locator('[data-search-close]'), page.locator('[data-search-filter="section"]'), page.locator('[data-search-filter="pillar"]'), page.locator('#search-results [role=option]').last()]) {
      await control.scrollIntoViewIfNeeded();
      await expect(control).toBeInViewport();
    }
    await page.locator('[data-search-filter="pillar"]').focus();
    await expect(page.locator('[data-search-filter="pillar"]')).toBeInViewport();
  });
});

test('the first query fetches no more than its byte budget', async ({ page }) => {
  await page.goto('zh/');
  const bodies: Promise<number>[] = [];
  page.on('response', (response) => bodies.push(response.body().then((b) => gzipSync(b, { level: 9 }).length, () => 0)));
  await searchFor(page, '再生铝');
  await expect(page.locator('#search-results [role=option]').first()).toBeVisible();
  const bytes = (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
  console.log('first query gzip bytes:', bytes);
  expect(bytes).toBeGreaterThan(0);
  expect(bytes).toBeLessThanOrEqual(BUDGETS.searchFirstQuery);
});

test.describe('hostile input', () => {
  const HOSTILE = [
    '<img src=x onerror="window.__pwned=1">',
    '<script>window.__pwned=1</script>',
    '.*+?^${}()|[]\\',
    'x'.repeat(5000),
    '🌱🔥 再生铝 🧪',
    'a\uD800b',
    '     ',
    '"><svg onload=window.__pwned=1>',
  ];
  test('raises no error, runs nothing and shows the query only as text', async ({ page }) => {
    await page.goto('en/');
    const input = await searchFor(page, 'warm-up');
    for (const query of HOSTILE) {
      await input.fill(query);
      await page.waitForTimeout(400);
      await expect(page.locator('#search-status')).not.toHaveText(/Searching/);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('#search-results img, #search-results script, #search-results svg').count()).toBe(0);
    }
    await input.fill('<b>zzqx</b>');
    await expect(page.locator('#search-status')).toContainText('<b>zzqx</b>');
    await expect(page.locator('#search-status a')).toHaveAttribute('href', /\/en\/figures\/$/);
    expect(await page.locator('#search-status b').count()).toBe(0);
  });
});

test.describe('with no index (as under "astro dev")', () => {
  test.use({ expectedConsoleError: /status of 404|ERR_FAILED|Failed to fetch/ });
  test('search says so plainly and offers the key figures', async ({ page }) => {
    await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.route('**/search/figures/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto('en/');
    await searchFor(page, 'GJ');
    await expect(page.locator('#search-status')).toContainText('Search could not load. Check your connection and try again');
    await expect(page.locator('#search-status a')).toHaveAttribute('href', /\/en\/figures\/$/);
  });

  test('when only one index loads, results come from it and the message says which', async ({ page }) => {
    await page.route('**/search/figures/**', (route) => route.abort());
    await page.goto('en/');
    await searchFor(page, 'MiTEE');
    await expect(page.locator('#search-status')).toContainText('Only pages could be searched');
    await expect(page.locator('#search-results [role=option]').first()).toBeVisible();
  });

  test('with figures only, pages missing, the figures still answer', async ({ page }) => {
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto('zh/');
    await searchFor(page, '再生铝');
    await expect(page.locator('#search-status')).toContainText('目前只能搜索数据');
    await expect(page.locator('#search-results [role=option]').first()).toHaveAttribute('href', /#figure-yu7-recycled-aluminum$/);
  });

  test('the search\'s own code failing to load is said, and tried again at the next opening', async ({ page }) => {
    await page.route(/\/_astro\/search\.[\w-]+\.js$/, (route) => route.abort());
    await page.goto('en/');
    await searchFor(page, 'GJ');
    await expect(page.locator('#search-status')).toContainText('Search could not load');
    await page.unroute(/\/_astro\/search\.[\w-]+\.js$/);
    await page.keyboard.press('Escape');
    await page.locator('[data-search-open]').click();
    await expect(page.locator('[role="option"]').first()).toBeVisible();
  });

  test('a failed load is tried again when the connection returns', async ({ page }) => {
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.route('**/search/figures/**', (route) => route.abort());
    await page.goto('en/');
    await searchFor(page, 'GJ');
    await expect(page.locator('#search-status')).toContainText('Search could not load');
    await page.unroute('**/pagefind/**');
    await page.unroute('**/search/figures/**');
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect(page.locator('#search-status')).not.toContainText('Search could not load');
    await expect(page.locator('[role="option"]').first()).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search control says what it offers and leads to the key figures, which list every figure', async ({ page, request }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('zh/sections/closing/');
    const control = page.locator('[data-search-open]');
    await expect(control).toHaveAccessibleName('查找数据');
    await control.click();
    await expect(page).toHaveURL(/\/zh\/figures\/$/);
    const { figures }: { figures: { id: string; phrase: { zh: string } }[] } = await (await request.get('data/figures.json')).json();
    expect(figures.length).toBeGreaterThan(20);
    for (const figure of figures) await expect(page.locator(`[id="figure-${figure.id}"]`), figure.id).toContainText(figure.phrase.zh);
  });
});

test('the index holds the report, not the page’s controls: no page’s text has "Copy link", "Print", "Table" or "Download"', async ({ page }) => {
  const controls = { en: [UI.copyLink.en, UI.print.en, UI.showTable.en, UI.downloadData.en, UI.columnStated.en], zh: [UI.copyLink.zh, UI.print.zh, UI.showTable.zh, UI.downloadData.zh, UI.columnStated.zh] };
  for (const [view, word] of [['en', 'Xiaomi'], ['zh', '小米']] as const) {
    await page.goto(`${view}/`);
    const contents: string[] = await page.evaluate(async ([base, term]) => {
      const pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
      await pagefind.init();
      const { results } = await pagefind.search(term);
      return Promise.all(results.map(async (r: { data(): Promise<{ content: string }> }) => (await r.data()).content));
    }, [new URL(page.url()).pathname.replace(/(en|zh)\/$/, ''), word]);
    expect(contents.length, view).toBeGreaterThan(3);
    for (const content of contents) for (const control of controls[view]) expect(content).not.toContain(control);
  }
});

test('the Chinese index holds Chinese words, segmented, and its pages are found by them', async ({ page, request }) => {
  const entry = await (await request.get('pagefind/pagefind-entry.json')).json();
  expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
  await page.goto('zh/');
  const found = await page.evaluate(async (base) => {
    const pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
    await pagefind.init();
    const pages = async (term: string) => {
      const { results } = await pagefind.search(term);
      const data = await Promise.all(results.map((r: { data(): Promise<{ url: string; meta: Record<string, string>; excerpt: string }> }) => r.data()));
      return data.filter((d) => d.meta.type !== 'figure').map((d) => ({ url: d.url, excerpt: d.excerpt }));
    };
    return { aluminium: await pages('再生铝'), tradeIn: await pages('以旧换新'), english: await pages('aluminum') };
  }, new URL(page.url()).pathname.replace(/zh\/$/, ''));
  // Words inside unbroken Chinese text are found: the text was segmented at build time.
  expect(found.aluminium[0].url).toMatch(/\/zh\/sections\/green-products-and-circular-economy\/$/);
  // The match is marked inside a run of Chinese with no spaces: 再生 and 铝 were indexed as words.
  expect(found.aluminium[0].excerpt).toMatch(/<mark>再生<\/mark><mark>铝<\/mark>|<mark>再生铝<\/mark>/);
  expect(found.tradeIn[0].url).toMatch(/green-products-and-circular-economy/);
  // The Chinese index holds the Chinese pages only.
  expect(found.english).toEqual([]);
});
