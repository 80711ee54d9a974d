/**
 * A chart spec drawn as SVG markup at build time: the drawing that prints
 * (whatever the reader did before printing, and the same every time), that
 * readers without JavaScript see, and that stands in while Chart.js loads or
 * if it fails. Text is SVG text, so it takes the page's own type and copies
 * out of a PDF; colours are the theme's custom properties (ChartFigure.css).
 */
import type { ChartSpec } from './chart-spec';
import { LANG_TAG } from './views';

/** Width of the drawing in SVG units; it scales to its column. */
export const SVG_WIDTH = 600;
const LABEL_WIDTH = 170;
const ROW = 44;
const LINE = 16;
const TOP = 8;
const AXIS = 52;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The value axis's end: a share ends at the whole; otherwise room is left for the stated labels. */
export function axisMax(spec: ChartSpec): number {
  if (spec.max !== null) return spec.max;
  const largest = Math.max(...spec.bars.map((b) => (Array.isArray(b.value) ? b.value[1] : b.value)));
  return Math.ceil((largest * 1.6) / 5) * 5;
}

/** Tick values from 0 to max, at a round step giving at most six intervals. */
export function axisTicks(max: number): number[] {
  const rough = max / 6;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let t = 0; t <= max + step * 1e-9; t += step) ticks.push(Math.round(t * 1e6) / 1e6);
  return ticks;
}

/** Height of the drawing in SVG units. */
export function svgHeight(spec: ChartSpec): number {
  return TOP + spec.bars.length * ROW + AXIS;
}

// The spec keeps a line once where both languages write it alike, so its language is read from its script.
const HAN = /\p{Script=Han}/u;

/** A piece of text, marked as Chinese where it is: its type and its reading follow the language. */
function tagged(text: string): string {
  return HAN.test(text) ? `<tspan lang="${LANG_TAG.zh}">${escapeXml(text)}</tspan>` : escapeXml(text);
}

/** One decimal is finer than any printer's dot, and keeps the markup short (sums of tenths are not tenths: 14.600000000000001). */
const tenth = (value: number) => Math.round(value * 10) / 10;

function lines(texts: string[], x: number, y: number, anchor: 'start' | 'end', cls: string): string {
  return texts
    .map((text, i) => `<text class="${cls}" x="${x}" y="${tenth(y + (i - (texts.length - 1) / 2) * LINE)}" text-anchor="${anchor}" dominant-baseline="central">${tagged(text)}</text>`)
    .join('');
}

export function chartSvg(spec: ChartSpec): string {
  const height = svgHeight(spec);
  const plotWidth = SVG_WIDTH - LABEL_WIDTH - 12;
  const max = axisMax(spec);
  const x = (value: number) => tenth(LABEL_WIDTH + (Math.min(value, max) / max) * plotWidth);
  const axisY = TOP + spec.bars.length * ROW;
  const hatchId = (i: number) => `${spec.id}-hatch-${i % 2}`;
  const parts: string[] = [];
  // Diagonal stripes in a bar's colour mark what is not solid (a range's open end, a planned value): only those used.
  const striped = [...new Set(spec.bars.flatMap((bar, i) => (bar.planned || Array.isArray(bar.value) ? [i % 2] : [])))];
  if (striped.length > 0) {
    parts.push(
      `<defs>${striped
        .map((c) => `<pattern id="${spec.id}-hatch-${c}" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="chart-svg__stripe--${c + 1}" width="3" height="8"/></pattern>`)
        .join('')}</defs>`,
    );
  }
  for (const tick of axisTicks(max)) {
    parts.push(`<line class="chart-svg__grid" x1="${x(tick)}" x2="${x(tick)}" y1="${TOP}" y2="${axisY}"/>`);
    parts.push(`<text class="chart-svg__tick" x="${x(tick)}" y="${axisY + 14}" text-anchor="middle" dominant-baseline="central">${tick}</text>`);
  }
  parts.push(`<line class="chart-svg__axis" x1="${LABEL_WIDTH}" x2="${x(max)}" y1="${axisY}" y2="${axisY}"/>`);
  parts.push(`<line class="chart-svg__axis" x1="${LABEL_WIDTH}" x2="${LABEL_WIDTH}" y1="${TOP}" y2="${axisY}"/>`);
  parts.push(`<text class="chart-svg__unit" x="${tenth(LABEL_WIDTH + plotWidth / 2)}" y="${axisY + 38}" text-anchor="middle" dominant-baseline="central">${spec.unit.split(' · ').map(tagged).join(' · ')}</text>`);
  spec.bars.forEach((bar, i) => {
    const mid = TOP + i * ROW + ROW / 2;
    const top = tenth(mid - ROW * 0.35);
    const h = tenth(ROW * 0.7);
    const colour = (i % 2) + 1;
    const [solidTo, openTo] = Array.isArray(bar.value) ? bar.value : [bar.value, bar.value];
    parts.push(lines(bar.label, LABEL_WIDTH - 8, mid, 'end', 'chart-svg__label'));
    if (bar.planned) {
      // Planned, not achieved: an outline filled with stripes, never a solid bar.
      parts.push(`<rect class="chart-svg__planned--${colour}" x="${x(0)}" y="${top}" width="${tenth(x(solidTo) - x(0))}" height="${h}" fill="url(#${hatchId(i)})"/>`);
    } else {
      parts.push(`<rect class="chart-svg__bar--${colour}" x="${x(0)}" y="${top}" width="${tenth(x(solidTo) - x(0))}" height="${h}"/>`);
    }
    if (openTo > solidTo) {
      parts.push(`<rect class="chart-svg__open--${colour}" x="${x(solidTo)}" y="${top}" width="${tenth(x(openTo) - x(solidTo))}" height="${h}" fill="url(#${hatchId(i)})"/>`);
    }
    parts.push(lines(bar.stated, x(openTo) + 8, mid, 'start', 'chart-svg__stated'));
  });
  return `<svg class="chart-svg" viewBox="0 0 ${SVG_WIDTH} ${height}" aria-hidden="true" focusable="false">${parts.join('')}</svg>`;
}
