/**
 * A partner page on a connection that drops after the script tag: ctkit.js and the shared chunk arrive,
 * every widget's chunk fails (503). The reader keeps each widget's fallback content, the page is told
 * why in the console, and nothing reaches the host page that could make it reload (Vite's
 * `vite:preloadError`).
 */
import { expect } from '@open-wc/testing';
import { openPage, widgetsIn } from './support.js';
import { waitFor } from '../support/helpers.js';

interface Monitor {
  consoleErrors: string[];
  preloadErrors: string[];
}

describe('a partner page whose widget chunks cannot be fetched', () => {
  it('keeps every widget’s fallback content, says which widget failed, and dispatches no vite:preloadError', async () => {
    const frame = await openPage('chunks-fail');
    try {
      const win = frame.contentWindow as Window & typeof globalThis & { ctkitMonitor: Monitor };
      const doc = frame.contentDocument!;
      const widgets = widgetsIn(doc);
      const tags = [...new Set(widgets.map((w) => w.localName))].sort();
      expect(tags).to.deep.equal([
        'ct-access-needs',
        'ct-community-map',
        'ct-event-card',
        'ct-event-list',
        'ct-sign-up-form',
      ]);
      const failed = () =>
        tags.filter((tag) => win.ctkitMonitor.consoleErrors.some((e) => e.includes(`could not load <${tag}>`)));
      await waitFor(() => failed().length === tags.length, 'a console error for every widget');
      expect(failed()).to.deep.equal(tags);
      expect(win.ctkitMonitor.preloadErrors).to.deep.equal([]);
      // The entry itself ran: the announcer is registered, the widgets are not.
      expect(win.customElements.get('ct-announcer')).to.exist;
      for (const w of widgets) {
        expect(win.customElements.get(w.localName), `${w.localName} stays undefined`).to.equal(undefined);
        expect(w.getBoundingClientRect().height, `${w.localName} fallback is visible`).to.be.greaterThan(0);
      }
    } finally {
      frame.remove();
    }
  });
});
