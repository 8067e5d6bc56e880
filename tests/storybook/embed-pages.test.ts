/** The Storybook Embed pages: the snippet follows the chosen options, and copying announces "Copied". */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { getAnnouncer } from '@ctkit/core';
import { withAttributes } from '../../stories/support/snippets.js';
import '../../stories/support/snippet-copy.js';
import type { CtSnippetCopy } from '../../stories/support/snippet-copy.js';
import accessNeedsSnippet from '../../packages/embed/snippets/access-needs.html?raw';

describe('Embed pages in Storybook', () => {
  it('sets the chosen options on the widget in the snippet, and removes emptied ones', () => {
    const snippet = withAttributes(accessNeedsSnippet, 'ct-access-needs', { format: 'online', 'respond-by': '' });
    expect(snippet).to.include('format="online"');
    expect(snippet).to.not.include('respond-by');
    expect(snippet).to.include('<form action="/register"');
    expect(() => withAttributes('<p>no widget</p>', 'ct-access-needs', {})).to.throw('The ct-access-needs snippet has no <ct-access-needs> element.');
  });

  it('copies the exact snippet from the keyboard and announces "Copied"', async () => {
    let copied = '';
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    // The test browser may refuse clipboard access to a background page; what we check is our behaviour.
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: (t: string) => { copied = t; return Promise.resolve(); } } });
    try {
      const el = await fixture<CtSnippetCopy>(html`<ct-snippet-copy snippet="<ct-event-list></ct-event-list>"></ct-snippet-copy>`);
      const button = el.shadowRoot!.querySelector('button')!;
      expect(button.textContent.trim()).to.equal('Copy the snippet');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => getAnnouncer().text('polite') === 'Copied', 'announces Copied');
      expect(copied).to.equal('<ct-event-list></ct-event-list>');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });
});
