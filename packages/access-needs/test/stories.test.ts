/**
 * The stories that do something: the plain HTML form prints what it would send, and the host form
 * shows its own error summary and the control's error. Mounted as the story sweep mounts them.
 */
import { expect } from '@open-wc/testing';
import { mountStory, settle, storiesOf } from '../../../tests/support/story-sweep.js';
import * as stories from '../../../stories/access-needs.stories.js';
import type { CtAccessNeeds } from '@ctkit/access-needs';

function entry(name: string) {
  const found = storiesOf(stories as unknown as Record<string, unknown>).find((e) => e.name === name);
  if (!found) throw new Error(`no story ${name}`);
  return found;
}

describe('access-needs stories', () => {
  let canvas: HTMLElement;
  beforeEach(() => {
    canvas = document.createElement('div');
    document.body.append(canvas);
  });
  afterEach(() => {
    canvas.remove();
  });

  it('the plain HTML form prints the FormData it sends, under a heading', async () => {
    await mountStory(entry('InPlainForm'), canvas, { locale: 'en' });
    const el = canvas.querySelector<CtAccessNeeds>('ct-access-needs')!;
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value="bsl-interpreter"]')!.click();
    el.shadowRoot!.querySelector<HTMLInputElement>('#an-contact')!.click();
    await el.updateComplete;
    canvas.querySelector('form')!.requestSubmit();
    await settle(canvas);
    const output = canvas.querySelector('output')!;
    expect(output.getAttribute('aria-labelledby')).to.equal('sent-heading');
    expect(canvas.querySelector('#sent-heading')!.textContent).to.equal('What the form sends');
    expect(output.textContent).to.equal('full-name = Alex Jones\naccess = bsl-interpreter\naccess-contact = yes');
  });

  it('the host form shows its error summary and sets the control’s error', async () => {
    await mountStory(entry('ErrorsFromHostForm'), canvas, { locale: 'cy' });
    const el = canvas.querySelector<CtAccessNeeds>('ct-access-needs')!;
    await el.updateComplete;
    const summary = canvas.querySelector<HTMLElement>('.host-error-summary')!;
    expect(summary.hidden).to.be.false;
    expect(summary.textContent).to.contain('Dewiswch y cymorth sydd ei angen arnoch');
    expect(el.error).to.contain('Dewiswch y cymorth');
    expect(el.shadowRoot!.querySelector('#an-error')!.textContent).to.contain('Gwall:');
    // Answering and sending again clears it.
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value="none"]')!.click();
    canvas.querySelector('form')!.requestSubmit();
    await el.updateComplete;
    expect(summary.hidden).to.be.true;
    expect(el.error).to.equal('');
  });

  it('required: a blocked submit shows "answer at least one" under the question, in Welsh too, and :state(user-invalid)', async () => {
    for (const [locale, text] of [
      ['en', 'Select the support that would help you take part, or select “None of these”'],
      ['cy', 'Dewiswch y cymorth a fyddai’n eich helpu i gymryd rhan, neu dewiswch “Dim un o’r rhain”'],
    ] as const) {
      await mountStory(entry('RequiredAfterSubmit'), canvas, { locale });
      const el = canvas.querySelector<CtAccessNeeds>('ct-access-needs')!;
      await settle(canvas);
      expect(el.validity.valueMissing).to.be.true;
      expect(el.matches(':state(user-invalid)')).to.be.true;
      expect(el.shadowRoot!.querySelector('#an-error')!.textContent.replace(/\s+/g, ' ')).to.contain(text);
    }
  });

  it('custom validity from the host page is shown under the question by reportValidity()', async () => {
    await mountStory(entry('CustomValidity'), canvas, { locale: 'en' });
    const el = canvas.querySelector<CtAccessNeeds>('ct-access-needs')!;
    await settle(canvas);
    expect(el.validity.customError).to.be.true;
    expect(el.shadowRoot!.querySelector('#an-error')!.textContent).to.contain(
      'We can no longer arrange support for this date',
    );
  });
});
