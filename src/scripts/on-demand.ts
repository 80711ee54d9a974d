/**
 * Code that loads when the reader first wants it, not with the page, so that a
 * page arrives in one flight (its HTML, the stylesheet and this small script).
 *
 * A part of the page (a custom element, or any selector) names the code that
 * enhances it. That code is fetched as the reader comes near: a pointer over
 * the part, focus inside it (or, for a chart, the part nearing the window). A
 * click that comes before the code has loaded waits for it and then happens,
 * as if the code had been there all along. If the code cannot load, that click
 * does what it does without JavaScript (a link is followed), and the next
 * approach tries again: a failed load is never kept.
 */
import { loadOnce } from '../lib/load-once';

interface Part {
  selector: string;
  load: () => Promise<unknown>;
  ready: boolean;
}

const parts: Part[] = [];

/** Starts a load whose failure is no error here: what it loads is tried again when next wanted. */
export function startLoad(load: () => Promise<unknown>): void {
  void load().catch(() => undefined);
}

/**
 * Starts a load as the pointer comes over an element, or now if it is there already (the pointer
 * that brought the code calling this has no new entry to announce).
 */
export function prefetchOnPointer(element: Element, load: () => Promise<unknown>): void {
  if (element.matches(':hover')) startLoad(load);
  else element.addEventListener('pointerenter', () => startLoad(load), { once: true });
}

/**
 * Registers the code of a part of the page. Returns its load (once; a failed
 * one is tried again), for what else may want it: an address that asks for it
 * at once, a shortcut. `near`: also as the part nears the window.
 */
export function onDemand(selector: string, load: () => Promise<unknown>, near = false): () => Promise<unknown> {
  const part: Part = { selector, ready: false, load: loadOnce(() => load().then(() => (part.ready = true))) };
  const elements = document.querySelectorAll(selector);
  if (elements.length === 0) return part.load;
  if (parts.push(part) === 1) listen();
  if (near) {
    // The custom elements lay out as their contents (display: contents, base.css): what is watched is what they hold.
    const boxes = [...elements].flatMap((el) => [...el.children]);
    const watch = () => boxes.forEach((box) => nearWindow.observe(box));
    const nearWindow = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        nearWindow.disconnect();
        // Not loaded (offline): watched again, so the next approach tries again.
        part.load().catch(() => setTimeout(watch, 2000));
      },
      { rootMargin: '300px 0px' },
    );
    watch();
  }
  return part.load;
}

/** Loads the code of the parts an event falls in, if not loaded yet; true once all of it is there. */
function loadFor(event: Event): Promise<boolean> | null {
  const target = event.target as Element;
  const waiting = parts.filter((part) => !part.ready && target.closest?.(part.selector));
  if (waiting.length === 0) return null;
  return Promise.all(waiting.map((part) => part.load())).then(
    () => true,
    () => false,
  );
}

let passThrough = false;

function listen(): void {
  // Coming near: fetched now, so the code is there by the time the reader acts.
  for (const type of ['pointerover', 'focusin']) document.addEventListener(type, (event) => void loadFor(event), { capture: true, passive: true });

  // A plain click (or Enter on a link or button) before the code: held until it has loaded, then given again.
  document.addEventListener(
    'click',
    (event) => {
      if (passThrough || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      const loading = loadFor(event);
      if (!loading) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      const target = event.target as HTMLElement;
      const actor = target.closest<HTMLElement>('a[href], button') ?? target;
      void loading.then((loaded) => {
        // Without its code, the click does what it does without JavaScript.
        passThrough = !loaded;
        actor.click?.();
        passThrough = false;
      });
    },
    { capture: true },
  );
}
