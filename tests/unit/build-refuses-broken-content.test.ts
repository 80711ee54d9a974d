/** The real build, pointed at a broken fixture, stops and names the file and the problem. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content';

describe('astro build on broken content', () => {
  it('fails naming the file and what is wrong', () => {
    const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', 'test-results/broken-build'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', REPORT_CONTENT_DIR: 'tests/fixtures/content/broken/missing-zh' },
      timeout: 120_000,
    });
    const output = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(output).toContain('tests/fixtures/content/broken/missing-zh/sample.mdx: Pair "sample-pair" has no Chinese half');
  }, 130_000);
});
