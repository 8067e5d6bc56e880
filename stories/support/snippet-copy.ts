import { css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CtElement, announce, button, defineElement, defineMessages } from '@ctkit/core';
import { t } from '@ctkit/tokens';

const messages = defineMessages({
  en: {
    heading: 'Copy this into your page',
    copy: 'Copy the snippet',
    copied: 'Copied',
    failed: 'Could not copy: select the text and copy it yourself',
  },
  cy: {
    heading: 'Copïwch hwn i’ch tudalen',
    copy: 'Copïo’r cod',
    copied: 'Wedi’i gopïo',
    failed: 'Methu copïo: dewiswch y testun a’i gopïo eich hun',
  },
});

/**
 * Shows an embed snippet with a button that copies it and announces "Copied". Storybook's Embed pages only.
 * The snippet wraps (pre-wrap), so it never scrolls and needs no tab stop; the heading above names it (a
 * label on a <pre>, a generic element, is not allowed — IBM's aria_attribute_valid).
 *
 * @tagname ct-snippet-copy
 */
export class CtSnippetCopy extends CtElement {
  static override styles = [
    CtElement.styles,
    css`
      pre {
        max-width: 100%;
        overflow: auto;
        padding: 1em;
        background: ${t.color['surface-secondary']};
        border: 1px solid ${t.color.border};
        font-size: 0.875em;
        white-space: pre-wrap;
      }
    `,
  ];

  /** The exact text a partner pastes. */
  @property() snippet = '';
  @state() private status = '';

  private async copy() {
    const m = this.i18n.messages(messages);
    try {
      await navigator.clipboard.writeText(this.snippet);
      this.status = m.copied;
    } catch {
      this.status = m.failed;
    }
    await announce(this.status, { lang: this.locale });
  }

  protected override render() {
    const m = this.i18n.messages(messages);
    return html`<h2 class="ct-heading-s">${m.heading}</h2>
      <pre><code>${this.snippet}</code></pre>
      ${button({ label: m.copy, variant: 'secondary', onClick: () => void this.copy() })}
      <p class="ct-body-s">${this.status}</p>`;
  }
}
defineElement('ct-snippet-copy', CtSnippetCopy);
declare global {
  interface HTMLElementTagNameMap {
    'ct-snippet-copy': CtSnippetCopy;
  }
}
