/**
 * What the person is told about sending: the panel that replaces the form once it is sent (the
 * confirmation — "You have signed up", "Check your email", "You are registered for …" — or "saved, we
 * will send it"), and the notice above the questions when it could not be sent (rate limited, not set
 * up, refused). Templates only: the submission controller (sign-up-form.submission.ts) decides which.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { notification, type Locale } from '@ctkit/core';
import type { SignUpMessages } from './messages.js';
import type { SignUpState } from './sign-up-form.submission.js';

/** What the panel is drawn from: the element itself (its attributes and where the submission is). */
export interface OutcomeForm {
  locale: Locale;
  headingLevel: number;
  state: SignUpState;
  eventId: string;
  eventName: string;
}

/** The notice above the questions, when sending did not work and the form is still there to try again. */
export function renderNotice(locale: Locale, notice: string | undefined): TemplateResult | typeof nothing {
  return notice
    ? html`<div class="ct-sign-up__notice" part="notice">
        ${notification({ locale, id: 'ct-sign-up-notice', body: html`<p>${notice}</p>` })}
      </div>`
    : nothing;
}

/**
 * The panel once sent: `email` is the address said back to the person; `deliveredLater` when it went from
 * the browser's queue after an earlier failure (the panel says so).
 */
export function renderOutcome(
  form: OutcomeForm,
  m: SignUpMessages,
  email: string,
  deliveredLater: boolean,
): TemplateResult {
  const options = { locale: form.locale, id: 'ct-sign-up-outcome', headingLevel: form.headingLevel } as const;
  if (form.state === 'queued')
    return notification({ ...options, heading: m.queuedHeading, body: html`<p>${m.queuedBody}</p>` });
  const pending = form.state === 'pending-confirmation';
  const registered = form.eventName ? m.eventSuccessHeading(form.eventName) : m.eventSuccessHeadingUnnamed;
  const heading = pending ? m.pendingHeading : form.eventId ? registered : m.successHeading;
  const body = html`${pending && form.eventId ? html`<p>${registered}.</p>` : nothing}
    ${deliveredLater ? html`<p>${m.deliveredLater}</p>` : nothing}
    <p>${pending ? m.pendingBody(email) : m.successBody(email)}</p>`;
  return notification({ ...options, variant: 'success', heading, body });
}
