/**
 * `npm run check`: every content rule and every paragraph against the published
 * text, without building or a browser. Prints each problem as
 * "file:line:column: …" (editors and terminals link these) and exits 1 on any.
 */
import { readFileSync } from 'node:fs';
import { charts } from '../../content/charts';
import { figures } from '../../content/figures';
import { contentProblems, describeProblems } from '../lib/content-check';
import { PUBLISHED_TEXT_FILE } from '../lib/published-text';

const problems = contentProblems('content/sections', figures, charts, process.cwd(), readFileSync(PUBLISHED_TEXT_FILE, 'utf8'));
if (problems.length > 0) {
  console.error(describeProblems(problems));
  process.exit(1);
}
console.log('Report content checked: every rule holds and every paragraph is the published text.');
