// ct-community-map — feeds: bad data, failures, size cap.
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, focused, holder, mountSrc, settle, spread } from './helpers.js';

describe('ct-community-map: bad data and failing feeds', () => {
  it('skips only the entry without a name, says so, and keeps the others without the values it cannot use', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const el = await mountSrc('/fixtures/community-members-bad.json');
      expect($(el, '.cm-skipped__title')!.textContent).to.equal('1 entry could not be shown');
      expect($$(el, '.cm-skipped li').map((li) => li.textContent)).to.deep.equal(['Entry 7: missing name']);
      expect(el.skippedEntries).to.have.length(1);
      expect($$(el, '.cm-member')).to.have.length(9);
      expect(warnings.join('\n')).to.contain('entry 7: missing name');
      // What was not understood, once for the feed: those members are shown without it.
      const notUnderstood = warnings.filter((w) => w.includes('not understood'));
      expect(notUnderstood).to.have.length(1);
      expect(notUnderstood[0]).to.contain('coordinates out of range (lat 123, lon -2): entry 8');
      expect(notUnderstood[0]).to.contain('unknown region "Atlantis": entry 9');
      expect(notUnderstood[0]).to.contain('unknown member_type "robot"');
    } finally {
      console.warn = original;
    }
  });

  it('shows an error with a retry when the feed fails, and the retry loads it', async () => {
    const el = await mountSrc(`/community-map/flaky?id=${String(Math.random())}`);
    const alert = $(el, '[role="alert"]')!;
    expect(alert.textContent).to.contain('The list of members could not be loaded.');
    expect(alert.textContent).to.contain('What went wrong: the server answered with status 503');
    const retry = alert.querySelector('button')!;
    expect(retry.textContent.trim()).to.equal('Try again');
    setTimeout(() => {
      retry.click();
    });
    await oneEvent(el, 'ct-members-load');
    await settle(el);
    expect($(el, '[role="alert"]')).to.be.null;
    expect($$(el, '.cm-member')).to.have.length(2);
  });

  it('"Try again" keeps focus in the widget: on the loading status, then on the member count', async () => {
    const el = await mountSrc(`/community-map/flaky?id=${String(Math.random())}`);
    $<HTMLButtonElement>(el, '[role="alert"] button')!.focus();
    const loaded = oneEvent(el, 'ct-members-load');
    await sendKeys({ press: 'Enter' });
    await loaded;
    await settle(el);
    expect(focused(el)?.id, 'focus after Try again').to.equal('cm-count');
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

  it('says when a feed is not JSON', async () => {
    const el = await mountSrc('/community-map/not-json');
    expect($(el, '[role="alert"]')!.textContent).to.contain('the feed is not valid JSON');
  });

  it('refuses feeds over the size cap, declared or streamed', async () => {
    for (const route of ['huge-declared', 'huge-streamed']) {
      const el = await mountSrc(`/community-map/${route}`, '100000');
      const alert = $(el, '[role="alert"]')!;
      expect(alert.textContent, route).to.contain('The list of members is too large to show here (over 100 kB).');
      expect($$(el, '.cm-member')).to.have.length(0);
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

  it('says in Welsh that a feed is not a list of members', async () => {
    const el = await welsh({ not: 'a list' });
    expect(marked(el, '.cm-problem p')).to.deep.equal([
      'cy: Doedd dim modd llwytho’r rhestr aelodau.',
      'cy: Beth aeth o’i le: nid yw’r ffrwd yn rhestr o aelodau (roedd disgwyl arae JSON neu FeatureCollection GeoJSON)',
    ]);
  });

  it('gives the reasons entries were skipped in Welsh, and keeps the console warning in English', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const el = await welsh([spread[0], 42, { name: 'Pell', geolocation: { lat: 123, lon: 0 } }, { name: 'Unman', region: 'Atlantis' }, { description: 'dim enw' }]);
      expect(marked(el, '.cm-skipped li')).to.deep.equal([
        'cy: Cofnod 2: nid yw’n wrthrych',
        'cy: Cofnod 5: does dim enw',
      ]);
      expect(warnings.join('\n')).to.contain('entry 2: not an object');
    } finally {
      console.warn = original;
    }
  });
});
