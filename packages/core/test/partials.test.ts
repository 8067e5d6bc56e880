import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { button, choices, errorSummary, field, nextSelection, type ChoiceItem } from '@ctkit/core';
import { deepActiveElement, type TestHost } from './helpers.js';
import './helpers.js';

const items: ChoiceItem[] = [
  { value: 'a', label: 'Apples' },
  { value: 'b', label: 'Bananas', conditional: html`<p>Revealed</p>` },
  { value: 'none', label: 'None of these', exclusive: true },
];

async function checkboxHost(initial: string[] = []) {
  const el = await fixture<TestHost>(html`<ct-test-host></ct-test-host>`);
  const state = { selected: initial, changes: 0 };
  el.template = (locale) =>
    choices({
      locale,
      type: 'checkbox',
      id: 'fruit',
      name: 'fruit',
      legend: 'Which fruit?',
      hint: 'Select all that apply',
      items,
      selected: state.selected,
      onChange: (next) => {
        state.selected = next;
        state.changes += 1;
        el.requestUpdate();
      },
    });
  await el.updateComplete;
  const root = el.shadowRoot!;
  const input = (v: string) => root.querySelector<HTMLInputElement>(`input[value="${v}"]`)!;
  return { el, state, root, input };
}

describe('choices partial (checkboxes)', () => {
  it('is one named group with a legend and a hint linked by aria-describedby', async () => {
    const { root } = await checkboxHost();
    const fieldset = root.querySelector('fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent.trim()).to.equal('Which fruit?');
    expect(fieldset.getAttribute('aria-describedby')).to.equal('fruit-hint');
    expect(root.getElementById('fruit-hint')!.textContent).to.equal('Select all that apply');
    // Each checkbox is labelled by its own label.
    expect(root.querySelector(`label[for="${root.querySelector('input[value="b"]')!.id}"]`)!.textContent).to.equal(
      'Bananas',
    );
  });

  it('in browse mode, each box and the group name are read once: the label and legend name them, as text they are hidden', async () => {
    const { root, input } = await checkboxHost();
    // Orca read the box ("Apples check box"), then its label as a line of its own ("not checked. Apples"), and
    // the legend after the group's name (issue 14, defect 6). The label and legend still show and the label
    // still ticks the box; screen readers get them only as names.
    for (const v of ['a', 'b', 'none']) {
      const label = root.getElementById(input(v).getAttribute('aria-labelledby')!)!;
      expect(label.localName).to.equal('label');
      expect(label.getAttribute('for')).to.equal(input(v).id);
      expect(label.getAttribute('aria-hidden')).to.equal('true');
    }
    expect(root.getElementById(input('b').getAttribute('aria-labelledby')!)!.textContent).to.equal('Bananas');
    const fieldset = root.querySelector('fieldset')!;
    const legend = root.getElementById(fieldset.getAttribute('aria-labelledby')!)!;
    expect(legend.localName).to.equal('legend');
    expect(legend.getAttribute('aria-hidden')).to.equal('true');
    input('a').closest('div')!.querySelector('label')!.click();
    expect(input('a').checked).to.be.true;
  });

  it('is operable with the keyboard only: Tab moves through, Space toggles', async () => {
    const { state, input, el } = await checkboxHost();
    input('a').focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(state.selected).to.deep.equal(['a']);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(input('b'));
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(state.selected).to.deep.equal(['a', 'b']);
  });

  it('reveals conditional content (aria-controls, no aria-expanded), and focus stays on the checkbox', async () => {
    const { input, root, el } = await checkboxHost();
    const b = input('b');
    const conditional = root.getElementById(b.getAttribute('aria-controls')!)!;
    // aria-expanded made Orca switch to focus mode on this one box (issue 14, defect 6).
    expect(b.hasAttribute('aria-expanded')).to.be.false;
    expect(conditional.hidden).to.be.true;
    b.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(b.hasAttribute('aria-expanded')).to.be.false;
    expect(conditional.hidden).to.be.false;
    expect(deepActiveElement()).to.equal(b);
  });

  it('"None of these" clears the others, and choosing another clears it', async () => {
    const { state, input, el, root } = await checkboxHost(['a', 'b']);
    input('none').click();
    await el.updateComplete;
    expect(state.selected).to.deep.equal(['none']);
    expect(input('a').checked).to.be.false;
    input('a').click();
    await el.updateComplete;
    expect(state.selected).to.deep.equal(['a']);
    expect(input('none').checked).to.be.false;
    // The exclusive option sits after an "or" divider.
    expect(root.querySelector('.ct-choices__divider')!.textContent).to.equal('or');
  });

  it('nextSelection keeps the order people chose in', () => {
    expect(nextSelection(items, ['b'], 'a', true)).to.deep.equal(['b', 'a']);
    expect(nextSelection(items, ['b', 'a'], 'b', false)).to.deep.equal(['a']);
  });

  it('shows an error with a hidden "Error:" prefix, in Welsh too', async () => {
    const el = await fixture<TestHost>(html`<ct-test-host lang="cy"></ct-test-host>`);
    el.template = (locale) =>
      choices({
        locale,
        type: 'radio',
        id: 'r',
        name: 'r',
        legend: 'Dewis',
        error: 'Dewiswch un',
        items,
        selected: [],
        onChange: () => undefined,
      });
    await el.updateComplete;
    const error = el.shadowRoot!.getElementById('r-error')!;
    expect(error.querySelector('.ct-visually-hidden')!.textContent).to.equal('Gwall:');
    expect(el.shadowRoot!.querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('r-error');
    await expect(el).to.be.accessible();
  });
});

describe('choices partial (radios)', () => {
  it('arrow keys move between radios and select, as native radios do', async () => {
    const el = await fixture<TestHost>(html`<ct-test-host></ct-test-host>`);
    let selected: string[] = [];
    el.template = (locale) =>
      choices({
        locale,
        type: 'radio',
        id: 'size',
        name: 'size',
        legend: 'Size',
        items: items.slice(0, 2),
        selected,
        onChange: (n) => {
          selected = n;
          el.requestUpdate();
        },
      });
    await el.updateComplete;
    const radios = el.shadowRoot!.querySelectorAll('input');
    radios[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(radios[1]);
    expect(selected).to.deep.equal(['b']);
  });
});

describe('field partial', () => {
  it('links label, hint and error, marks invalid, and has no placeholder or required', async () => {
    const el = await fixture<TestHost>(html`<ct-test-host></ct-test-host>`);
    el.template = (locale) =>
      field({
        locale,
        id: 'name',
        name: 'name',
        label: 'Full name',
        hint: 'As on your post',
        error: 'Enter your full name',
        value: '',
        onInput: () => undefined,
        optional: true,
      });
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector('input')!;
    expect(input.labels![0]!.textContent).to.equal('Full name (optional)');
    expect(input.getAttribute('aria-describedby')).to.equal('name-hint name-error');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.hasAttribute('placeholder')).to.be.false;
    expect(input.hasAttribute('required')).to.be.false;
    await expect(el).to.be.accessible();
  });
});

describe('error summary partial', () => {
  it('each link moves focus to its field from the keyboard', async () => {
    const el = await fixture<TestHost>(html`<ct-test-host></ct-test-host>`);
    el.template = (
      locale,
    ) => html`${errorSummary({ locale, id: 'summary', errors: [{ fieldId: 'email', text: 'Enter an email address' }] })}
      ${field({ locale, id: 'email', name: 'email', label: 'Email address', error: 'Enter an email address', value: '', onInput: () => undefined })}`;
    await el.updateComplete;
    const summary = el.shadowRoot!.getElementById('summary')!;
    expect(summary.querySelector('h2')!.textContent).to.equal('There is a problem');
    summary.focus();
    expect(deepActiveElement()).to.equal(summary);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()!.textContent).to.equal('Enter an email address');
    await sendKeys({ press: 'Enter' });
    expect(deepActiveElement()).to.equal(el.shadowRoot!.getElementById('email'));
  });
});

describe('button partial', () => {
  it('while busy keeps focus, says so and ignores presses', async () => {
    const el = await fixture<TestHost>(html`<ct-test-host></ct-test-host>`);
    let clicks = 0;
    let busy = false;
    el.template = () =>
      button({
        label: 'Send',
        busyLabel: 'Sending',
        busy,
        onClick: () => {
          clicks += 1;
          busy = true;
          el.requestUpdate();
        },
      });
    await el.updateComplete;
    const b = el.shadowRoot!.querySelector('button')!;
    b.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(clicks).to.equal(1);
    expect(b.getAttribute('aria-disabled')).to.equal('true');
    expect(b.textContent.trim()).to.equal('Sending');
    expect(deepActiveElement()).to.equal(b);
  });
});

describe('choices partial (bare)', () => {
  it('renders a lone box without a fieldset or legend of its own, for use inside an enclosing group', async () => {
    const el = await fixture<TestHost>(html`<ct-test-host></ct-test-host>`);
    let selected: string[] = [];
    el.template = (locale) =>
      html`<fieldset><legend>Which fruit?</legend>${choices({
        locale,
        type: 'checkbox',
        id: 'nothing',
        name: 'fruit',
        legend: 'Not shown',
        bare: true,
        items: [{ value: 'none', label: 'None of these', exclusive: true }],
        selected,
        onChange: (next) => {
          selected = next;
          el.requestUpdate();
        },
      })}</fieldset>`;
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('fieldset').length).to.equal(1);
    expect(root.querySelectorAll('legend').length).to.equal(1);
    expect(root.textContent).to.not.contain('Not shown');
    expect(root.querySelector('.ct-choices__divider')!.textContent).to.equal('or');
    root.querySelector<HTMLInputElement>('#nothing')!.click();
    await el.updateComplete;
    expect(selected).to.deep.equal(['none']);
    await expect(el).to.be.accessible();
  });
});
