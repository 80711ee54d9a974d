/**
 * <theme-toggle>: the light/dark button it holds follows the system until the
 * reader chooses, then remembers. Hidden without JavaScript (the system theme applies).
 */
import { THEME_KEY, writeStored } from './storage';

export class ThemeToggle extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button) return;
    const root = document.documentElement;
    const systemDark = window.matchMedia('(prefers-color-scheme: dark)');
    const isDark = () => (root.dataset.theme ? root.dataset.theme === 'dark' : systemDark.matches);
    const show = () => button.setAttribute('aria-pressed', String(isDark()));
    show();
    systemDark.addEventListener('change', show);
    button.addEventListener('click', () => {
      const theme = isDark() ? 'light' : 'dark';
      root.dataset.theme = theme;
      writeStored(THEME_KEY, theme);
      show();
    });
  }
}

customElements.define('theme-toggle', ThemeToggle);
