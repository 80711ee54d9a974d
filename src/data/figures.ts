/**
 * The figures the build uses: content/figures.ts, or, when REPORT_FIGURES_JSON
 * names a fixture (as src/content.config.ts reads it), that fixture's figures,
 * so that pages, cards and the search index match the fixture's sections
 * (the scale fixture of `npm run bench`, tests/bench/scale-fixture.ts).
 */
import { readFileSync } from 'node:fs';
import { figures as reportFigures } from '../../content/figures';
import type { Figure } from '../lib/figures';

export { atAGlance } from '../../content/figures';

const fixture = process.env.REPORT_FIGURES_JSON;

export const figures: Figure[] = fixture ? JSON.parse(readFileSync(fixture, 'utf8')) : reportFigures;
