/**
 * The real build, pointed at broken fixtures, stops before it writes anything:
 * it names the file, line and column and what to do, once, without a stack
 * trace, and the previous build in the output folder stays whole.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content';

const OUT = join(ROOT, 'test-results/broken-build');

function buildFixture(name: string, figures = 'tests/fixtures/content/figures.json') {
  return spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', OUT], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      REPORT_CONTENT_DIR: `tests/fixtures/content/broken/${name}`,
      REPORT_FIGURES_FILE: figures,
    },
    timeout: 120_000,
  });
}

describe('astro build on broken content', () => {
  it.each([
    ['missing-zh', 'sample.mdx:12:1: Pair "sample-pair" has no Chinese half: add <Zh>…</Zh>'],
    ['markdown-link', 'sample.mdx:13:10: the English half of "sample-pair" has a Markdown link'],
    ['not-utf8', 'sample.mdx:6:8: the file is not UTF-8'],
    ['figure-value', 'figures.yaml:11:10: figure "sample-tonnes": its "value" is wrong: expected number, found "twelve"'],
  ])('%s: fails at the line, once, and leaves the previous build whole', (name, message) => {
    // A stand-in for the previous build: a page and an asset the failed build must not touch.
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(join(OUT, 'en'), { recursive: true });
    writeFileSync(join(OUT, 'en/index.html'), '<p>previous build</p>');
    writeFileSync(join(OUT, 'boot.js'), '// previous build');

    const own = `tests/fixtures/content/broken/${name}/figures.yaml`;
    const result = buildFixture(name, existsSync(join(ROOT, own)) ? own : undefined);
    const output = result.stdout + result.stderr;
    expect(result.status).toBe(1);
    expect(output).toContain(`tests/fixtures/content/broken/${name}/${message}`);
    expect(output.split(message).length - 1, 'reported once').toBe(1);
    expect(output).not.toContain('Stack trace');
    expect(output).not.toMatch(/^\s+at .*\.(ts|js|mjs):\d+/m);
    expect(readdirSync(OUT).sort()).toEqual(['boot.js', 'en']);
    expect(readFileSync(join(OUT, 'en/index.html'), 'utf8')).toBe('<p>previous build</p>');
  }, 130_000);
});
