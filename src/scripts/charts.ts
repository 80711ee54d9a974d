/**
 * Charts: the Chart/Table switch, and drawing each chart when it nears the
 * window. Chart.js itself (src/scripts/chart-render.ts) loads only then.
 */
type Renderer = typeof import('./chart-render');
let renderer: Promise<Renderer> | null = null;
let loaded: Renderer | null = null;
const loadRenderer = () =>
  (renderer ??= import('./chart-render').then((module) => {
    loaded = module;
    return module;
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
        observer.unobserve(entry.target);
        void loadRenderer().then(({ drawChart }) => drawChart(entry.target as HTMLElement));
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
  // Paper: draw every chart at the paper's size. This must happen before the
  // browser lays out the print, so only with Chart.js already loaded; the
  // tables print in any case.
  window.addEventListener('beforeprint', () => {
    if (!loaded) return void loadRenderer();
    figures.forEach(loaded.drawChart);
    loaded.sizeForPrint();
  });
  window.addEventListener('afterprint', () => loaded?.redrawAll());
}
