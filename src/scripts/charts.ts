/**
 * Charts: the Chart/Table switch, and drawing each chart when it nears the
 * window. Chart.js itself (src/scripts/chart-render.ts) loads only then; until
 * it has drawn (or if it cannot load), the build's SVG drawing shows.
 */
type Renderer = typeof import('./chart-render');
let renderer: Promise<Renderer> | null = null;
// A failed load is forgotten, so the next chart to come near tries again;
// meanwhile the build's SVG drawing stays in place.
const loadRenderer = () =>
  (renderer ??= import('./chart-render').catch((error: unknown) => {
    renderer = null;
    throw error;
  }));

function setUpSwitch(figure: HTMLElement): void {
  const buttons = figure.querySelectorAll<HTMLButtonElement>('[data-chart-show]');
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const show = button.dataset.chartShow;
      figure.dataset.show = show;
      for (const other of buttons) other.setAttribute('aria-pressed', String(other === button));
    });
  }
}

export function enhanceCharts(): void {
  const figures = [...document.querySelectorAll<HTMLElement>('[data-chart]:not([data-enhanced])')];
  if (figures.length === 0) return;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const figure = entry.target as HTMLElement;
        observer.unobserve(figure);
        loadRenderer().then(
          ({ drawChart }) => drawChart(figure),
          // Watch it again: it is drawn when it next comes near, once the load succeeds.
          () => setTimeout(() => observer.observe(figure), 2000),
        );
      }
    },
    { rootMargin: '300px 0px' },
  );
  for (const figure of figures) {
    figure.dataset.enhanced = '';
    figure.dataset.show = 'chart';
    setUpSwitch(figure);
    observer.observe(figure);
  }
  // Paper needs nothing from here: print.css shows the build's SVG drawing.
}
