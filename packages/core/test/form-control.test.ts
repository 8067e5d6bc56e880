import { expect, fixture, html } from '@open-wc/testing';
import { html as lit, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { CtFormControl, defineElement, errorMessage, fieldStyles, hostStyles } from '@ctkit/core';
import { runFormControlTests } from './form-control-suite.js';

/**
 * The smallest real control on the base: a list of words, one FormData entry per word, ticked in
 * checkboxes; `required` means at least one word. Shows its problem GOV.UK style when asked to.
 */
class TestWords extends CtFormControl {
  static override styles = [hostStyles, fieldStyles];
  static override shadowRootOptions: ShadowRootInit = { ...CtFormControl.shadowRootOptions, delegatesFocus: true };
  @property({ attribute: false }) words: string[] = [];
  #show = false;
  protected override updated(changed: Map<PropertyKey, unknown>): void {
    const data = new FormData();
    for (const w of this.words) data.append(this.name, w);
    this.commitValue(this.isDisabled ? null : data, JSON.stringify(this.words));
    super.updated(changed);
  }
  protected override isEmpty(): boolean {
    return this.words.length === 0;
  }
  protected override valueMissingMessage(): string {
    return 'Choose at least one word';
  }
  protected override showValidity(): void {
    this.#show = true;
    super.showValidity();
  }
  protected resetState(): void {
    this.words = [];
    this.#show = false;
  }
  protected restoreState(state: string): void {
    this.words = JSON.parse(state) as string[];
  }
  #toggle(word: string, on: boolean): void {
    this.words = on ? [...this.words, word] : this.words.filter((w) => w !== word);
    this.userChanged();
  }
  protected override render() {
    const shown = this.#show && !this.validity.valid ? this.validationMessage : '';
    return lit`<fieldset>
      <legend>Words</legend>
      ${shown ? errorMessage(this.locale, 'tw-error', shown) : nothing}
      ${['a', 'b'].map(
        (
          w,
        ) => lit`<label><input type="checkbox" value=${w} .checked=${this.words.includes(w)} ?disabled=${this.isDisabled}
          @change=${(e: Event) => {
            this.#toggle(w, (e.target as HTMLInputElement).checked);
          }} /> ${w}</label>`,
      )}
    </fieldset>`;
  }
}
defineElement('ct-test-words', TestWords);
declare global {
  interface HTMLElementTagNameMap {
    'ct-test-words': TestWords;
  }
}

describe('CtFormControl (form-associated base)', () => {
  it('adds its value to the host form’s FormData, and resets with the form', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><ct-test-words name="w"></ct-test-words></form>`);
    const el = form.querySelector('ct-test-words')!;
    el.words = ['a', 'b'];
    await el.updateComplete;
    expect(new FormData(form).getAll('w')).to.deep.equal(['a', 'b']);
    expect(el.form).to.equal(form);
    form.reset();
    await el.updateComplete;
    expect(new FormData(form).getAll('w')).to.deep.equal([]);
  });

  it('joins a form elsewhere in the page through the form attribute', async () => {
    const wrap = await fixture(
      html`<div><form id="f1"></form><ct-test-words name="w" form="f1"></ct-test-words></div>`,
    );
    const el = wrap.querySelector('ct-test-words')!;
    el.words = ['x'];
    await el.updateComplete;
    expect(new FormData(wrap.querySelector('form')!).getAll('w')).to.deep.equal(['x']);
  });

  it('is left out when disabled, by itself or by a disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><fieldset><ct-test-words name="w"></ct-test-words></fieldset></form>`,
    );
    const el = form.querySelector('ct-test-words')!;
    el.words = ['x'];
    el.disabled = true;
    await el.updateComplete;
    expect(new FormData(form).getAll('w')).to.deep.equal([]);
    el.disabled = false;
    await el.updateComplete;
    expect(new FormData(form).getAll('w')).to.deep.equal(['x']);
    form.querySelector('fieldset')!.disabled = true;
    await el.updateComplete;
    expect(el.isDisabled).to.be.true;
    expect(new FormData(form).getAll('w')).to.deep.equal([]);
  });

  it('restores its state on back/forward', async () => {
    const el = await fixture<TestWords>(html`<ct-test-words name="w"></ct-test-words>`);
    el.formStateRestoreCallback(JSON.stringify(['kept']), 'restore');
    expect(el.words).to.deep.equal(['kept']);
  });
});

runFormControlTests<TestWords>('the base (a minimal control)', {
  async create() {
    const form = await fixture<HTMLFormElement>(
      html`<form><ct-test-words name="w"></ct-test-words><button>Send</button></form>`,
    );
    const control = form.querySelector('ct-test-words')!;
    await control.updateComplete;
    return { control, form };
  },
  async answer(control) {
    control.shadowRoot!.querySelector<HTMLInputElement>('input[value="a"]')!.click();
    await control.updateComplete;
  },
  valueMissingMessage: 'Choose at least one word',
  shownErrors: (control) =>
    [...control.shadowRoot!.querySelectorAll('.ct-error-message')].map((e) => e.textContent.trim()),
});
