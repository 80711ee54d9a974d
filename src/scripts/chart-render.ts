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
  const result = { bars: [read('--chart-1'), read('--chart-2')], ink: read('--ink'), muted: read('--muted'), line: read('--line') };
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
      lines.forEach((line, i) => ctx.fillText(line, x + 8, y + (i - (lines.length - 1) / 2) * 16));
    });
    ctx.restore();
  },
};

function create(figure: HTMLElement): Chart<'bar'> | null {
  const canvas = figure.querySelector('canvas');
  if (!canvas) return null;
  const spec = JSON.parse(figure.dataset.spec ?? '{}') as ChartSpec;
  const c = colours(figure);
  // The page's own type in each language (the figure's lang decides it), as the SVG drawing has.
  const family = getComputedStyle(figure).fontFamily;
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const largest = Math.max(...spec.bars.map((b) => (Array.isArray(b.value) ? b.value[1] : b.value)));
  const colour = (i: number) => c.bars[i % c.bars.length];
  // A range [from, to] is drawn solid from zero to `from`, then hatched to `to`: its length
  // compares with the other bars, and the hatching shows where the stated unit leaves it open.
  const solid = spec.bars.map((b) => (Array.isArray(b.value) ? b.value[0] : b.value));
  const open = spec.bars.map((b) => (Array.isArray(b.value) ? b.value[1] - b.value[0] : 0));
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: spec.bars.map((b) => b.label),
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
      layout: { padding: { right: 8 } },
      scales: {
        x: {
          stacked: true,
          min: 0,
          // A share is drawn against the whole; otherwise leave room for the labels.
          max: spec.max ?? Math.ceil((largest * 1.6) / 5) * 5,
          grid: { color: c.line },
          border: { color: c.muted },
          ticks: { color: c.muted, font: { size: 12, family } },
          title: { display: true, text: spec.unit, color: c.muted, font: { size: 12, family } },
        },
        y: {
          stacked: true,
          grid: { display: false },
          border: { color: c.muted },
          ticks: { color: c.ink, font: { size: 13, family } },
        },
      },
      spec,
      ink: c.ink,
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
