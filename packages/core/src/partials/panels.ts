import { html, nothing, type TemplateResult } from 'lit';
import { coreMessages } from '../localize/core-messages.js';
import { messagesIn } from '../localize/catalogue.js';
import { heading } from './heading.js';
import type { Locale } from '../localize/catalogue.js';

export interface NotificationOptions {
  locale: Locale;
  id: string;
  variant?: 'success' | 'info';
  /** Defaults to "Success" or "Important". */
  title?: string;
  heading?: string | TemplateResult;
  body?: TemplateResult | string;
  /** Heading level of `heading`, 2 to 6 (default 2). */
  headingLevel?: number;
}

/**
 * A notification panel (GOV.UK notification banner). It has tabindex=-1 so a widget can move focus to
 * it when it replaces a form — the person hears the outcome and continues from there.
 */
export function notification(o: NotificationOptions): TemplateResult {
  const m = messagesIn(coreMessages, o.locale);
  const title = o.title ?? (o.variant === 'success' ? m.success : m.important);
  const panelHeading =
    o.heading === undefined
      ? nothing
      : heading(o.headingLevel ?? 2, { className: 'ct-notification__heading' }, o.heading);
  return html`<div class="ct-notification ${o.variant === 'success' ? 'ct-notification--success' : ''}"
    id=${o.id} role="region" aria-labelledby=${`${o.id}-title`} tabindex="-1" part="notification">
    <p class="ct-notification__header" id=${`${o.id}-title`}>${title}</p>
    <div class="ct-notification__content">${panelHeading}${o.body ?? nothing}</div>
  </div>`;
}

export type TagColour = 'blue' | 'green' | 'red' | 'grey' | 'yellow';

/** A short status label. The words carry the meaning; colour only supports it. */
export function tag(text: string | TemplateResult, colour: TagColour = 'blue'): TemplateResult {
  return html`<strong class="ct-tag ${colour === 'blue' ? '' : `ct-tag--${colour}`}" part="tag">${text}</strong>`;
}
