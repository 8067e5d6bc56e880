/**
 * The form's questions — the optional ones, the email address with its "Did you mean …?", the equality
 * step's frame (the step draws itself: equality.ts) — and its consent box, as templates of the answers:
 * what each question asks, its answers and its hint. The element (sign-up-form.ts) draws the form around
 * them and owns the answers they change.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  EMAIL_MAX_LENGTH,
  INTERESTS,
  choices,
  emailField,
  field,
  heading,
  vocabularyIn,
  type Locale,
} from '@ctkit/core';
import type * as EqualityStep from './equality.js';
import type { SignUpMessages } from './messages.js';
import { SINGLE_CHOICE, type SignUpAnswers, type SignUpField } from './sign-up-form.answers.js';

/** What the questions are drawn from, and how an answer gets back to the element. */
export interface QuestionsView {
  m: SignUpMessages;
  locale: Locale;
  answers: SignUpAnswers;
  errors: Record<string, string>;
  /** The level of the form's sections (the access-needs question's heading). */
  sectionLevel: number;
  /** The organisation as the partner named it ('' when it gave none), and the privacy notice. */
  orgName: string;
  privacyUrl: string;
  set<K extends keyof SignUpAnswers>(key: K, value: SignUpAnswers[K]): void;
}

/** One optional question (the equality step renders itself: see equality.ts). */
export function renderQuestion(f: Exclude<SignUpField, 'equality'>, view: QuestionsView): TemplateResult {
  const { m, locale, answers: a, errors, set } = view;
  const v = vocabularyIn(locale);
  switch (f) {
    case 'name':
    case 'organisation': {
      const kind =
        f === 'name'
          ? { autocomplete: 'name', spellcheck: false }
          : { autocomplete: 'organization', hint: m.organisationHint };
      const onInput = (value: string) => {
        set(f, value);
      };
      return field({
        locale,
        id: f,
        name: f,
        label: m[f],
        value: a[f],
        optional: true,
        error: errors[f],
        ...kind,
        onInput,
      });
    }
    case 'interests': {
      const items = INTERESTS.map((value) => ({ value, label: v.interest[value] }));
      const onChange = (next: string[]) => {
        set('interests', next);
      };
      return choices({
        locale,
        type: 'checkbox',
        id: f,
        name: f,
        legend: m.interests,
        legendSize: 's',
        optional: true,
        hint: m.interestsHint,
        error: errors.interests,
        items,
        selected: a.interests,
        onChange,
      });
    }
    case 'access-needs':
      return html`<ct-access-needs id="accessNeeds" name="accessNeeds" class="ct-sign-up__access-needs" part="access-needs"
        heading-level=${view.sectionLevel} heading-size="body"></ct-access-needs>`;
    default: {
      const [key, values] = SINGLE_CHOICE[f];
      const labels: Record<string, string> = v[key];
      const items = values.map((value) => ({ value, label: labels[value] ?? value }));
      const hint = key === 'communityType' ? { hint: m.communityTypeHint } : {};
      const onChange = (next: string[]) => {
        set(key, next[0] ?? '');
      };
      return choices({
        locale,
        type: 'radio',
        id: key,
        name: key,
        legend: m[key],
        legendSize: 's',
        optional: true,
        error: errors[key],
        ...hint,
        items,
        selected: a[key] ? [a[key]] : [],
        onChange,
      });
    }
  }
}

/**
 * The email question, with the "Did you mean …?" suggestion under it when the typo check has one
 * (sign-up-form.suggestion.ts owns when it shows): `left` when focus leaves the box, `use` to take it.
 */
export function renderEmail(
  view: QuestionsView,
  suggestion: string | undefined,
  left: () => void,
  use: (suggestion: string) => void,
): TemplateResult {
  const { m } = view;
  return emailField({
    locale: view.locale,
    id: 'email',
    name: 'email',
    label: m.email,
    hint: m.emailHint,
    value: view.answers.email,
    maxlength: EMAIL_MAX_LENGTH,
    error: view.errors.email,
    describedBy: suggestion && 'email-suggestion',
    onInput: (value) => {
      view.set('email', value);
    },
    onBlur: left,
    after: suggestion
      ? html`<p class="ct-sign-up__suggestion" id="email-suggestion" part="suggestion">
          ${m.didYouMean} <strong>${suggestion}</strong>?
          <button type="button" class="ct-link-button" @click=${() => {
            use(suggestion);
          }}>${m.useSuggestion(suggestion)}</button>
        </p>`
      : nothing,
  });
}

/** The equality step, once its chunk has loaded (it draws itself: equality.ts), under a section heading. */
export function renderEqualityStep(
  view: QuestionsView,
  step: typeof EqualityStep,
  m: EqualityStep.EqualityMessages,
  onChange: EqualityStep.EqualityView['onChange'],
): TemplateResult {
  return step.renderEquality({
    m,
    locale: view.locale,
    answers: view.answers.equality,
    errors: view.errors,
    heading: (text, id) =>
      heading(view.sectionLevel, { id, className: 'ct-sign-up__section-heading', part: 'equality-heading' }, text),
    onChange,
  });
}

/** The consent box: unticked, naming the organisation, with the privacy notice in its hint. */
export function renderConsent(view: QuestionsView): TemplateResult {
  const { m, orgName, privacyUrl } = view;
  const named = orgName.trim();
  const privacy = privacyUrl
    ? html`${m.privacyBefore}<a href=${privacyUrl} target="_blank" rel="noopener noreferrer">${`${m.privacyLink(named)} ${m.privacyNewTab}`}</a>.`
    : html`${m.privacyNone(named)}`;
  return choices({
    locale: view.locale,
    type: 'checkbox',
    id: 'consent',
    name: 'consent',
    legend: m.consentLegend,
    legendSize: 's',
    hint: privacy,
    describedBy: 'consent-legend',
    error: view.errors.consent,
    items: [{ value: 'yes', label: m.consentLabel(named || m.defaultOrg), hint: m.consentHint }],
    selected: view.answers.consent ? ['yes'] : [],
    onChange: (next) => {
      view.set('consent', next.includes('yes'));
    },
  });
}
