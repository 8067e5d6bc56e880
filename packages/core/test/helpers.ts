import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CtElement, defineElement, formStyles, hostStyles, type Locale } from '@ctkit/core';

/** A bare widget that renders whatever partial a test gives it, inside its own shadow root. */
export class TestHost extends CtElement {
  /** Any partial may be rendered here, so all their styles. */
  static override styles = [hostStyles, formStyles];
  @property({ attribute: false }) template?: (locale: Locale, host: TestHost) => TemplateResult;
  protected override render() {
    return html`${this.template?.(this.locale, this)}`;
  }
}
defineElement('ct-test-host', TestHost);

declare global {
  interface HTMLElementTagNameMap {
    'ct-test-host': TestHost;
  }
}

export { deepActiveElement } from '../../../tests/support/helpers.js';
