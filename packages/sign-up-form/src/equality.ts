import { html, type TemplateResult } from 'lit';
import { EQUALITY, choices, defineMessages, field, type ChoiceItem, type Locale } from '@ctkit/core';

/**
 * The optional equality-monitoring step of `ct-sign-up-form`: its words, its questions, its checks and
 * its part of the payload. A module of its own, fetched (with `import()`) only by a form whose `fields`
 * ask for it, so the many pages that do not pay nothing for it. Its Welsh is in `equality.cy.ts`.
 */
const en = {
  equalityHeading: 'Equality monitoring',
  equalityIntro:
    'These questions are optional and separate from your sign-up. We ask them to check that our network reaches everyone. Your answers are stored apart from your contact details, seen only by the staff who produce anonymous summaries, never shared with a mailing provider, and deleted on request.',
  ageGroup: 'What is your age?',
  disability: 'Do you consider yourself to be disabled?',
  ethnicity: 'What is your ethnic group?',
  gender: 'What is your gender?',
  genderSelfDescribe: 'How would you describe your gender?',
  trans: 'Is your gender the same as the sex you were registered at birth?',
  sexualOrientation: 'What is your sexual orientation?',
  sexualOrientationSelfDescribe: 'How would you describe your sexual orientation?',
  socioEconomic: 'What was the occupation of your main household earner when you were about 14?',
  selfDescribeTooLong: (max: number) => `Your description must be ${max} characters or fewer`,
  // The answers' names (ids in core's `EQUALITY`; `transYes`/`transNo` and `socioEconomicOther` where
  // a question words them differently).
  'prefer-not-to-say': 'Prefer not to say',
  'under-18': 'Under 18',
  '18-24': '18 to 24',
  '25-34': '25 to 34',
  '35-44': '35 to 44',
  '45-54': '45 to 54',
  '55-64': '55 to 64',
  '65-plus': '65 or over',
  yes: 'Yes',
  no: 'No',
  transYes: 'Yes',
  transNo: 'No',
  asian: 'Asian or Asian British',
  black: 'Black, Black British, Caribbean or African',
  mixed: 'Mixed or multiple ethnic groups',
  white: 'White',
  other: 'Another ethnic group',
  woman: 'Woman',
  man: 'Man',
  'non-binary': 'Non-binary',
  'self-describe': 'I’d prefer to describe myself',
  bisexual: 'Bisexual',
  'gay-or-lesbian': 'Gay or lesbian',
  straight: 'Straight or heterosexual',
  professional: 'Professional or managerial, such as a teacher, nurse, manager or accountant',
  intermediate: 'Intermediate, such as a clerical worker, secretary or small business owner',
  'routine-manual': 'Routine or manual, such as a cleaner, driver, factory or shop worker',
  'never-worked': 'Never worked or long-term unemployed',
  socioEconomicOther: 'Other, such as retired or did not know',
};

export type EqualityMessages = typeof en;

/** The step's catalogue; the form waits for its Welsh before drawing the step in Welsh. */
export const equalityMessages = defineMessages({ en, cy: () => import('./equality.cy.js') });

export type EqualityQuestion = keyof typeof EQUALITY;
export type EqualityAnswers = Partial<
  Record<EqualityQuestion | 'genderSelfDescribe' | 'sexualOrientationSelfDescribe', string>
>;
type SelfDescribe = 'genderSelfDescribe' | 'sexualOrientationSelfDescribe';

const QUESTIONS = Object.keys(EQUALITY) as EqualityQuestion[];
const selfDescribeOf = (q: EqualityQuestion): SelfDescribe | undefined =>
  q === 'gender' ? 'genderSelfDescribe' : q === 'sexualOrientation' ? 'sexualOrientationSelfDescribe' : undefined;

/** What the form gives the step to draw it. */
export interface EqualityView {
  m: EqualityMessages;
  locale: Locale;
  answers: EqualityAnswers;
  errors: Record<string, string>;
  /** The section heading, at the form's level + 1 (the form draws headings of every level). */
  heading: (text: string, id: string) => TemplateResult;
  onChange: (key: keyof EqualityAnswers, value: string) => void;
}

/** Ids of the step's fields, in page order (the error summary's order). */
export function equalityFieldIds(): string[] {
  return QUESTIONS.flatMap((q) => {
    const extra = selfDescribeOf(q);
    return [`equality-${q}`, ...(extra ? [`equality-${extra}`] : [])];
  });
}

/**
 * The step's own checks: only the self-descriptions have a limit, `max` (the schema's, passed in by the
 * form so that this chunk needs nothing from the form's own chunk). A self-description counts only while
 * its "describe myself" is chosen: otherwise its box is hidden and its text is not sent, so it cannot
 * hold up sending.
 */
export function equalityErrors(a: EqualityAnswers, m: EqualityMessages, max: number): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const q of QUESTIONS) {
    const extra = selfDescribeOf(q);
    if (extra && a[q] === 'self-describe' && (a[extra] ?? '').trim().length > max)
      errors[`equality-${extra}`] = m.selfDescribeTooLong(max);
  }
  return errors;
}

/** The payload's `equality`: known answers only, a self-description only with its "describe myself". */
export function equalityPayload(a: EqualityAnswers): Record<string, string> | undefined {
  const equality: Record<string, string> = {};
  for (const q of QUESTIONS) {
    const value = a[q];
    if (value && (EQUALITY[q] as readonly string[]).includes(value)) equality[q] = value;
    const extra = selfDescribeOf(q);
    const text = extra && a[extra]?.trim();
    if (extra && text && value === 'self-describe') equality[extra] = text;
  }
  return Object.keys(equality).length ? equality : undefined;
}

/** The step: a section with its own heading, why it is asked, and one group of radios a question. */
export function renderEquality(v: EqualityView): TemplateResult {
  const { m, locale, answers: e, errors } = v;
  const labels = m as unknown as Record<string, string | undefined>;
  const error = (id: string) => (errors[id] ? { error: errors[id] } : {});
  const question = (q: EqualityQuestion): TemplateResult => {
    const id = `equality-${q}`;
    const items: ChoiceItem[] = EQUALITY[q].map((value) => {
      const key =
        q === 'trans' && (value === 'yes' || value === 'no')
          ? `trans${value === 'yes' ? 'Yes' : 'No'}`
          : q === 'socioEconomic' && value === 'other'
            ? 'socioEconomicOther'
            : value;
      const item: ChoiceItem = { value, label: labels[key] ?? value };
      const extra = selfDescribeOf(q);
      if (value === 'self-describe' && extra) {
        item.conditional = field({
          locale,
          id: `equality-${extra}`,
          name: extra,
          label: m[extra],
          value: e[extra] ?? '',
          optional: true,
          ...error(`equality-${extra}`),
          onInput: (text) => {
            v.onChange(extra, text);
          },
        });
      }
      if (value === 'prefer-not-to-say') item.exclusive = true;
      return item;
    });
    return choices({
      locale,
      type: 'radio',
      id,
      name: id,
      legend: m[q],
      legendSize: 's',
      optional: true,
      items,
      selected: e[q] ? [e[q]] : [],
      ...error(id),
      onChange: (next) => {
        v.onChange(q, next[0] ?? '');
      },
    });
  };
  return html`<section class="ct-sign-up__section" part="equality" aria-labelledby="equality-heading">
    ${v.heading(m.equalityHeading, 'equality-heading')}
    <p>${m.equalityIntro}</p>
    ${QUESTIONS.map(question)}
  </section>`;
}
