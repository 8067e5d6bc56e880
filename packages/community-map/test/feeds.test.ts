// ct-community-map — feeds: bad data, failures, size cap.
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, focused, holder, mountSrc, settle, spread } from './helpers.js';
import { swapConsoleWarn } from '../../../tests/support/helpers.js';

describe('ct-community-map: bad data and failing feeds', () => {
  it('skips only the entry without a name, without a public notice, and keeps the others without the values it cannot use', async () => {
    const swap = swapConsoleWarn();
    const warnings = swap.texts;
    try {
      const el = await mountSrc('/fixtures/community-members-bad.json');
      // Bad entries are the publisher's to fix: no notice about them to the public; the console says.
      expect($(el, '.ct-map-skipped') === null, 'no notice about skipped entries').to.be.true;
      expect(el.shadowRoot!.textContent).to.not.contain('could not be shown');
      expect(el.skippedEntries).to.have.length(1);
      expect($$(el, '.ct-map-member')).to.have.length(9);
      expect(warnings.join('\n')).to.contain('entry 7: missing name');
      // What was not understood, once for the feed: those members are shown without it.
      const notUnderstood = warnings.filter((w) => w.includes('not understood'));
      expect(notUnderstood).to.have.length(1);
      expect(notUnderstood[0]).to.contain('coordinates out of range (lat 123, lon -2): entry 8');
      expect(notUnderstood[0]).to.contain('unknown region "Atlantis": entry 9');
      expect(notUnderstood[0]).to.contain('unknown member_type "robot"');
    } finally {
      swap.restore();
    }
  });

  it('says in plain words that the members could not be loaded, with the partner’s link and a retry that loads them', async () => {
    const swap = swapConsoleWarn();
    const warnings = swap.texts;
    let el: Awaited<ReturnType<typeof mountSrc>>;
    try {
      el = await mountSrc(
        `/community-map/flaky?id=${String(Math.random())}`,
        undefined,
        '<p><a href="/members">See the list of members</a></p>',
      );
    } finally {
      swap.restore();
    }
    const alert = $(el, '[role="alert"]')!;
    // The same pattern as the event list's.
    expect(alert.classList.contains('ct-feed-state--problem')).to.be.true;
    expect(alert.textContent).to.contain('The list of members could not be loaded');
    expect(alert.textContent).to.contain('Try again, or come back later.');
    expect(alert.textContent).to.not.match(/503|server|status/);
    expect(warnings.join('\n')).to.contain('the server answered with status 503');
    const slotted = alert.querySelector('slot')!.assignedElements();
    expect(slotted.map((n) => n.textContent)).to.deep.equal(['See the list of members']);
    const retry = alert.querySelector('button')!;
    expect(retry.textContent.trim()).to.equal('Try again');
    const loaded = oneEvent(el, 'ct-members-loaded');
    const deprecated = oneEvent(el, 'ct-members-load');
    retry.click();
    const [event, old] = await Promise.all([loaded, deprecated]);
    expect(old.detail, 'the deprecated name is fired too, with the same detail').to.equal(event.detail);
    await settle(el);
    expect($(el, '[role="alert"]')).to.be.null;
    expect($$(el, '.ct-map-member')).to.have.length(2);
  });

  it('"Try again" keeps focus in the widget: on the loading status, then on the member count', async () => {
    const el = await mountSrc(`/community-map/flaky?id=${String(Math.random())}`);
    $<HTMLButtonElement>(el, '[role="alert"] button')!.focus();
    const loaded = oneEvent(el, 'ct-members-loaded');
    await sendKeys({ press: 'Enter' });
    await loaded;
    await settle(el);
    expect(focused(el)?.id, 'focus after Try again').to.equal('f-count');
    expect(focused(el)?.textContent).to.equal('Showing all 2 members');
  });

  it('"Try again" that fails again moves focus to the new "Try again"', async () => {
    const el = await mountSrc('/community-map/feed-500');
    $<HTMLButtonElement>(el, '[role="alert"] button')!.focus();
    const failed = oneEvent(el, 'ct-members-error');
    await sendKeys({ press: 'Enter' });
    await failed;
    await settle(el);
    expect(focused(el)?.textContent.trim(), 'focus after Try again').to.equal('Try again');
    expect(focused(el)?.closest('[role="alert"]')).to.exist;
  });

  it('a feed that is not JSON: plain words for the public, the reason in the console', async () => {
    const swap = swapConsoleWarn();
    const warnings = swap.texts;
    try {
      const el = await mountSrc('/community-map/not-json');
      expect($(el, '[role="alert"]')!.textContent).to.contain('The list of members could not be loaded');
      expect($(el, '[role="alert"]')!.textContent).to.not.contain('JSON');
    } finally {
      swap.restore();
    }
    expect(warnings.join('\n')).to.contain('the feed is not valid JSON');
  });

  it('loading: the same status as the event list, in plain words', async () => {
    const el = document.createElement('ct-community-map');
    el.src = '/community-map/slow';
    holder().append(el);
    await el.updateComplete;
    const status = $(el, '[role="status"]')!;
    expect(status.classList.contains('ct-feed-state')).to.be.true;
    expect(status.textContent).to.equal('Loading members…');
    el.remove();
  });

  it('refuses feeds over the size cap, declared or streamed', async () => {
    for (const route of ['huge-declared', 'huge-streamed']) {
      const el = await mountSrc(`/community-map/${route}`, '100000');
      const alert = $(el, '[role="alert"]')!;
      expect(alert.textContent, route).to.contain('The list of members could not be loaded');
      expect(alert.textContent, route).to.not.contain('100 kB');
      expect($$(el, '.ct-map-member')).to.have.length(0);
    }
  });
});

describe('ct-community-map: feed problems in Welsh', () => {
  /** Each text node of `selector`, with the language it is marked as, as "lang: text". */
  const marked = (el: Parameters<typeof $>[0], selector: string) =>
    $$(el, selector).map((node) => `${node.closest('[lang]')?.getAttribute('lang') ?? ''}: ${node.textContent.trim()}`);
  const welsh = async (members: unknown) => {
    const div = holder();
    div.lang = 'cy';
    const el = document.createElement('ct-community-map');
    el.members = members;
    div.append(el);
    await settle(el);
    return el;
  };

  it('says in Welsh that the members could not be loaded', async () => {
    const el = await welsh({ not: 'a list' });
    expect(marked(el, '.ct-feed-state--problem p')).to.deep.equal([
      'cy: Doedd dim modd llwytho’r rhestr aelodau',
      'cy: Efallai mai’r cysylltiad neu’r wefan sydd ar fai. Rhowch gynnig arall arni, neu dewch yn ôl nes ymlaen.',
    ]);
  });

  it('keeps skipped entries out of the Welsh page too, and the console warning in English', async () => {
    const swap = swapConsoleWarn();
    const warnings = swap.texts;
    try {
      const el = await welsh([
        spread[0],
        42,
        { name: 'Pell', geolocation: { lat: 123, lon: 0 } },
        { name: 'Unman', region: 'Atlantis' },
        { description: 'dim enw' },
      ]);
      expect($(el, '.ct-map-skipped') === null, 'no notice about skipped entries').to.be.true;
      expect(el.skippedEntries.map((e) => e.index)).to.deep.equal([1, 4]);
      expect(warnings.join('\n')).to.contain('entry 2: not an object');
    } finally {
      swap.restore();
    }
  });
});
