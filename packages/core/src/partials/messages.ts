import { html, nothing, type TemplateResult } from 'lit';
import { coreMessages } from '../localize/core-messages.js';
import { messagesIn } from '../localize/catalogue.js';
import type { Locale } from '../localize/catalogue.js';

/** Hint text under a label or legend; referenced by the control's `aria-describedby`. */
export function hint(id: string, text: string | TemplateResult | undefined): TemplateResult | typeof nothing {
  if (!text) return nothing;
  return html`<div id=${id} class="ct-hint" part="hint">${text}</div>`;
}

/**
 * An inline error message. The visually hidden "Error:" prefix tells screen-reader users that this is
 * an error, not a hint — the red colour and bold weight do that for sighted users.
 */
export function errorMessage(locale: Locale, id: string, text: string | undefined): TemplateResult | typeof nothing {
  if (!text) return nothing;
  return html`<p id=${id} class="ct-error-message" part="error-message">
    <span class="ct-visually-hidden">${messagesIn(coreMessages, locale).errorPrefix}:</span> ${text}
  </p>`;
}

/** The ids a control's `aria-describedby` should list, in reading order, skipping absent ones. */
export function describedBy(...ids: (string | false | undefined | null)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}
