import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  button,
  choices,
  emailField,
  errorSummary,
  field,
  notification,
  tag,
  type ChoiceItem,
  type Locale,
} from '@ctkit/core';
import './support/partial-preview.js';
import type { CtPartialPreview } from './support/partial-preview.js';

/**
 * The shared form partials of `@ctkit/core`, in every state. Widgets render these inside their own
 * shadow root, so labels, hints and errors are linked by id.
 */
const meta: Meta = {
  title: 'Foundations/Form partials',
  parameters: {
    docs: { description: { component: 'Form partials from @ctkit/core, after the GOV.UK Design System.' } },
  },
};
export default meta;
type Story = StoryObj;

const text = {
  en: {
    name: 'Full name',
    nameHint: 'As you would like us to address you',
    email: 'Email address',
    emailHint: 'We’ll only use this to send you updates',
    error: 'Enter your full name',
    emailError: 'Enter an email address in the correct format, like name@example.com',
    more: 'Tell us more',
    interests: 'What are you interested in?',
    interestsHint: 'Select all that apply',
    none: 'None of these',
    first: 'Peer drop-ins',
    second: 'Deep dives on topics',
    other: 'Something else',
    otherLabel: 'What else?',
    pick: 'Pick one',
    region: 'Where are you based?',
    wales: 'Wales',
    scotland: 'Scotland',
    send: 'Send',
    sending: 'Sending',
    back: 'Go back',
    doneTitle: 'You’re signed up',
    doneBody: 'Check your inbox to confirm.',
    regionError: 'Select where you are based',
  },
  cy: {
    name: 'Enw llawn',
    nameHint: 'Fel yr hoffech i ni eich cyfarch',
    email: 'Cyfeiriad e-bost',
    emailHint: 'Byddwn ond yn defnyddio hwn i anfon diweddariadau atoch',
    error: 'Rhowch eich enw llawn',
    emailError: 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com',
    more: 'Dywedwch fwy wrthym',
    interests: 'Beth sydd o ddiddordeb i chi?',
    interestsHint: 'Dewiswch bob un sy’n berthnasol',
    none: 'Dim un o’r rhain',
    first: 'Sesiynau galw heibio',
    second: 'Sesiynau manwl ar bynciau',
    other: 'Rhywbeth arall',
    otherLabel: 'Beth arall?',
    pick: 'Dewiswch un',
    region: 'Ble ydych chi?',
    wales: 'Cymru',
    scotland: 'Yr Alban',
    send: 'Anfon',
    sending: 'Wrthi’n anfon',
    back: 'Yn ôl',
    doneTitle: 'Rydych wedi cofrestru',
    doneBody: 'Edrychwch yn eich mewnflwch i gadarnhau.',
    regionError: 'Dewiswch ble rydych chi',
  },
} as const;

type State = 'empty' | 'hint' | 'error' | 'disabled';
const preview = (template: CtPartialPreview['template']) =>
  html`<ct-partial-preview .template=${template}></ct-partial-preview>`;

const textField = (state: State) =>
  preview((locale: Locale) => {
    const s = text[locale];
    return field({
      locale,
      id: `name-${state}`,
      name: 'name',
      label: s.name,
      value: state === 'error' ? '' : state === 'disabled' ? 'Alex' : '',
      onInput: () => undefined,
      autocomplete: 'name',
      spellcheck: false,
      ...(state === 'empty' ? {} : { hint: s.nameHint }),
      ...(state === 'error' ? { error: s.error } : {}),
      disabled: state === 'disabled',
    });
  });

export const TextFieldEmpty: Story = { name: 'Text field — empty', render: () => textField('empty') };
export const TextFieldHint: Story = { name: 'Text field — hint', render: () => textField('hint') };
export const TextFieldError: Story = { name: 'Text field — error', render: () => textField('error') };
export const TextFieldDisabled: Story = { name: 'Text field — disabled', render: () => textField('disabled') };

export const EmailField: Story = {
  name: 'Email field — hint and error',
  render: () =>
    preview(
      (
        locale,
      ) => html`${emailField({ locale, id: 'email', name: 'email', label: text[locale].email, hint: text[locale].emailHint, value: 'name@', onInput: () => undefined })}
    ${emailField({ locale, id: 'email-err', name: 'email2', label: text[locale].email, error: text[locale].emailError, value: 'name@', onInput: () => undefined })}`,
    ),
};

export const Textarea: Story = {
  name: 'Textarea — optional',
  render: () =>
    preview((locale) =>
      field({
        locale,
        id: 'more',
        name: 'more',
        label: text[locale].more,
        multiline: true,
        optional: true,
        value: '',
        onInput: () => undefined,
      }),
    ),
};

/** A stateful checkboxes example: exclusive "None of these" and a conditionally revealed follow-up. */
const checkboxes = (state: State) =>
  preview((locale, host) => {
    const s = text[locale];
    const state$ = host as CtPartialPreview & { selected?: string[]; other?: string };
    const items: ChoiceItem[] = [
      { value: 'drop-ins', label: s.first },
      { value: 'deep-dives', label: s.second },
      {
        value: 'other',
        label: s.other,
        conditional: field({
          locale,
          id: `other-text-${state}`,
          name: 'other-text',
          label: s.otherLabel,
          value: state$.other ?? '',
          onInput: (v) => {
            state$.other = v;
          },
        }),
      },
      { value: 'none', label: s.none, exclusive: true },
    ];
    return choices({
      locale,
      type: 'checkbox',
      id: `interests-${state}`,
      name: 'interests',
      legend: s.interests,
      legendHeadingLevel: 2,
      legendSize: 'm',
      items,
      selected: state$.selected ?? (state === 'disabled' ? ['deep-dives'] : []),
      onChange: (next) => {
        state$.selected = next;
        host.requestUpdate();
      },
      ...(state === 'empty' ? {} : { hint: s.interestsHint }),
      ...(state === 'error' ? { error: s.interestsHint } : {}),
      disabled: state === 'disabled',
    });
  });

export const CheckboxesEmpty: Story = { name: 'Checkboxes — empty', render: () => checkboxes('empty') };
export const CheckboxesHint: Story = {
  name: 'Checkboxes — hint, exclusive and reveal',
  render: () => checkboxes('hint'),
};
export const CheckboxesError: Story = { name: 'Checkboxes — error', render: () => checkboxes('error') };
export const CheckboxesDisabled: Story = { name: 'Checkboxes — disabled', render: () => checkboxes('disabled') };

const radios = (state: State) =>
  preview((locale, host) => {
    const s = text[locale];
    const state$ = host as CtPartialPreview & { selected?: string[] };
    return choices({
      locale,
      type: 'radio',
      id: `region-${state}`,
      name: 'region',
      legend: s.region,
      items: [
        { value: 'wales', label: s.wales },
        { value: 'scotland', label: s.scotland },
      ],
      selected: state$.selected ?? [],
      onChange: (next) => {
        state$.selected = next;
        host.requestUpdate();
      },
      ...(state === 'hint' ? { hint: s.pick } : {}),
      ...(state === 'error' ? { error: s.regionError } : {}),
      disabled: state === 'disabled',
    });
  });
export const RadiosEmpty: Story = { name: 'Radios — empty', render: () => radios('empty') };
export const RadiosHint: Story = { name: 'Radios — hint', render: () => radios('hint') };
export const RadiosError: Story = { name: 'Radios — error', render: () => radios('error') };
export const RadiosDisabled: Story = { name: 'Radios — disabled', render: () => radios('disabled') };

export const ErrorSummary: Story = {
  name: 'Error summary',
  render: () =>
    preview(
      (
        locale,
      ) => html`${errorSummary({ locale, id: 'summary', errors: [{ fieldId: 'summary-name', text: text[locale].error }] })}
      ${field({ locale, id: 'summary-name', name: 'name', label: text[locale].name, error: text[locale].error, value: '', onInput: () => undefined })}`,
    ),
};

export const Buttons: Story = {
  name: 'Buttons — primary, secondary, busy, disabled',
  render: () =>
    preview(
      (
        locale,
      ) => html`${button({ label: text[locale].send, type: 'submit' })} ${button({ label: text[locale].back, variant: 'secondary' })}
      ${button({ label: text[locale].send, busy: true, busyLabel: text[locale].sending })} ${button({ label: text[locale].send, disabled: true })}`,
    ),
};

export const Notifications: Story = {
  name: 'Notification and tags',
  render: () =>
    preview(
      (
        locale,
      ) => html`${notification({ locale, id: 'done', variant: 'success', heading: text[locale].doneTitle, body: html`<p>${text[locale].doneBody}</p>` })}
      ${notification({ locale, id: 'info', heading: text[locale].pick })}
      <p>${tag('Free', 'green')} ${tag('Cancelled', 'red')} ${tag('Online')} ${tag('Past', 'grey')} ${tag('Few places left', 'yellow')}</p>`,
    ),
};
