/** Draws a chart spec with the parts of Chart.js it needs, in the page's theme colours. */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, type Plugin } from 'chart.js';
import type { ChartSpec } from '../lib/chart-spec';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

const drawn = new Map<HTMLElement, Chart<'bar'>>();

/**
 * The theme's colours as the canvas needs them. The custom properties hold
 * light-dark() pairs, which only a property like `color` resolves.
 */
function colours(el: Element) {
  const probe = document.createElement('span');
  el.append(probe);
  const read = (name: string) => {
    probe.style.color = `var(${name})`;
    return getComputedStyle(probe).color;
  };
  const result = { bars: [read('--color-chart-1'), read('--color-chart-2')], ink: read('--color-ink'), muted: read('--color-muted'), line: read('--color-line'), surface: read('--color-surface') };
  probe.remove();
  return result;
}

/**
 * Diagonal stripes in a bar's colour: the uncertain end of a range ("one month"
 * is 28 to 31 days) stays as contrasted as the bar, yet reads as not solid.
 */
function hatch(colour: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
  ctx.strokeStyle = colour;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(-2, 10);
  ctx.lineTo(10, -2);
  ctx.moveTo(6, 10);
  ctx.lineTo(10, 6);
  ctx.moveTo(-2, 2);
  ctx.lineTo(2, -2);
  ctx.stroke();
  return ctx.createPattern(tile, 'repeat') ?? colour;
}

/** The value as the report states it, at the end of each bar: numbers never rely on colour alone. */
const statedLabels: Plugin<'bar'> = {
  id: 'statedLabels',
  afterDatasetsDraw(chart) {
    const spec = (chart.options as { spec?: ChartSpec }).spec;
    if (!spec) return;
    const { ctx } = chart;
    // The last dataset ends each bar: a range's hatched end, or a zero-length stub at the bar's end.
    const meta = chart.getDatasetMeta(chart.data.datasets.length - 1);
    ctx.save();
    ctx.fillStyle = (chart.options as { ink?: string }).ink ?? '#000';
    ctx.textBaseline = 'middle';
    meta.data.forEach((bar, index) => {
      const lines = spec.bars[index].stated;
      const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
      ctx.font = `600 13px ${(chart.options as { family?: string }).family ?? 'sans-serif'}`;
      lines.forEach((line, i) => {
        // Just past the bar, or as far right as the canvas lets it be read whole: over the bar's end, on a halo.
        const at = Math.min(x + 8, chart.width - 2 - ctx.measureText(line).width);
        const lineY = y + (i - (lines.length - 1) / 2) * 16;
        if (at < x + 4) {
          ctx.strokeStyle = (chart.options as { surface?: string }).surface ?? '#fff';
          ctx.lineWidth = 4;
          ctx.lineJoin = 'round';
          ctx.strokeText(line, at, lineY);
        }
        ctx.fillText(line, at, lineY);
      });
    });
    ctx.restore();
  },
};

/** A label line cut at spaces into lines of at most `max` characters (Chinese has no spaces and stays whole). */
export function wrapLine(line: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of line.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Pixels the stated values may need beyond the plot: the widest, less what the axis leaves past the longest bar. */
function statedRoom(spec: ChartSpec, family: string): number {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return 8;
  ctx.font = `600 13px ${family}`;
  const widest = Math.max(...spec.bars.flatMap((b) => b.stated.map((line) => ctx.measureText(line).width)));
  return Math.max(8, Math.round(widest * 0.6));
}

function create(figure: HTMLElement): Chart<'bar'> | null {
  const canvas = figure.querySelector('canvas');
  if (!canvas) return null;
  const spec = JSON.parse(figure.dataset.spec ?? '{}') as ChartSpec;
  const c = colours(figure);
  // The page's own type in each language (the figure's lang decides it), as the SVG drawing has.
  const family = getComputedStyle(figure).fontFamily;
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const narrow = figure.clientWidth < 420;
  const largest = Math.max(...spec.bars.map((b) => (Array.isArray(b.value) ? b.value[1] : b.value)));
  const colour = (i: number) => c.bars[i % c.bars.length];
  // A range [from, to] is drawn solid from zero to `from`, then hatched to `to`: its length
  // compares with the other bars, and the hatching shows where the stated unit leaves it open.
  const solid = spec.bars.map((b) => (Array.isArray(b.value) ? b.value[0] : b.value));
  const open = spec.bars.map((b) => (Array.isArray(b.value) ? b.value[1] - b.value[0] : 0));
  return new Chart(canvas, {
    type: 'bar',
    data: {
      // On a narrow screen a long label takes more lines instead of being cut at the chart's edge.
      labels: spec.bars.map((b) => (narrow ? b.label.flatMap((line) => wrapLine(line, 12)) : b.label)),
      datasets: [
        {
          data: solid,
          // Planned, not achieved: striped inside an outline, as the build's SVG draws it.
          backgroundColor: spec.bars.map((b, i) => (b.planned ? hatch(colour(i)) : colour(i))),
          borderColor: spec.bars.map((_, i) => colour(i)),
          borderWidth: spec.bars.map((b) => (b.planned ? 2 : 0)),
          borderSkipped: false,
          barPercentage: 0.7,
        },
        {
          data: open,
          backgroundColor: spec.bars.map((_, i) => hatch(colour(i))),
          borderColor: spec.bars.map((_, i) => colour(i)),
          borderWidth: spec.bars.map((b) => (Array.isArray(b.value) ? 1.5 : 0)),
          borderSkipped: false,
          barPercentage: 0.7,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      // Sharp on high-density screens, and sharper still on paper.
      devicePixelRatio: Math.max(window.devicePixelRatio, 2),
      animation: reduceMotion ? false : { duration: 400 },
      events: [],
      // Room at the right for the longest stated value past its bar ("approximately 15%" after a short bar).
      // (On a phone the plot needs every pixel, and the axis leaves room past the bars anyway.)
      layout: { padding: { right: narrow ? 8 : statedRoom(spec, family) } },
      scales: {
        x: {
          stacked: true,
          min: 0,
          // A share is drawn against the whole; otherwise leave room for the labels.
          max: spec.max ?? Math.ceil((largest * 1.6) / 5) * 5,
          grid: { color: c.line },
          border: { color: c.muted },
          ticks: { color: c.muted, font: { size: 12, family } },
          // One line per language: Chart.js squeezes a title wider than its axis into illegibility.
          title: { display: true, text: spec.unit.split(' · ').flatMap((line) => (narrow ? wrapLine(line, 18) : [line])), color: c.muted, font: { size: 12, family } },
        },
        y: {
          stacked: true,
          grid: { display: false },
          border: { color: c.muted },
          // Every bar keeps its label, however little room (Chart.js would skip some).
          ticks: { color: c.ink, font: { size: 13, family }, autoSkip: false },
        },
      },
      spec,
      ink: c.ink,
      surface: c.surface,
      family,
    } as never,
    plugins: [statedLabels],
  });
}

export function drawChart(figure: HTMLElement): void {
  if (drawn.has(figure)) return;
  const chart = create(figure);
  if (!chart) return;
  drawn.set(figure, chart);
  figure.dataset.drawn = '';
}

/** Redraw in the screen's colours after a theme change. */
export function redrawAll(): void {
  for (const [figure, chart] of drawn) {
    chart.destroy();
    const again = create(figure);
    if (again) drawn.set(figure, again);
  }
}
new MutationObserver(redrawAll).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', redrawAll);
