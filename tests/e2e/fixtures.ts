import { test as base, expect } from '@playwright/test';

/** A page that fails the test on any console error or uncaught exception. */
export const test = base.extend<{ problems: string[]; expectedConsoleError: RegExp | null }>({
  /** Console errors a test expects (the 404 page's own status, say). */
  expectedConsoleError: [null, { option: true }],
  problems: [
    async ({ page, expectedConsoleError }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        if (expectedConsoleError?.test(message.text())) return;
        problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      await use(problems);
      expect(problems, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
