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
      expect(parseFloat(host.lineHeight) / parseFloat(host.fontSize), `${widget.localName} host line height`).to.be.greaterThan(1.1);
      expect(host.fontFamily, `${widget.localName} host font`).to.not.include('fantasy');
      const text = [...widget.shadowRoot!.querySelectorAll<HTMLElement>('label, p, h2, h3, legend, button, a, li, td')].find((e) => e.textContent.trim());
      expect(text, `${widget.localName} renders text`).to.exist;
      const style = win.getComputedStyle(text!);
      expect(parseFloat(style.fontSize), `${widget.localName} text size`).to.be.at.least(16);
      expect(style.fontFamily, widget.localName).to.not.include('fantasy');
      expect(style.textTransform, widget.localName).to.equal('none');
      expect(style.letterSpacing, widget.localName).to.be.oneOf(['normal', '0px']);
      expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize), `${widget.localName} ${text!.localName}.${text!.className} line height`).to.be.greaterThan(1.1);
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
    const axe = (frame.contentWindow as unknown as { axe: { run(c: { include: Element[] }, o: RunOptions): Promise<AxeResults> } }).axe;
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
});
