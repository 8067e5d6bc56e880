import { html, nothing, type TemplateResult } from 'lit';
import { coreMessages } from '../localize/core-messages.js';
import { messagesIn } from '../localize/catalogue.js';
import type { Locale } from '../localize/catalogue.js';
import { heading } from './heading.js';

export interface SummaryError {
  /** id of the field to move to (the first input of a group). */
  fieldId: string;
  text: string;
}

/**
 * Moves focus to a field from an error summary link, GOV.UK style: the field gets focus without the
 * browser scrolling it to the middle, and its label or legend is scrolled into view so that the
 * question is seen with the answer box.
 */
export function focusField(root: ShadowRoot | Document, fieldId: string): boolean {
  const input = root.getElementById(fieldId);
  if (!(input instanceof HTMLElement)) return false;
  const fieldset = input.closest('fieldset');
  const legend = fieldset?.querySelector('legend');
  const label = root.querySelector(`label[for="${CSS.escape(fieldId)}"]`);
  let target: Element | null | undefined = label ?? input;
  // For a group, the legend is the question — but only if it would stay on screen with the input.
  if (legend && fieldset) {
    const legendTop = legend.getBoundingClientRect().top;
    const inputRect = input.getBoundingClientRect();
    if (inputRect.top + inputRect.height - legendTop < window.innerHeight / 2) target = legend;
  }
  target.scrollIntoView({ block: 'start' });
  input.focus({ preventScroll: true });
  return true;
}

export interface ErrorSummaryOptions {
  locale: Locale;
  id: string;
  errors: SummaryError[];
  title?: string;
  /**
   * The title's heading level: the level of the form's own heading, which the summary sits just above (2 on
   * a page of its own; deeper when the form is nested, as in an event card's inline booking).
   */
  level?: number;
}

/**
 * The error summary: shown at the top of a form after a failed submit, focused at once (the caller
 * calls `.focus()` after rendering), each error a link that moves to its field. Focus, not a live
 * region, is what says it: a group named by its title and described by its list, so a screen reader
 * says the title first and then the errors in page order, once. (A `role="alert"` here was read out a
 * second time, piece by piece and in no fixed order, as the browser reported each part of it.)
 */
export function errorSummary(o: ErrorSummaryOptions): TemplateResult | typeof nothing {
  if (!o.errors.length) return nothing;
  const onClick = (fieldId: string) => (e: MouseEvent) => {
    const root = (e.currentTarget as Element).getRootNode() as ShadowRoot | Document;
    if (focusField(root, fieldId)) e.preventDefault();
  };
  return html`<div class="ct-error-summary" id=${o.id} tabindex="-1" part="error-summary" role="group" aria-labelledby=${`${o.id}-title`} aria-describedby=${`${o.id}-list`}>
    ${heading(o.level ?? 2, { id: `${o.id}-title`, className: 'ct-error-summary__title' }, o.title ?? messagesIn(coreMessages, o.locale).errorSummaryTitle)}
    <ul class="ct-error-summary__list" id=${`${o.id}-list`}>
      ${o.errors.map((err) => html`<li><a href=${`#${err.fieldId}`} @click=${onClick(err.fieldId)}>${err.text}</a></li>`)}
    </ul>
  </div>`;
}
