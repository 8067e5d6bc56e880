/**
 * "Add to calendar" is fetched on demand: when it cannot be fetched, the open disclosure says so instead
 * of staying empty, and one warning names the cause. The fetch is made to fail by a Content Security
 * Policy added after the card has loaded (`script-src 'none'`): the browser refuses the module, as a
 * dropped connection would. This file runs in a page of its own, so the policy touches no other test.
 */
import 'axe-core/axe.min.js'; // before the policy: the accessibility check would fetch it later
import { expect, fixture, html } from '@open-wc/testing';
import type { EventInput } from '@ctkit/core';
import '../src/index.js';
import type { CtEventCard } from '../src/index.js';
import { swapConsoleWarn, waitFor } from '../../../tests/support/helpers.js';

const launch: EventInput = {
  '@type': 'Event',
  name: 'Launch event',
  startDate: '2026-12-04T12:30:00Z',
  url: 'https://events.example.org/launch',
};

describe('ct-event-card when "Add to calendar" cannot be fetched', () => {
  let swap: ReturnType<typeof swapConsoleWarn>;
  before(() => {
    const policy = document.createElement('meta');
    policy.httpEquiv = 'Content-Security-Policy';
    policy.content = "script-src 'none'";
    document.head.append(policy);
    swap = swapConsoleWarn();
  });
  after(() => {
    swap.restore();
  });

  it('says the links could not be loaded and warns once', async () => {
    const el = await fixture<CtEventCard>(
      html`<ct-event-card .event=${launch} .now=${new Date('2026-11-25T09:00:00Z')}></ct-event-card>`,
    );
    el.shadowRoot!.querySelector('details')!.open = true;
    await waitFor(
      () => el.shadowRoot!.querySelector('.ct-event-card__calendar p'),
      'the disclosure says what went wrong',
    );
    expect(el.shadowRoot!.querySelector('.ct-event-card__calendar p')!.textContent).to.equal(
      'The calendar links could not be loaded. Reload the page to try again.',
    );
    expect(el.shadowRoot!.querySelector('.ct-event-card__calendar a')).to.be.null;
    expect(swap.texts.filter((w) => w.includes('Add to calendar'))).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});
