import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { colorToken, contrastPairs, contrastRatio, tokenList, tokens } from '@ctkit/tokens';
import './support/partial-preview.js';
import { button, field } from '@ctkit/core';

/**
 * The design tokens, from the one source `packages/tokens/tokens.json`. Each shows its custom property;
 * set it on a widget or an ancestor to theme (focus tokens are fixed).
 */
const meta: Meta = {
  title: 'Foundations/Tokens',
};
export default meta;
type Story = StoryObj;

const tableStyles = html`<style>
  .ct-doc { font-family: system-ui, sans-serif; color: #0b0c0c; }
  .ct-doc table { border-collapse: collapse; width: 100%; }
  .ct-doc th, .ct-doc td { text-align: left; padding: 0.5em; border-bottom: 1px solid #b1b4b6; vertical-align: middle; }
  .ct-doc code { font-size: 0.9em; }
  .ct-swatch { display: inline-block; width: 2.5em; height: 2.5em; border: 1px solid #0b0c0c; vertical-align: middle; }
  .ct-sample { padding: 0.25em 0.5em; border: 1px solid #b1b4b6; }
</style>`;

const ratio = (fg: string, bg: string) => contrastRatio(colorToken(fg), colorToken(bg));

export const Colours: Story = {
  render: () => html`${tableStyles}
    <div class="ct-doc">
      <h2>Colours</h2>
      <table>
        <caption>Colour tokens, with contrast against the white surface</caption>
        <thead><tr><th scope="col">Swatch</th><th scope="col">Custom property</th><th scope="col">Value</th><th scope="col">Contrast on surface</th></tr></thead>
        <tbody>
          ${tokenList
            .filter((tk) => tk.type === 'color')
            .map(
              (tk) => html`<tr>
            <td><span class="ct-swatch" style=${styleMap({ background: tk.value })}></span></td>
            <td><code>${tk.name}</code>${tk.themeable ? '' : ' (fixed)'}</td>
            <td><code>${tk.value}</code></td>
            <td>${contrastRatio(tk.value, tokens.color.surface).toFixed(2)}:1</td>
          </tr>`,
            )}
        </tbody>
      </table>
      <h2>Pairs that must meet WCAG 2.2 AA</h2>
      <table>
        <caption>Text pairs need 4.5:1; component and focus pairs need 3:1. A test checks every pair.</caption>
        <thead><tr><th scope="col">Sample</th><th scope="col">Foreground</th><th scope="col">Background</th><th scope="col">Ratio</th><th scope="col">Needs</th></tr></thead>
        <tbody>
          ${[
            ...contrastPairs.text.map((p) => [...p, 4.5] as const),
            ...contrastPairs.ui.map((p) => [...p, 3] as const),
          ].map(
            ([fg, bg, need]) => html`<tr>
            <td><span class="ct-sample" style=${styleMap({ color: colorToken(fg), background: colorToken(bg) })}>Aa</span></td>
            <td><code>${fg}</code></td><td><code>${bg}</code></td>
            <td>${ratio(fg, bg).toFixed(2)}:1</td><td>${need}:1</td>
          </tr>`,
          )}
        </tbody>
      </table>
    </div>`,
};

export const TypeAndSpacing: Story = {
  name: 'Type, spacing, radii, motion',
  render: () => html`${tableStyles}
    <div class="ct-doc">
      <h2>Type scale</h2>
      <p>Sizes are in <code>em</code> from the reader's own default font size (<code>font-size: medium</code> on every
        widget), never the host page's <code>rem</code>.</p>
      ${Object.entries(tokens.font.size).map(([name, size]) => html`<p style=${styleMap({ fontSize: size, lineHeight: '1.25' })}>${name} — ${size}</p>`)}
      <h2>Spacing, radii, motion, breakpoints</h2>
      <table>
        <caption>Dimension and duration tokens</caption>
        <thead><tr><th scope="col">Custom property</th><th scope="col">Value</th><th scope="col">Description</th></tr></thead>
        <tbody>
          ${tokenList.filter((tk) => tk.type !== 'color').map((tk) => html`<tr><td><code>${tk.name}</code></td><td><code>${tk.value}</code></td><td>${tk.description ?? ''}</td></tr>`)}
        </tbody>
      </table>
    </div>`,
};

export const Focus: Story = {
  name: 'Focus',
  render: () => html`${tableStyles}
    <div class="ct-doc">
      <h2>Focus</h2>
      <p>GOV.UK's focus style: yellow (#ffdd00) with a dark bar. It uses fixed values, not custom properties, so a
        partner theme cannot weaken it, and it stays visible in forced-colours mode (a transparent outline that the
        system colours make visible). Tab into these to see it.</p>
    </div>
    <ct-partial-preview .template=${(
      locale: 'en' | 'cy',
    ) => html`<p><a href="#focus-demo">${locale === 'cy' ? 'Dolen' : 'A link'}</a></p>
      ${field({ locale, id: 'focus-demo', name: 'demo', label: locale === 'cy' ? 'Maes testun' : 'A text field', value: '', onInput: () => undefined })}
      ${button({ label: locale === 'cy' ? 'Botwm' : 'A button' })}`}></ct-partial-preview>`,
};
