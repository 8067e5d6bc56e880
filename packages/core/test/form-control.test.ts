import { expect, fixture, html } from '@open-wc/testing';
import { property } from 'lit/decorators.js';
import { CtFormControl, defineElement } from '@ctkit/core';

/** The smallest real control on the base: a list of words, one FormData entry per word. */
class TestWords extends CtFormControl {
  @property({ attribute: false }) words: string[] = [];
  protected override updated(): void {
    const data = new FormData();
    for (const w of this.words) data.append(this.name, w);
    this.commitValue(this.isDisabled ? null : data, JSON.stringify(this.words));
  }
  protected resetState(): void {
    this.words = [];
  }
  protected restoreState(state: string): void {
    this.words = JSON.parse(state) as string[];
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
    const wrap = await fixture(html`<div><form id="f1"></form><ct-test-words name="w" form="f1"></ct-test-words></div>`);
    const el = wrap.querySelector('ct-test-words')!;
    el.words = ['x'];
    await el.updateComplete;
    expect(new FormData(wrap.querySelector('form')!).getAll('w')).to.deep.equal(['x']);
  });

  it('is left out when disabled, by itself or by a disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset><ct-test-words name="w"></ct-test-words></fieldset></form>`);
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
