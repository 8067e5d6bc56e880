/**
 * WCAG 1.4.10 Reflow: at 320 CSS pixels wide (what 400% zoom of a 1280 px window gives) every widget fits
 * without scrolling sideways.
 */
import { expect } from '@open-wc/testing';
import { openPage, widgetsReady, widgetsSettled } from './support.js';

describe('widgets at 320 px wide (400% zoom)', () => {
  it('fit the width: nothing scrolls sideways', async () => {
    const frame = await openPage('plain', { width: 320 });
    try {
      const widgets = await widgetsReady(frame);
      await widgetsSettled(widgets);
      const doc = frame.contentDocument!;
      expect(doc.documentElement.clientWidth).to.be.at.most(320);
      for (const w of widgets) {
        const overflowing = [...w.shadowRoot!.querySelectorAll<HTMLElement>('*')]
          .filter(
            (el) =>
              el.getBoundingClientRect().right > doc.documentElement.clientWidth + 1 && el.getClientRects().length > 0,
          )
          // Visually hidden text is clipped to 1px on purpose; the map's SVG pans inside its own box.
          .filter((el) => !el.closest('.ct-visually-hidden') && !el.closest('svg'))
          .map((el) => `${el.localName}.${el.className}`);
        expect(overflowing, `${w.localName} has content past the right edge`).to.deep.equal([]);
      }
      expect(doc.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(
        doc.documentElement.clientWidth + 1,
      );
    } finally {
      frame.remove();
    }
  });
});
