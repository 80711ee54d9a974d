/**
 * The W3C's Nu Html Checker (vnu.jar, the reference validator) on both builds.
 * html-validate (site.test.ts) stays: it also checks what the Nu checker leaves
 * alone, such as buttons without a type, inputs without a label and duplicate landmarks.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content';

const VNU_JAR = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');
const JAVA = process.env.JAVA ?? 'java';
const BUILDS = [`${ROOT}dist`, `${ROOT}dist-subpath`];

describe('the Nu Html Checker', () => {
  it('finds no error on any page, at the root or under a sub-path', () => {
    for (const dir of BUILDS) expect(existsSync(dir), `${dir} is missing: run "npm run build && npm run build:subpath" first`).toBe(true);
    const run = spawnSync(JAVA, ['-jar', VNU_JAR, '--skip-non-html', '--errors-only', '--format', 'gnu', ...BUILDS], { encoding: 'utf8' });
    expect(run.error, `cannot run Java ("${JAVA}"): install a JRE (Debian: default-jre-headless) or set JAVA`).toBeUndefined();
    // The checker's own messages, one per line, are the failure message; other lines (Java's own notes) are not HTML errors.
    const output = `${run.stdout}${run.stderr}`;
    expect(output.split('\n').filter((line) => /: (error|fatal)\b|error fatal/.test(line))).toEqual([]);
    expect(run.status, output).toBe(0);
  }, 120_000);
});
