import { unsafeCSS, type CSSResult } from 'lit';
import { contrastPairs, cssVars, tokenList, tokens } from './generated.js';

export { contrastPairs, cssVars, tokenList, tokens };
export { contrastRatio, relativeLuminance } from './contrast.js';

type AsCss<T> = { readonly [K in keyof T]: T[K] extends string ? CSSResult : AsCss<T[K]> };

function asCss<T extends object>(o: T): AsCss<T> {
  return Object.fromEntries(
    Object.entries(o).map(([k, v]) => [k, typeof v === 'string' ? unsafeCSS(v) : asCss(v as object)]),
  ) as AsCss<T>;
}

/**
 * Tokens ready for Lit's `css` tag: `css\`color: ${t.color.text}\`` becomes
 * `color: var(--ct-color-text, #0b0c0c)`. Focus tokens are plain values and cannot be themed.
 */
export const t = asCss(cssVars);

/** Looks up a colour by its dotted path, e.g. `color.text`. */
export function colorToken(path: string): string {
  const key = path.replace(/^color\./, '') as keyof typeof tokens.color;
  const value = tokens.color[key] as string | undefined;
  if (!value) throw new Error(`Unknown colour token "${path}"`);
  return value;
}
