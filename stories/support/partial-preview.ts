import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CtElement, defineElement, formStyles, hostStyles, type Locale } from '@ctkit/core';

/**
 * Shows a core form partial inside a shadow root with the widgets' styles — partials render inside a
 * widget's own shadow root, so this is how a designer sees them. Stories only.
 *
 * @tagname ct-partial-preview
 */
export class CtPartialPreview extends CtElement {
  /** Any partial may be previewed here, so all their styles. */
  static override styles = [hostStyles, formStyles];

  /** Renders the partial in the preview's locale; state lives in the story. */
  @property({ attribute: false }) template?: (locale: Locale, host: CtPartialPreview) => TemplateResult;

  protected override render() {
    return html`<form novalidate @submit=${(e: Event) => {
      e.preventDefault();
    }}>${this.template?.(this.locale, this)}</form>`;
  }
}
defineElement('ct-partial-preview', CtPartialPreview);
