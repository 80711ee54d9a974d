/** Light/dark switch: follows the system until the reader chooses, then remembers. */
import { THEME_KEY, writeStored } from './storage';

export function enhanceThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
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
