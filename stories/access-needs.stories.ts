import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@ctkit/access-needs';
import type { AccessNeedsOptions, CtAccessNeeds } from '@ctkit/access-needs';
import { choose } from './support/arg-types.js';
import { playground } from './support/playground.js';
import { usage } from './support/usage.js';
import accessNeedsSnippet from '../packages/embed/snippets/access-needs.html?raw';

/**
 * `<ct-access-needs>`: what support would help someone take part — never why. A form control: it
 * sends its answer with any host `<form>`.
 */
const meta: Meta = {
  title: 'Widgets/Access needs',
  component: 'ct-access-needs',
  parameters: {
    docs: { description: { component: usage.accessNeeds } },
  },
};
export default meta;
type Story = StoryObj;

/** The docs page's first story: the embed snippet with live controls for every attribute, and "Show code". */
export const Playground: Story = {
  ...playground('ct-access-needs', accessNeedsSnippet, {
    name: 'access',
    format: 'in-person',
    'respond-by': '2026-12-04',
    'heading-level': 2,
    remember: false,
  }),
  argTypes: { format: choose(['in-person', 'online', 'hybrid']) },
};

/** Strings of the host pages in these stories (the widget's own strings are in its messages.ts). */
const host = {
  en: {
    register: 'Register',
    sent: 'What the form sends',
    nothingYet: 'Nothing yet: press Register.',
    nothingSent: '(no entries)',
    problem: 'There is a problem',
    chooseOne: 'Select the support you need, or select “None of these”',
    name: 'Full name',
    event: 'Register for the community tech meet-up',
    customCheck: 'We can no longer arrange support for this date: call us on 029 2000 0000',
  },
  cy: {
    register: 'Cofrestru',
    sent: 'Beth mae’r ffurflen yn ei anfon',
    nothingYet: 'Dim byd eto: pwyswch Cofrestru.',
    nothingSent: '(dim cofnodion)',
    problem: 'Mae problem wedi codi',
    chooseOne: 'Dewiswch y cymorth sydd ei angen arnoch, neu dewiswch “Dim un o’r rhain”',
    name: 'Enw llawn',
    event: 'Cofrestru ar gyfer cyfarfod technoleg gymunedol',
    customCheck: 'Does dim modd i ni drefnu cymorth ar gyfer y dyddiad hwn bellach: ffoniwch ni ar 029 2000 0000',
  },
} as const;
const hostText = (globals: Record<string, unknown>) => host[globals.locale === 'cy' ? 'cy' : 'en'];

export const Default: Story = {
  render: () => html`<ct-access-needs name="access"></ct-access-needs>`,
};

export const InPerson: Story = {
  name: 'In person',
  render: () => html`<ct-access-needs name="access" format="in-person"></ct-access-needs>`,
};

export const Online: Story = {
  render: () => html`<ct-access-needs name="access" format="online"></ct-access-needs>`,
};

export const Hybrid: Story = {
  render: () => html`<ct-access-needs name="access" format="hybrid"></ct-access-needs>`,
};

export const WithRespondBy: Story = {
  name: 'With respond-by',
  render: () => html`<ct-access-needs name="access" format="in-person" respond-by="2026-12-04"></ct-access-needs>`,
};

const customOptions: AccessNeedsOptions = {
  mode: 'extend',
  groups: [{ id: 'food', label: { en: 'Food and drink', cy: 'Bwyd a diod' } }],
  options: [
    { id: 'halal', group: 'food', label: { en: 'Halal food', cy: 'Bwyd halal' }, formats: ['in-person', 'hybrid'] },
    { id: 'vegan', group: 'food', label: { en: 'Vegan food', cy: 'Bwyd fegan' }, formats: ['in-person', 'hybrid'] },
    {
      id: 'quiet-space',
      group: 'pace-and-environment',
      label: { en: 'The quiet room on the first floor', cy: 'Yr ystafell dawel ar y llawr cyntaf' },
    },
  ],
  hide: ['isl-interpreter', 'dietary-needs'],
};

export const WithCustomOptions: Story = {
  name: 'With custom options',
  render: () => html`<ct-access-needs name="access" format="in-person" .options=${customOptions}></ct-access-needs>`,
};

/**
 * `heading-size`: the question at the size that fits the page around it (unset, `m`: one question on its
 * own, as in Default). `s` under a card or section heading; `body` as one question among a form's others
 * (the sign-up form sets it), the groups' legends a step smaller.
 */
export const HeadingSizeS: Story = {
  name: 'Heading size: s',
  render: () => html`<ct-access-needs name="access" format="in-person" heading-size="s"></ct-access-needs>`,
};

export const HeadingSizeBody: Story = {
  name: 'Heading size: body (one question among others)',
  render: () => html`<ct-access-needs name="access" format="in-person" heading-size="body"></ct-access-needs>`,
};

export const WithRemember: Story = {
  name: 'With “remember”',
  render: () => html`<ct-access-needs name="access" format="online" remember></ct-access-needs>`,
};

export const Welsh: Story = {
  render: () =>
    html`<ct-access-needs lang="cy" name="access" format="hybrid" respond-by="2026-12-01"></ct-access-needs>`,
};

/** A host form that checks the answer on submit and shows its own error summary, GOV.UK style. */
export const ErrorsFromHostForm: Story = {
  name: 'Errors from a host form',
  render: (_args, context) => {
    const t = hostText(context.globals);
    const submit = (e: SubmitEvent) => {
      e.preventDefault();
      const form = e.currentTarget as HTMLFormElement;
      const control = form.querySelector<CtAccessNeeds>('ct-access-needs');
      const summary = form.querySelector<HTMLElement>('.host-error-summary');
      const list = summary?.querySelector('ul');
      if (!control || !summary || !list) return;
      control.error = control.value.needs.length || control.value.contact ? '' : t.chooseOne;
      const problems: string[] = [];
      if (control.error) problems.push(control.error);
      // The control's own checks ("Something else" with no text) show inline when the form checks validity.
      if (!form.checkValidity() && !control.error) problems.push(control.validationMessage);
      list.replaceChildren(
        ...problems.map((text) => {
          const li = document.createElement('li');
          const a = document.createElement('a');
          a.href = '#access-needs';
          a.textContent = text;
          a.addEventListener('click', (event) => {
            event.preventDefault();
            // Moves to the first problem: the "Something else" box, else the first checkbox.
            if (control.reportValidity()) control.focus();
          });
          li.append(a);
          return li;
        }),
      );
      summary.hidden = problems.length === 0;
      if (problems.length) summary.focus();
    };
    return html`<form novalidate @submit=${submit}>
      <div class="host-error-summary" tabindex="-1" hidden>
        <h2>${t.problem}</h2>
        <ul></ul>
      </div>
      <ct-access-needs id="access-needs" name="access" format="in-person"></ct-access-needs>
      <p><button>${t.register}</button></p>
    </form>`;
  },
  play: ({ canvasElement }) => {
    canvasElement.querySelector('form')?.requestSubmit();
  },
};

/** A plain HTML form with a submit button; what it would send is printed below it. */
export const InPlainForm: Story = {
  name: 'Inside a plain HTML form',
  render: (_args, context) => {
    const t = hostText(context.globals);
    const submit = (e: SubmitEvent) => {
      e.preventDefault();
      const form = e.currentTarget as HTMLFormElement;
      const lines = [...new FormData(form).entries()].map(
        ([key, value]) => `${key} = ${typeof value === 'string' ? value : value.name}`,
      );
      const printed = form.querySelector('output pre');
      if (printed) printed.textContent = lines.length ? lines.join('\n') : t.nothingSent;
    };
    return html`<form id="register" action="/register" method="post" novalidate @submit=${submit}>
      <h2>${t.event}</h2>
      <p>
        <label for="full-name">${t.name}</label><br />
        <input id="full-name" name="full-name" autocomplete="name" value="Alex Jones" />
      </p>
      <ct-access-needs name="access" format="in-person" respond-by="2026-12-04"></ct-access-needs>
      <p><button>${t.register}</button></p>
      <h3 id="sent-heading">${t.sent}</h3>
      <output for="full-name" aria-labelledby="sent-heading"><pre>${t.nothingYet}</pre></output>
    </form>`;
  },
};

/**
 * `required`: "answer at least one" (a need, or "None of these"). A form that validates (no
 * `novalidate`): pressing Register with nothing chosen is blocked, and the control shows its message GOV.UK
 * style; it then matches `:state(user-invalid)` in every browser.
 */
export const RequiredAfterSubmit: Story = {
  name: 'Required, after a blocked submit',
  render: (_args, context) => {
    const t = hostText(context.globals);
    return html`<form @submit=${(e: SubmitEvent) => {
      e.preventDefault();
    }}>
      <ct-access-needs name="access" format="online" required></ct-access-needs>
      <p><button>${t.register}</button></p>
    </form>`;
  },
  play: async ({ canvasElement }) => {
    const control = canvasElement.querySelector<CtAccessNeeds>('ct-access-needs');
    await control?.updateComplete;
    canvasElement.querySelector('form')?.requestSubmit();
    await Promise.resolve();
    await control?.updateComplete;
  },
};

/** A host page's own check, through the native API: `setCustomValidity()` then `reportValidity()`. */
export const CustomValidity: Story = {
  name: 'Custom validity from the host page',
  render: () => html`<ct-access-needs name="access" format="hybrid"></ct-access-needs>`,
  play: async ({ canvasElement, globals }) => {
    const control = canvasElement.querySelector<CtAccessNeeds>('ct-access-needs');
    if (!control) return;
    await control.updateComplete;
    control.setCustomValidity(hostText(globals).customCheck);
    control.reportValidity();
    await control.updateComplete;
  },
};
