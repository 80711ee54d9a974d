/** <print-button>: its button opens the browser's print dialog (Ctrl/⌘+P works without it). */
export class PrintButton extends HTMLElement {
  connectedCallback(): void {
    this.querySelector('button')?.addEventListener('click', () => window.print());
  }
}

customElements.define('print-button', PrintButton);
