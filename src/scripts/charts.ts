/**
 * Charts: the Chart/Table switch, and drawing each chart when it nears the
 * window. Chart.js itself (src/scripts/chart-render.ts) loads only then; until
 * it has drawn (or if it cannot load), the build's SVG drawing shows.
 */
import { loadOnce } from '../lib/load-once';

// A failed load is forgotten, so the next chart to come near tries again; meanwhile the build's SVG drawing stays in place.
const loadRenderer = loadOnce(() => import('./chart-render'));

/** Draws each chart as it comes near the window: one watcher for every chart of the page. */
const nearWindow = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const figure = entry.target as HTMLElement;
      nearWindow.unobserve(figure);
      loadRenderer().then(
        ({ drawChart }) => drawChart(figure),
        // Watch it again: it is drawn when it next comes near, once the load succeeds.
        () => setTimeout(() => nearWindow.observe(figure), 2000),
      );
    }
  },
  { rootMargin: '300px 0px' },
);

/**
 * <report-chart>: the chart's figure it holds gets its Chart/Table switch and
 * is drawn by Chart.js when it comes near. Paper needs nothing from here:
 * print.css shows the build's SVG drawing.
 */
export class ReportChart extends HTMLElement {
  connectedCallback(): void {
    const figure = this.querySelector<HTMLElement>('[data-chart]');
    if (!figure) return;
    // The figure is built showing the chart (data-show), so nothing moves when this code arrives, as it nears the window.
    const buttons = figure.querySelectorAll<HTMLButtonElement>('[data-chart-show]');
    for (const button of buttons) {
      button.addEventListener('click', () => {
        figure.dataset.show = button.dataset.chartShow;
        for (const other of buttons) other.setAttribute('aria-pressed', String(other === button));
      });
    }
    nearWindow.observe(figure);
  }

  disconnectedCallback(): void {
    const figure = this.querySelector<HTMLElement>('[data-chart]');
    if (figure) nearWindow.unobserve(figure);
  }
}

customElements.define('report-chart', ReportChart);
