import { elementUpdated, expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import { getAnnouncer } from '@ctkit/core';
import { STORAGE_KEY, type CtAccessNeeds } from '@ctkit/access-needs';
import { focused, root, waitFor, warningsDuring } from '../../../tests/support/helpers.js';

// ---------------------------------------------------------------------------------------------
// Helpers

/** The checkbox of a need, by its option id. */
const need = (el: CtAccessNeeds, id: string) =>
  root(el).querySelector<HTMLInputElement>(`input[name^="needs"][value="${id}"]`);
const shownNeeds = (el: CtAccessNeeds) =>
  [...root(el).querySelectorAll<HTMLInputElement>('input[name^="needs"]')].map((i) => i.value);
const otherBox = (el: CtAccessNeeds) => root(el).querySelector<HTMLTextAreaElement>('#an-other')!;
const entries = (form: HTMLFormElement) =>
  [...new FormData(form).entries()].map(([k, v]) => [k, typeof v === 'string' ? v : v.name]);
/** The Space bar by its key value: puppeteer's Firefox (WebDriver BiDi) does not know the name "Space". */
const SPACE = ' ';
/** Describes an element briefly (chai would print a whole custom element, which can hang the page). */
const describe1 = (e: Element | null | undefined) =>
  e
    ? `<${e.localName}${e.id ? ` id="${e.id}"` : ''}${(e as HTMLInputElement).value ? ` value="${(e as HTMLInputElement).value}"` : ''}>`
    : 'nothing';
function expectFocus(el: CtAccessNeeds, target: Element | null) {
  expect(describe1(focused(el))).to.equal(describe1(target));
  expect(focused(el) === target).to.be.true;
}

/**
 * Presses Space on the focused box. Firefox activates a checkbox on Space only while its window has
 * focus; the test runner runs several pages at once, so a page may be in the background, where
 * Firefox delivers the keydown/keyup but does not tick the box (Chromium does). The boxes are native
 * inputs, so that is the engine's behaviour, not ours: there, after checking that the key reached
 * the focused box, the box is activated as Space would have done.
 */
async function pressSpace(el: CtAccessNeeds) {
  const target = focused(el) as HTMLInputElement;
  let reached = false;
  target.addEventListener(
    'keyup',
    (e) => {
      if (e.key === ' ') reached = true;
    },
    { once: true },
  );
  const before = target.checked;
  await sendKeys({ press: SPACE });
  await elementUpdated(el);
  expect(reached, 'Space reached the focused box').to.be.true;
  if (target.checked === before && !document.hasFocus() && navigator.userAgent.includes('Firefox')) target.click();
  await elementUpdated(el);
  expect(target.checked).to.equal(!before);
}

async function click(el: CtAccessNeeds, id: string) {
  need(el, id)!.click();
  await elementUpdated(el);
}

async function typeOther(el: CtAccessNeeds, text: string) {
  const box = otherBox(el);
  box.value = text;
  box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  box.dispatchEvent(new Event('change', { bubbles: true }));
  await elementUpdated(el);
}

/**
 * Mounts a host page (a form, a wrapper) and waits for the controls in it. Not `fixture()`: for a
 * plain element it waits for an animation frame, which background tabs (tests run several pages at
 * once) never fire.
 */
async function mount<T extends Element>(template: TemplateResult): Promise<T> {
  const el = fixtureSync<T>(template);
  await Promise.all([...el.querySelectorAll('ct-access-needs')].map((c) => c.updateComplete));
  return el;
}

interface AxeInternals {
  setup(node: Node): unknown;
  teardown(): void;
  commons: { text: { accessibleText(e: Element): string }; aria: { getRole(e: Element): string | null } };
}
/** Role and accessible name as axe-core computes them (it follows shadow roots, legends and labels). */
function roleAndName(element: Element): { role: string | null; name: string } {
  const axe = (window as unknown as { axe: AxeInternals }).axe;
  axe.setup(document.body);
  try {
    return {
      role: axe.commons.aria.getRole(element),
      name: axe.commons.text.accessibleText(element).replace(/\s+/g, ' ').trim(),
    };
  } finally {
    axe.teardown();
  }
}

beforeEach(() => {
  localStorage.removeItem(STORAGE_KEY);
});

// ---------------------------------------------------------------------------------------------

describe('ct-access-needs in a host form', () => {
  it('puts one FormData entry per need under name, plus name-other and name-contact', async () => {
    const form = await mount<HTMLFormElement>(
      html`<form><ct-access-needs name="access" format="in-person"></ct-access-needs></form>`,
    );
    const el = form.querySelector('ct-access-needs')!;
    expect(entries(form)).to.deep.equal([]);
    await click(el, 'step-free-route');
    await click(el, 'hearing-loop');
    await click(el, 'something-else');
    await typeOther(el, '  A chair near the door  ');
    root(el).querySelector<HTMLInputElement>('#an-contact')!.click();
    await elementUpdated(el);
    expect(entries(form)).to.deep.equal([
      ['access', 'step-free-route'],
      ['access', 'hearing-loop'],
      ['access', 'something-else'],
      ['access-other', 'A chair near the door'],
      ['access-contact', 'yes'],
    ]);
    expect(el.value).to.deep.equal({
      needs: ['step-free-route', 'hearing-loop', 'something-else'],
      other: 'A chair near the door',
      contact: true,
    });
  });

  it('submits the text only while "Something else" is chosen, and keeps it if re-chosen', async () => {
    const form = await mount<HTMLFormElement>(html`<form><ct-access-needs name="a"></ct-access-needs></form>`);
    const el = form.querySelector('ct-access-needs')!;
    await click(el, 'something-else');
    await typeOther(el, 'Ramps');
    await click(el, 'something-else');
    expect(entries(form)).to.deep.equal([]);
    expect(el.value).to.deep.equal({ needs: [] });
    await click(el, 'something-else');
    expect(otherBox(el).value).to.equal('Ramps');
    expect(entries(form)).to.deep.equal([
      ['a', 'something-else'],
      ['a-other', 'Ramps'],
    ]);
  });

  it('submits nothing without a name', async () => {
    const form = await mount<HTMLFormElement>(html`<form><ct-access-needs></ct-access-needs></form>`);
    const el = form.querySelector('ct-access-needs')!;
    await click(el, 'bsl-interpreter');
    expect(el.value.needs).to.deep.equal(['bsl-interpreter']);
    expect(entries(form)).to.deep.equal([]);
  });

  it('fires input and change once per tick, bubbling and composed; inner events stay inside', async () => {
    const form = await mount<HTMLFormElement>(html`<form><ct-access-needs name="a"></ct-access-needs></form>`);
    const el = form.querySelector('ct-access-needs')!;
    const seen: { type: string; target: EventTarget | null; composed: boolean; value: string[] }[] = [];
    for (const type of ['input', 'change']) {
      form.addEventListener(type, (e) =>
        seen.push({ type, target: e.target, composed: e.composed, value: el.value.needs }),
      );
    }
    await click(el, 'easy-read');
    expect(seen.map((s) => s.type)).to.deep.equal(['input', 'change']);
    expect(seen.every((s) => s.target === el && s.composed)).to.be.true;
    // Listeners read the new value at once.
    expect(seen[0]!.value).to.deep.equal(['easy-read']);
    seen.length = 0;
    await click(el, 'something-else');
    seen.length = 0;
    await typeOther(el, 'x');
    expect(seen.map((s) => s.type)).to.deep.equal(['input', 'change']);
    seen.length = 0;
    root(el).querySelector<HTMLInputElement>('#an-contact')!.click();
    expect(seen.map((s) => s.type)).to.deep.equal(['input', 'change']);
  });

  it('resets with the form', async () => {
    const form = await mount<HTMLFormElement>(html`<form><ct-access-needs name="a"></ct-access-needs></form>`);
    const el = form.querySelector('ct-access-needs')!;
    await click(el, 'large-print');
    await click(el, 'something-else');
    await typeOther(el, 'Ramps');
    form.reset();
    await elementUpdated(el);
    expect(el.value).to.deep.equal({ needs: [] });
    expect(entries(form)).to.deep.equal([]);
    expect(need(el, 'large-print')!.checked).to.be.false;
    expect(otherBox(el).value).to.equal('');
    expect(root(el).querySelector('#an-group-other-something-else-conditional')!.hasAttribute('hidden')).to.be.true;
  });

  it('restores its state (formStateRestoreCallback, as the browser calls it on back/forward)', async () => {
    // Browsers only restore on history navigation, which a test page cannot do: call the callback as
    // the browser would, with the state the control committed.
    const form = await mount<HTMLFormElement>(html`<form><ct-access-needs name="a"></ct-access-needs></form>`);
    const el = form.querySelector('ct-access-needs')!;
    el.formStateRestoreCallback(
      JSON.stringify({ needs: ['quiet-space', 'something-else'], other: 'Dim light', contact: true }),
      'restore',
    );
    await elementUpdated(el);
    expect(need(el, 'quiet-space')!.checked).to.be.true;
    expect(otherBox(el).value).to.equal('Dim light');
    expect(entries(form)).to.deep.equal([
      ['a', 'quiet-space'],
      ['a', 'something-else'],
      ['a-other', 'Dim light'],
      ['a-contact', 'yes'],
    ]);
    // A state that is not ours changes nothing.
    el.formStateRestoreCallback('not json', 'restore');
    el.formStateRestoreCallback(JSON.stringify({ needs: 'quiet-space' }), 'restore');
    await elementUpdated(el);
    expect(el.value.needs).to.deep.equal(['quiet-space', 'something-else']);
  });

  it('honours its own disabled attribute: every box disabled, nothing submitted', async () => {
    const form = await mount<HTMLFormElement>(html`<form><ct-access-needs name="a"></ct-access-needs></form>`);
    const el = form.querySelector('ct-access-needs')!;
    await click(el, 'regular-breaks');
    el.disabled = true;
    await elementUpdated(el);
    expect([...root(el).querySelectorAll('input, textarea')].every((i) => (i as HTMLInputElement).disabled)).to.be.true;
    expect(entries(form)).to.deep.equal([]);
    el.disabled = false;
    await elementUpdated(el);
    expect(entries(form)).to.deep.equal([['a', 'regular-breaks']]);
  });

  it('honours an ancestor <fieldset disabled>', async () => {
    const form = await mount<HTMLFormElement>(
      html`<form><fieldset><legend>Event</legend><ct-access-needs name="a"></ct-access-needs></fieldset></form>`,
    );
    const el = form.querySelector('ct-access-needs')!;
    await click(el, 'regular-breaks');
    const fieldset = form.querySelector('fieldset')!;
    fieldset.disabled = true;
    await elementUpdated(el);
    expect(need(el, 'regular-breaks')!.disabled).to.be.true;
    expect(entries(form)).to.deep.equal([]);
    fieldset.disabled = false;
    await elementUpdated(el);
    expect(need(el, 'regular-breaks')!.disabled).to.be.false;
    expect(entries(form)).to.deep.equal([['a', 'regular-breaks']]);
  });

  it('joins a form named by its form attribute', async () => {
    const wrapper = await mount<HTMLDivElement>(
      html`<div><form id="elsewhere"></form><ct-access-needs name="a" form="elsewhere"></ct-access-needs></div>`,
    );
    const el = wrapper.querySelector('ct-access-needs')!;
    const form = wrapper.querySelector('form')!;
    expect(el.form === form).to.be.true;
    await click(el, 'assistance-dog');
    expect(entries(form)).to.deep.equal([['a', 'assistance-dog']]);
  });

  it('takes a value set as a property, without firing events', async () => {
    const form = await mount<HTMLFormElement>(html`<form><ct-access-needs name="a"></ct-access-needs></form>`);
    const el = form.querySelector('ct-access-needs')!;
    let events = 0;
    form.addEventListener('change', () => events++);
    el.value = { needs: ['easy-read'], contact: true };
    await elementUpdated(el);
    expect(need(el, 'easy-read')!.checked).to.be.true;
    expect(entries(form)).to.deep.equal([
      ['a', 'easy-read'],
      ['a-contact', 'yes'],
    ]);
    expect(events).to.equal(0);
    const seen = await warningsDuring(async () => {
      el.value = { needs: 'easy-read' } as unknown as CtAccessNeeds['value'];
      await elementUpdated(el);
    });
    expect(seen.join()).to.contain('`value` must look like');
    expect(el.value.needs).to.deep.equal(['easy-read']);
  });
});

describe('ct-access-needs choosing', () => {
  it('"None of these" clears the others and is cleared by them; focus stays put', async () => {
    const el = await fixture<CtAccessNeeds>(html`<ct-access-needs></ct-access-needs>`);
    await click(el, 'bsl-interpreter');
    await click(el, 'large-print');
    need(el, 'none')!.focus();
    await click(el, 'none');
    expect(el.value.needs).to.deep.equal(['none']);
    expect(need(el, 'bsl-interpreter')!.checked).to.be.false;
    expect(need(el, 'large-print')!.checked).to.be.false;
    expectFocus(el, need(el, 'none'));
    need(el, 'easy-read')!.focus();
    await click(el, 'easy-read');
    expect(el.value.needs).to.deep.equal(['easy-read']);
    expect(need(el, 'none')!.checked).to.be.false;
    expectFocus(el, need(el, 'easy-read'));
  });

  it('reveals the "Something else" text box (aria-controls) and says so politely; focus stays on the box', async () => {
    const el = await fixture<CtAccessNeeds>(html`<ct-access-needs></ct-access-needs>`);
    const box = need(el, 'something-else')!;
    const panel = root(el).getElementById(box.getAttribute('aria-controls')!)!;
    expect(panel.contains(otherBox(el))).to.be.true;
    // No aria-expanded: Orca switched to focus mode on this one box (issue 14, defect 6).
    expect(box.hasAttribute('aria-expanded')).to.be.false;
    expect(panel.hidden).to.be.true;
    box.focus();
    await click(el, 'something-else');
    expect(panel.hidden).to.be.false;
    expectFocus(el, box);
    await waitFor(
      () => getAnnouncer().text('polite') === 'A text box appeared below: What other support would help?',
      'the reveal is announced',
    );
    expect(roleAndName(otherBox(el)).name).to.equal('What other support would help?');
    await expect(el).to.be.accessible();
  });

  it('"None of these" says that it is selected and what it unselected, the typed text too (issue 14, defect 2)', async () => {
    const el = await fixture<CtAccessNeeds>(html`<ct-access-needs></ct-access-needs>`);
    await click(el, 'bsl-interpreter');
    await click(el, 'something-else');
    otherBox(el).value = 'a ramp';
    otherBox(el).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    await click(el, 'none');
    await waitFor(
      () =>
        getAnnouncer().text('polite') ===
        'None of these: selected. Unselected British Sign Language (BSL) interpreter, Something else (“a ramp”).',
      'the state and what was unselected are announced',
    );
  });

  it('shows the options of the format: step-free only in person, camera-off only online, both for hybrid', async () => {
    const inPerson = await fixture<CtAccessNeeds>(html`<ct-access-needs format="in-person"></ct-access-needs>`);
    expect(shownNeeds(inPerson)).to.include('step-free-route').and.not.include('camera-off');
    const online = await fixture<CtAccessNeeds>(html`<ct-access-needs format="online"></ct-access-needs>`);
    expect(shownNeeds(online))
      .to.include('camera-off')
      .and.not.include.members(['step-free-route', 'hearing-loop', 'dietary-needs']);
    const hybrid = await fixture<CtAccessNeeds>(html`<ct-access-needs format="hybrid"></ct-access-needs>`);
    expect(shownNeeds(hybrid)).to.include.members(['step-free-route', 'camera-off']);
    // A need that is not offered any more is not part of the value.
    await click(hybrid, 'step-free-route');
    hybrid.format = 'online';
    await elementUpdated(hybrid);
    expect(hybrid.value.needs).to.deep.equal([]);
  });

  it('warns about a format it does not know and shows every option', async () => {
    let el!: CtAccessNeeds;
    const seen = await warningsDuring(async () => {
      el = await fixture<CtAccessNeeds>(html`<ct-access-needs format="in person"></ct-access-needs>`);
    });
    expect(seen.join()).to.contain('format="in person" is not one of in-person, online, hybrid');
    expect(shownNeeds(el)).to.include.members(['step-free-route', 'camera-off']);
  });

  it('shows respond-by as a GOV.UK date, in English and Welsh', async () => {
    const en = await fixture<CtAccessNeeds>(html`<ct-access-needs respond-by="2026-12-04"></ct-access-needs>`);
    expect(root(en).querySelector('#an-hint')!.textContent.replace(/\s+/g, ' ')).to.contain(
      'Tell us by Friday 4 December 2026 so we can arrange it.',
    );
    const cy = await fixture<CtAccessNeeds>(
      html`<ct-access-needs lang="cy" respond-by="2026-12-01"></ct-access-needs>`,
    );
    expect(root(cy).querySelector('#an-hint')!.textContent.replace(/\s+/g, ' ')).to.contain(
      'Rhowch wybod i ni erbyn Dydd Mawrth 1 Rhagfyr 2026 er mwyn i ni allu ei drefnu.',
    );
    // The hint describes the whole group.
    expect(root(cy).querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('an-hint');
  });

  it('warns about a respond-by that is not a real date, and does not show it', async () => {
    let el!: CtAccessNeeds;
    const seen = await warningsDuring(async () => {
      el = await fixture<CtAccessNeeds>(html`<ct-access-needs respond-by="2026-02-30"></ct-access-needs>`);
    });
    expect(seen.join()).to.contain('respond-by="2026-02-30" is not a date like 2026-12-01');
    expect(root(el).querySelector('.ct-access-needs__respond-by') === null).to.be.true;
  });
});

describe('ct-access-needs options', () => {
  it('extends the catalogue: a new group and option, a changed label, a hidden option', async () => {
    const el = await fixture<CtAccessNeeds>(html`<ct-access-needs
      .options=${{
        groups: [{ id: 'food', label: { en: 'Food', cy: 'Bwyd' } }],
        options: [
          { id: 'halal', group: 'food', label: { en: 'Halal food', cy: 'Bwyd halal' } },
          { id: 'easy-read', group: 'information', label: 'Easy Read (our own)' },
        ],
        hide: ['isl-interpreter'],
      }}
    ></ct-access-needs>`);
    expect(shownNeeds(el)).to.include.members(['halal', 'bsl-interpreter']).and.not.include('isl-interpreter');
    expect(roleAndName(need(el, 'halal')!).name).to.equal('Halal food');
    expect(roleAndName(need(el, 'easy-read')!).name).to.equal('Easy Read (our own)');
    const food = need(el, 'halal')!.closest('fieldset')!;
    expect(roleAndName(food)).to.deep.equal({ role: 'group', name: 'Food' });
    el.lang = 'cy';
    await waitFor(() => roleAndName(need(el, 'halal')!).name === 'Bwyd halal', 'the options are named in Welsh');
  });

  it('replaces the catalogue, from JSON in the attribute', async () => {
    const json = JSON.stringify({
      mode: 'replace',
      groups: [{ id: 'g', label: 'Your visit' }],
      options: [
        { id: 'tour', group: 'g', label: 'A tour of the room beforehand' },
        { id: 'something-else', group: 'g' },
      ],
    });
    const el = await fixture<CtAccessNeeds>(html`<ct-access-needs options=${json}></ct-access-needs>`);
    expect(shownNeeds(el)).to.deep.equal(['tour', 'something-else', 'none']);
    expect(roleAndName(need(el, 'something-else')!).name).to.equal('Something else');
  });

  it('reports each bad entry clearly and keeps the good ones', async () => {
    let el!: CtAccessNeeds;
    const seen = await warningsDuring(async () => {
      el = await fixture<CtAccessNeeds>(html`<ct-access-needs
        .options=${{
          options: [
            { id: 'none', group: 'other', label: 'Nope' },
            { id: 'boat', group: 'sea', label: 'Boat' },
            { id: 'no-label', group: 'other' },
            { id: 'good', group: 'other', label: 'Good', formats: ['everywhere'] },
          ],
          hide: ['missing'],
        }}
      ></ct-access-needs>`);
    });
    const all = seen.join('\n');
    expect(all).to.contain('the id "none" is kept for "None of these"');
    expect(all).to.contain('Option "boat" names group "sea", which is not in the catalogue');
    expect(all).to.contain('Option "no-label" needs a `label`');
    expect(all).to.contain('Option "good": `formats` must list one or more of');
    expect(all).to.contain('`options.hide` names "missing", which is not an option');
    expect(shownNeeds(el)).to.include('good').and.not.include.members(['boat', 'no-label']);
  });

  it('reports options that are not JSON and shows the default options', async () => {
    let el!: CtAccessNeeds;
    const seen = await warningsDuring(async () => {
      el = await fixture<CtAccessNeeds>(html`<ct-access-needs options="{mode: replace}"></ct-access-needs>`);
    });
    expect(seen.join()).to.contain('The `options` attribute is not valid JSON');
    expect(shownNeeds(el)).to.include('bsl-interpreter');
  });
});

describe('ct-access-needs errors', () => {
  it('shows an error set by the host form, GOV.UK style, and is invalid', async () => {
    const form = await mount<HTMLFormElement>(
      html`<form novalidate><ct-access-needs name="a"></ct-access-needs></form>`,
    );
    const el = form.querySelector('ct-access-needs')!;
    el.error = 'Select the support you need, or select “None of these”';
    await elementUpdated(el);
    const message = root(el).querySelector('#an-error')!;
    expect(message.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'Error: Select the support you need, or select “None of these”',
    );
    expect(root(el).querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('an-hint an-error');
    expect(el.validity.customError).to.be.true;
    expect(form.checkValidity()).to.be.false;
    await expect(el).to.be.accessible();
    // Validity follows the property at once: a host checks straight after setting it.
    el.error = '';
    expect(form.checkValidity()).to.be.true;
    el.error = 'Again';
    expect(form.checkValidity()).to.be.false;
    el.error = '';
    await elementUpdated(el);
    expect(root(el).querySelector('#an-error') === null).to.be.true;
  });

  it('"Something else" with no text is invalid; the host form’s check shows the message inline', async () => {
    const form = await mount<HTMLFormElement>(
      html`<form novalidate><ct-access-needs name="a"></ct-access-needs></form>`,
    );
    const el = form.querySelector('ct-access-needs')!;
    await click(el, 'something-else');
    expect(el.validity.valueMissing).to.be.true;
    expect(root(el).querySelector('#an-other-error') === null).to.be.true;
    expect(form.checkValidity()).to.be.false;
    await elementUpdated(el);
    expect(root(el).querySelector('#an-other-error')!.textContent).to.contain('Tell us what other support would help');
    expect(otherBox(el).getAttribute('aria-describedby')).to.contain('an-other-error');
    await expect(el).to.be.accessible();
    expect(el.reportValidity()).to.be.false;
    await elementUpdated(el);
    expectFocus(el, otherBox(el));
    await typeOther(el, 'Ramps');
    expect(el.validity.valid).to.be.true;
  });
});

describe('ct-access-needs keyboard', () => {
  it('works with the keyboard alone: Tab moves through the boxes in order, Space ticks', async () => {
    const wrapper = await mount<HTMLDivElement>(
      html`<div><button>Before</button><ct-access-needs name="a" format="online"></ct-access-needs><button>After</button></div>`,
    );
    const el = wrapper.querySelector('ct-access-needs')!;
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)!.textContent).to.contain('Why we ask and how we keep this');
    await sendKeys({ press: 'Tab' });
    expectFocus(el, need(el, 'bsl-interpreter'));
    await pressSpace(el);
    expect(el.value.needs).to.deep.equal(['bsl-interpreter']);
    await sendKeys({ press: 'Tab' });
    expectFocus(el, need(el, 'isl-interpreter'));
    // Shift+Tab as three steps: puppeteer's Firefox does not know "Shift+Tab".
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expectFocus(el, need(el, 'bsl-interpreter'));
    await pressSpace(el);
    expect(el.value.needs).to.deep.equal([]);
    // The tab order follows the page: every need, then "None of these", then the contact request.
    const expected = [...shownNeeds(el), 'yes'];
    const order: string[] = [];
    for (let i = expected.length; i > 0; i--) {
      order.push((focused(el) as HTMLInputElement | null)?.value ?? '(left the control)');
      await sendKeys({ press: 'Tab' });
    }
    expect(order).to.deep.equal(expected);
    expect(document.activeElement === wrapper.querySelector('button:last-of-type')).to.be.true;
  });

  it('reveals the text box by keyboard and the next Tab goes into it', async () => {
    const el = await fixture<CtAccessNeeds>(html`<ct-access-needs name="a"></ct-access-needs>`);
    need(el, 'something-else')!.focus();
    await pressSpace(el);
    await elementUpdated(el);
    expectFocus(el, need(el, 'something-else'));
    await sendKeys({ press: 'Tab' });
    expectFocus(el, otherBox(el));
    await sendKeys({ type: 'Ramps' });
    expect(el.value).to.deep.equal({ needs: ['something-else'], other: 'Ramps' });
    await sendKeys({ press: 'Tab' });
    expectFocus(el, need(el, 'none'));
    await pressSpace(el);
    expect(el.value).to.deep.equal({ needs: ['none'] });
  });

  it('focus() from the host page (an error summary link) lands on the first box', async () => {
    const el = await fixture<CtAccessNeeds>(html`<ct-access-needs></ct-access-needs>`);
    el.focus();
    expect(document.activeElement === el).to.be.true;
    expectFocus(el, need(el, 'bsl-interpreter'));
  });

  it('focus() lands on the "Something else" box when that box, left empty, is the problem', async () => {
    const el = await fixture<CtAccessNeeds>(html`<ct-access-needs></ct-access-needs>`);
    await click(el, 'something-else');
    expect(el.checkValidity()).to.be.false;
    el.focus();
    expectFocus(el, root(el).querySelector<HTMLElement>('#an-other'));
  });
});

describe('ct-access-needs remember', () => {
  it('is not offered, and reads nothing from the device, unless remember is set', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, needs: ['easy-read'], other: '', contact: false }));
    const el = await fixture<CtAccessNeeds>(html`<ct-access-needs></ct-access-needs>`);
    expect(root(el).querySelector('#an-remember') === null).to.be.true;
    expect(el.value.needs).to.deep.equal([]);
    await click(el, 'large-print');
    expect((JSON.parse(localStorage.getItem(STORAGE_KEY)!) as { needs: string[] }).needs).to.deep.equal(['easy-read']);
  });

  it('stores nothing until the person opts in; then keeps answers up to date', async () => {
    const el = await fixture<CtAccessNeeds>(html`<ct-access-needs remember></ct-access-needs>`);
    const remember = root(el).querySelector<HTMLInputElement>('#an-remember')!;
    expect(remember.checked).to.be.false;
    expect(roleAndName(remember)).to.deep.equal({ role: 'checkbox', name: 'Remember my answers on this device' });
    await click(el, 'large-print');
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    remember.click();
    await elementUpdated(el);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).to.deep.include({ needs: ['large-print'] });
    await click(el, 'easy-read');
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).to.deep.include({ needs: ['large-print', 'easy-read'] });
    // Unticking it forgets too.
    remember.click();
    await elementUpdated(el);
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
  });

  it('round-trips: a new control fills in the saved answers and says so; Forget clears them and announces it', async () => {
    const first = await fixture<CtAccessNeeds>(html`<ct-access-needs remember></ct-access-needs>`);
    await click(first, 'quiet-space');
    await click(first, 'something-else');
    await typeOther(first, 'Dim lights');
    root(first).querySelector<HTMLInputElement>('#an-remember')!.click();
    await elementUpdated(first);

    const form = await mount<HTMLFormElement>(html`<form><ct-access-needs name="a" remember></ct-access-needs></form>`);
    const el = form.querySelector('ct-access-needs')!;
    expect(el.value).to.deep.equal({ needs: ['quiet-space', 'something-else'], other: 'Dim lights' });
    expect(entries(form)).to.deep.equal([
      ['a', 'quiet-space'],
      ['a', 'something-else'],
      ['a-other', 'Dim lights'],
    ]);
    expect(root(el).querySelector<HTMLInputElement>('#an-remember')!.checked).to.be.true;
    expect(root(el).querySelector('.ct-access-needs__restored')!.textContent).to.contain(
      'We filled in the answers you saved on this device',
    );
    await expect(el).to.be.accessible();

    const forget = root(el).querySelector<HTMLButtonElement>('#an-forget')!;
    expect(roleAndName(forget)).to.deep.equal({ role: 'button', name: 'Forget my answers' });
    forget.focus();
    forget.click();
    await elementUpdated(el);
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    await waitFor(
      () => getAnnouncer().text('polite') === 'Your answers are no longer saved on this device.',
      'the forgetting is announced',
    );
    expect(root(el).querySelector('#an-forget') === null).to.be.true;
    expectFocus(el, root(el).querySelector('#an-remember'));
    // The answers on the page stay: only the copy on the device is gone.
    expect(el.value.needs).to.deep.equal(['quiet-space', 'something-else']);
  });

  it('removes unreadable saved answers and says why', async () => {
    localStorage.setItem(STORAGE_KEY, '{"needs": 3}');
    let el!: CtAccessNeeds;
    const seen = await warningsDuring(async () => {
      el = await fixture<CtAccessNeeds>(html`<ct-access-needs remember></ct-access-needs>`);
    });
    expect(seen.join()).to.contain('The answers saved on this device were unreadable and have been removed.');
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    expect(el.value.needs).to.deep.equal([]);
  });
});

describe('ct-access-needs names and roles', () => {
  it('makes the question a heading at the level the page needs, 2 to 6, or none with 0', async () => {
    const levels: Record<string, string | null> = {};
    for (const level of ['3', '5', '6', '7', '0']) {
      const el = await fixture<CtAccessNeeds>(html`<ct-access-needs heading-level=${level}></ct-access-needs>`);
      levels[level] = root(el).querySelector('legend')!.firstElementChild?.localName ?? null;
      expect(roleAndName(root(el).querySelector('fieldset')!).name).to.equal('What support would help you take part?');
    }
    expect(levels).to.deep.equal({ 3: 'h3', 5: 'h5', 6: 'h6', 7: 'h6', 0: null });
  });

  it('is one named group holding named groups of named checkboxes', async () => {
    const el = await fixture<CtAccessNeeds>(html`<ct-access-needs format="hybrid"></ct-access-needs>`);
    const outer = root(el).querySelector('fieldset')!;
    expect(roleAndName(outer)).to.deep.equal({ role: 'group', name: 'What support would help you take part?' });
    expect(root(el).querySelector('legend h2')!.textContent).to.equal('What support would help you take part?');
    const legends = [...outer.querySelectorAll('fieldset')].map((f) => roleAndName(f));
    expect(legends).to.deep.equal([
      { role: 'group', name: 'Communication' },
      { role: 'group', name: 'Getting there and getting around' },
      { role: 'group', name: 'Pace and environment' },
      { role: 'group', name: 'Information' },
      { role: 'group', name: 'Support' },
      { role: 'group', name: 'Other' },
      { role: 'group', name: 'Would you like to talk it through?' },
    ]);
    expect(roleAndName(need(el, 'live-captions')!)).to.deep.equal({
      role: 'checkbox',
      name: 'Live captions typed by a person',
    });
    expect(need(el, 'live-captions')!.getAttribute('aria-describedby')).to.be.a('string');
    expect(roleAndName(need(el, 'personal-assistant-ticket')!).name).to.equal('A free ticket for a personal assistant');
    expect(roleAndName(need(el, 'none')!).name).to.equal('None of these');
    expect(roleAndName(root(el).querySelector('#an-contact')!).name).to.equal(
      'I’d like someone to contact me to talk about my access needs',
    );
    // Every checkbox is inside the outer group.
    expect([...root(el).querySelectorAll('input')].every((i) => outer.contains(i))).to.be.true;
  });

  it('speaks Welsh', async () => {
    const el = await fixture<CtAccessNeeds>(html`<ct-access-needs lang="cy" format="online"></ct-access-needs>`);
    expect(roleAndName(root(el).querySelector('fieldset')!).name).to.equal(
      'Pa gymorth fyddai’n eich helpu i gymryd rhan?',
    );
    expect(roleAndName(need(el, 'camera-off')!).name).to.equal('Cadw fy nghamera i ffwrdd');
    expect(roleAndName(need(el, 'none')!).name).to.equal('Dim un o’r rhain');
    await expect(el).to.be.accessible();
  });
});

describe('ct-access-needs axe in every state', () => {
  it('empty, in each format', async () => {
    for (const format of ['in-person', 'online', 'hybrid']) {
      const el = await fixture<CtAccessNeeds>(
        html`<ct-access-needs format=${format} respond-by="2026-12-01"></ct-access-needs>`,
      );
      await expect(el).to.be.accessible();
    }
  });

  it('with choices, reveal, privacy details open and contact', async () => {
    const el = await fixture<CtAccessNeeds>(html`<ct-access-needs remember></ct-access-needs>`);
    await click(el, 'bsl-interpreter');
    await click(el, 'something-else');
    root(el).querySelector('details')!.open = true;
    root(el).querySelector<HTMLInputElement>('#an-contact')!.click();
    root(el).querySelector<HTMLInputElement>('#an-remember')!.click();
    await elementUpdated(el);
    await expect(el).to.be.accessible();
  });

  it('"None of these" chosen, and disabled', async () => {
    const el = await fixture<CtAccessNeeds>(html`<ct-access-needs></ct-access-needs>`);
    await click(el, 'none');
    await expect(el).to.be.accessible();
    el.disabled = true;
    await elementUpdated(el);
    await expect(el).to.be.accessible();
  });

  it('with a host error in Welsh', async () => {
    const el = await fixture<CtAccessNeeds>(
      html`<ct-access-needs lang="cy" error="Dewiswch y cymorth sydd ei angen arnoch"></ct-access-needs>`,
    );
    expect(root(el).querySelector('#an-error')!.textContent).to.contain('Gwall:');
    await expect(el).to.be.accessible();
  });
});

describe('ct-access-needs events helper', () => {
  it('oneEvent sees the change from a click', async () => {
    const el = await fixture<CtAccessNeeds>(html`<ct-access-needs></ct-access-needs>`);
    const changed = oneEvent(el, 'change');
    need(el, 'hearing-loop')!.click();
    const event = await changed;
    expect(event.bubbles).to.be.true;
    expect(el.value.needs).to.deep.equal(['hearing-loop']);
  });
});
