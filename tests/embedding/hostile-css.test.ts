/**
 * A partner page with aggressive global CSS (tests/embedding/pages/hostile.css): every widget still
 * renders at the reader's font size, in its own font and case, passes axe, and works from the keyboard.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AxeResults, RunOptions } from 'axe-core';
import { axeRunOptions } from '../../.storybook/axe-options.js';
import { deepActive, openPage, widgetsReady } from './support.js';
import { describeViolations } from '../support/story-sweep.js';
import { waitFor } from '../support/helpers.js';

describe('widgets under hostile host CSS', () => {
  let frame: HTMLIFrameElement;
  let widgets: HTMLElement[];
  before(async () => {
    frame = await openPage('hostile');
    widgets = await widgetsReady(frame);
  });
  after(() => {
    frame.remove();
  });

  it('has every widget on the page', () => {
    expect(widgets.length).to.be.greaterThan(0);
  });

  it('keeps the reader’s font size, the widget’s own font, case and spacing', () => {
    const win = frame.contentWindow!;
    // The page shrank its root to 62.5% and set 10px fantasy: the widgets must not follow.
    expect(win.getComputedStyle(frame.contentDocument!.documentElement).fontSize).to.equal('10px');
    for (const widget of widgets) {
      // The page's `* { line-height: 1 }` matches the host element itself, not only its page ancestors.
      const host = win.getComputedStyle(widget);
      expect(
        parseFloat(host.lineHeight) / parseFloat(host.fontSize),
        `${widget.localName} host line height`,
      ).to.be.greaterThan(1.1);
      expect(host.fontFamily, `${widget.localName} host font`).to.not.include('fantasy');
      const text = [
        ...widget.shadowRoot!.querySelectorAll<HTMLElement>('label, p, h2, h3, legend, button, a, li, td'),
      ].find((e) => e.textContent.trim());
      expect(text, `${widget.localName} renders text`).to.exist;
      const style = win.getComputedStyle(text!);
      expect(parseFloat(style.fontSize), `${widget.localName} text size`).to.be.at.least(16);
      expect(style.fontFamily, widget.localName).to.not.include('fantasy');
      expect(style.textTransform, widget.localName).to.equal('none');
      expect(style.letterSpacing, widget.localName).to.be.oneOf(['normal', '0px']);
      expect(
        parseFloat(style.lineHeight) / parseFloat(style.fontSize),
        `${widget.localName} ${text!.localName}.${text!.className} line height`,
      ).to.be.greaterThan(1.1);
    }
  });

  it('keeps hidden things hidden inside the widgets', () => {
    const win = frame.contentWindow!;
    for (const widget of widgets) {
      for (const el of widget.shadowRoot!.querySelectorAll<HTMLElement>('[hidden]')) {
        expect(win.getComputedStyle(el).display, `${widget.localName} ${el.localName}[hidden]`).to.equal('none');
      }
    }
  });

  it('passes axe (the widgets; the partner’s own content is theirs to fix)', async () => {
    const axe = (
      frame.contentWindow as unknown as { axe: { run(c: { include: Element[] }, o: RunOptions): Promise<AxeResults> } }
    ).axe;
    const results = await axe.run({ include: widgets }, axeRunOptions as unknown as RunOptions);
    expect(results.violations, describeViolations(results.violations)).to.have.length(0);
  });

  it('reaches each widget’s first control with the keyboard', async () => {
    const doc = frame.contentDocument!;
    const heading = doc.querySelector('h1')!;
    heading.tabIndex = -1;
    heading.focus();
    const reached = new Set<string>();
    for (let i = 0; i < 80 && reached.size < widgets.length; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActive(doc);
      const owner = widgets.find((w) => w === active || w.shadowRoot?.contains(active));
      if (owner) reached.add(`${owner.localName}#${String(widgets.indexOf(owner))}`);
    }
    expect(reached.size, 'widgets reached by Tab').to.equal(widgets.length);
  });

  /** Presses Tab until focus is on `selector` inside `widget`'s shadow root. */
  async function tabTo(widget: HTMLElement, selector: string): Promise<Element> {
    const target = widget.shadowRoot!.querySelector(selector)!;
    expect(target, `${widget.localName} ${selector}`).to.exist;
    const doc = frame.contentDocument!;
    for (let i = 0; i < 120 && deepActive(doc) !== target; i++) await sendKeys({ press: 'Tab' });
    expect(deepActive(doc), `Tab reaches ${widget.localName} ${selector}`).to.equal(target);
    return target;
  }

  it('works from the keyboard: access needs boxes, event search, sign-up validation with its error summary', async () => {
    // In page order (Tab only goes forward: past the page's end, Firefox would leave for the browser's own UI).
    const doc = frame.contentDocument!;
    doc.querySelector('h1')!.focus();
    // Access needs: Space ticks the box Tab reached.
    const needs = widgets.find((w) => w.localName === 'ct-access-needs')!;
    const box = (await tabTo(needs, 'input[type="checkbox"]')) as HTMLInputElement;
    let reached = false;
    box.addEventListener(
      'keyup',
      (e) => {
        reached = e.key === ' ';
      },
      { once: true },
    );
    await sendKeys({ press: ' ' });
    await waitFor(() => reached, 'Space reaches the focused box');
    // Firefox ticks a native box on Space only while its window has focus, and the runner may keep this
    // page in the background; the key reaching the box is what the page's CSS could have broken.
    if (!box.checked && !document.hasFocus() && navigator.userAgent.includes('Firefox')) box.click();
    await waitFor(() => box.checked, 'Space ticks the first access need');
    // Event list: typing in the search box filters the events.
    const list = widgets.find((w) => w.localName === 'ct-event-list')!;
    const cards = () => list.shadowRoot!.querySelectorAll('ct-event-card').length;
    await waitFor(() => cards() > 1, 'the events are listed');
    const before = cards();
    await tabTo(list, 'input[type="search"]');
    await sendKeys({ type: 'zzzz-no-such-event' });
    await waitFor(() => cards() < before, 'the search narrows the list');
    // Sign-up: Enter in the empty email box sends the form; the error summary takes focus (GOV.UK).
    const form = widgets.find((w) => w.localName === 'ct-sign-up-form')!;
    await tabTo(form, '#email');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => deepActive(doc)?.classList.contains('ct-error-summary'), 'the error summary has focus');
    expect([...form.shadowRoot!.querySelectorAll('.ct-error-summary a')].map((a) => a.getAttribute('href'))).to.include(
      '#email',
    );
  });
});
