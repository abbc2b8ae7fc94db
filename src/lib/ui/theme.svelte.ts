/**
 * The page's theme as reactive state: the user's choice (auto/light/dark, in localStorage), the
 * theme it resolves to (auto follows prefers-color-scheme), and whether charts draw decal patterns
 * (on by default when the system asks for more contrast). The inline script in src/app.html sets
 * `data-theme` before the first paint with the same rule, so the page never flashes light.
 */
import { parseThemePreference, resolveTheme, type ThemeName, type ThemePreference } from '../charts/theme';

export const THEME_STORAGE_KEY = 'nianbao.theme';
export const PATTERNS_STORAGE_KEY = 'nianbao.patterns';
const DARK_QUERY = '(prefers-color-scheme: dark)';
const CONTRAST_QUERY = '(prefers-contrast: more), (forced-colors: active)';

export const theme = $state<{ preference: ThemePreference; name: ThemeName; patterns: boolean }>({
  preference: 'auto',
  name: 'light',
  patterns: false
});

function apply(): void {
  theme.name = resolveTheme(theme.preference, window.matchMedia(DARK_QUERY).matches);
  document.documentElement.dataset.theme = theme.name;
}

/** Read the stored choices and follow the system from now on; returns the clean-up. */
export function startTheme(): () => void {
  theme.preference = parseThemePreference(localStorage.getItem(THEME_STORAGE_KEY));
  const patterns = localStorage.getItem(PATTERNS_STORAGE_KEY);
  theme.patterns = patterns === null ? window.matchMedia(CONTRAST_QUERY).matches : patterns === 'on';
  apply();
  const media = window.matchMedia(DARK_QUERY);
  media.addEventListener('change', apply);
  return () => media.removeEventListener('change', apply);
}

export function setThemePreference(preference: ThemePreference): void {
  theme.preference = preference;
  if (preference === 'auto') localStorage.removeItem(THEME_STORAGE_KEY);
  else localStorage.setItem(THEME_STORAGE_KEY, preference);
  apply();
}

export function setPatterns(on: boolean): void {
  theme.patterns = on;
  localStorage.setItem(PATTERNS_STORAGE_KEY, on ? 'on' : 'off');
}
