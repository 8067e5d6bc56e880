import { css, unsafeCSS, type CSSResult } from 'lit';
import { darkColors } from '@ctkit/tokens/dark';

/**
 * The dark token set, for a widget whose partner opted in with `color-scheme="auto"`: applied only while
 * the reader's system asks for dark. It sets the `--ct-color-*` properties on the host, so nested widgets
 * inherit them; a partner's own value set on the element itself still wins. Fetched on demand: pages
 * that do not opt in never download it.
 */
export const darkStyles: CSSResult = css`
  @media (prefers-color-scheme: dark) {
    :host {
      color-scheme: dark;
      ${unsafeCSS(
        Object.entries(darkColors)
          .map(([name, value]) => `--ct-color-${name}: ${value};`)
          .join(''),
      )}
    }
  }
`;
