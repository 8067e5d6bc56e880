/**
 * When the script never loads (blocked, offline, or JavaScript off), each widget's documented snippet
 * still gives people something that works: its fallback content.
 */
import { expect } from '@open-wc/testing';
import { openPage, widgetsIn } from './support.js';

describe('snippets without JavaScript', () => {
  it('shows every widget’s fallback content, with labelled controls', async () => {
    const frame = await openPage('plain', { scripts: false });
    try {
      const doc = frame.contentDocument!;
      const widgets = widgetsIn(doc);
      expect(widgets.length).to.be.greaterThan(0);
      for (const w of widgets) {
        expect(
          frame.contentWindow!.customElements.get(w.localName),
          `${w.localName} must not be defined without JS`,
        ).to.equal(undefined);
        expect(w.textContent.trim().length, `${w.localName} has fallback content`).to.be.greaterThan(0);
        expect(w.getBoundingClientRect().height, `${w.localName} fallback is visible`).to.be.greaterThan(0);
        for (const control of w.querySelectorAll('input:not([type=hidden]), select, textarea')) {
          const labelled = (control as HTMLInputElement).labels?.length ?? 0;
          expect(
            labelled,
            `${w.localName} fallback control ${control.outerHTML.slice(0, 80)} has a label`,
          ).to.be.greaterThan(0);
        }
      }
    } finally {
      frame.remove();
    }
  });
});

describe('snippets without JavaScript under hostile CSS', () => {
  it('keep the sign-up honeypot from screen readers and the Tab key even when the page forces [hidden] into view', async () => {
    const frame = await openPage('hostile', { scripts: false });
    try {
      const doc = frame.contentDocument!;
      const honeypot = doc.querySelector<HTMLInputElement>('ct-sign-up-form form input[name="website"]')!;
      const box = honeypot.closest('[hidden]')!;
      expect(box, 'the honeypot is in a hidden box').to.exist;
      // The hostile page's `[hidden] { display: block !important }` shows it; its words still say "Leave this empty".
      expect(box.getAttribute('aria-hidden')).to.equal('true');
      expect(honeypot.tabIndex).to.equal(-1);
      expect(box.textContent).to.contain('Leave this empty');
    } finally {
      frame.remove();
    }
  });
});
