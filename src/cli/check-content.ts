/**
 * `npm run check`: every content rule and every paragraph against the published
 * text, without building or a browser. Prints each problem as
 * "file:line:column: …" (editors and terminals link these) and exits 1 on any.
 */
import { contentProblems, describeProblems, reportContentPaths } from '../lib/content-check';

const problems = contentProblems(reportContentPaths());
if (problems.length > 0) {
  console.error(describeProblems(problems));
  process.exit(1);
}
console.log('Report content checked: every rule holds and every paragraph is the published text.');
