/**
 * The form's optional questions and its consent box, as templates of the answers (as the equality step
 * renders itself in equality.ts): what each question asks, its answers and its hint. The element
 * (sign-up-form.ts) draws the form around them and owns the answers they change.
 */
import { html, type TemplateResult } from 'lit';
import { INTERESTS, choices, field, vocabularyIn, type Locale } from '@ctkit/core';
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
