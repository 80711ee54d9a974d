/**
 * Side by side, sentence by sentence: pointing at a sentence marks it and its
 * counterpart in the other language (same data-sentence in the same pair);
 * tapping or clicking pins the mark until the same sentence is tapped again or
 * Escape is pressed. Only classes change: no focus, no new tab stop, nothing
 * for a screen reader to hear (each half keeps its lang and its text).
 */
const SENTENCE = '[data-pair] .sentence';

function counterparts(sentence: HTMLElement): HTMLElement[] {
  const pair = sentence.closest<HTMLElement>('[data-pair]');
  return pair ? [...pair.querySelectorAll<HTMLElement>(`.sentence[data-sentence="${sentence.dataset.sentence}"]`)] : [];
}

export function pairSentences(root: HTMLElement): void {
  let hovered: HTMLElement[] = [];
  let pinned: HTMLElement[] = [];
  const mark = (spans: HTMLElement[], className: string, on: boolean) => spans.forEach((span) => span.classList.toggle(className, on));

  const point = (sentence: HTMLElement | null) => {
    if (sentence && hovered.includes(sentence)) return;
    mark(hovered, 'is-paired', false);
    hovered = sentence ? counterparts(sentence) : [];
    mark(hovered, 'is-paired', true);
  };
  root.addEventListener('pointerover', (event) => point((event.target as Element).closest<HTMLElement>(SENTENCE)));
  // This code loads as the pointer first reaches a sentence (src/scripts/report-page.ts): that one is marked now.
  point(root.querySelector<HTMLElement>(`${SENTENCE}:hover`));
  root.addEventListener('pointerleave', () => {
    mark(hovered, 'is-paired', false);
    hovered = [];
  });
  root.addEventListener('click', (event) => {
    const target = event.target as Element;
    // A figure's link does its own work; a drag that selected text is not a tap.
    if (target.closest('a') || !window.getSelection()?.isCollapsed) return;
    const sentence = target.closest<HTMLElement>(SENTENCE);
    const again = sentence !== null && pinned.includes(sentence);
    mark(pinned, 'is-pinned', false);
    pinned = sentence && !again ? counterparts(sentence) : [];
    mark(pinned, 'is-pinned', true);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || pinned.length === 0) return;
    mark(pinned, 'is-pinned', false);
    pinned = [];
  });
}
