import { html } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';

/** Themes a partner might apply: only documented custom properties, set on an ancestor. */
export const themes = {
  default: 'ct-theme-default',
  partner: 'ct-theme-partner',
} as const;

export const initialGlobals = { locale: 'en', theme: 'default' };

/**
 * Language and theme come from the toolbar; each story can also fix its own with `globals`. Shared by
 * Storybook (preview.ts) and the accessibility sweep (tests/stories.a11y.test.ts).
 */
export const withLanguageAndTheme: Decorator = (story, context) => {
  const locale = (context.globals.locale as string | undefined) ?? 'en';
  const theme = (context.globals.theme as keyof typeof themes | undefined) ?? 'default';
  return html`<div lang=${locale} class=${themes[theme]}>${story()}</div>`;
};

export const decorators = [withLanguageAndTheme];
