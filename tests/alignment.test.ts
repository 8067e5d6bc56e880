/**
 * Things that line up (issue 18, point 8), measured with getBoundingClientRect in a real browser:
 * - the selects of a filter panel that share a row share their top and bottom edges, and a button beside
 *   them ("Clear filters") shares their bottom edge — whichever widget draws the panel (the event list,
 *   the map) and however its markup is shared between them;
 * - a checkbox's hint starts where its label's text starts (GOV.UK), small checkboxes too ("Remember my
 *   answers on this device").
 */
import { expect } from '@open-wc/testing';
import * as eventListStories from '../stories/event-list.stories.js';
import * as mapStories from '../stories/community-map.stories.js';
import * as accessNeedsStories from '../stories/access-needs.stories.js';
import * as signUpStories from '../stories/sign-up-form.stories.js';
import { mountStory, storiesOf, storyCanvas, type StoryEntry } from './support/story-sweep.js';

function story(mod: Record<string, unknown>, name: string): StoryEntry {
  const entry = storiesOf(mod).find((e) => e.name === name);
  if (!entry) throw new Error(`no story ${name}`);
  return entry;
}

const px = (n: number) => Math.round(n * 10) / 10;

/** The controls of a filter panel, in rows: controls whose boxes overlap vertically share a row. */
function rows(panel: Element): { what: string; box: DOMRect }[][] {
  const controls = [...panel.querySelectorAll('select, button')]
    .filter((c) => c.getClientRects().length)
    .map((c) => ({
      what: c.localName === 'select' ? `select "${c.id}"` : `button "${c.textContent.trim()}"`,
      box: c.getBoundingClientRect(),
    }));
  const result: { what: string; box: DOMRect }[][] = [];
  for (const c of controls) {
    const row = result.find((r) => r.some((o) => c.box.top < o.box.bottom && o.box.top < c.box.bottom));
    if (row) row.push(c);
    else result.push([c]);
  }
  return result;
}

function expectRowsAligned(panel: Element, where: string): void {
  const all = rows(panel);
  expect(all.flat().filter((c) => c.what.startsWith('select')).length, `${where}: selects found`).to.be.greaterThan(1);
  for (const row of all) {
    const selects = row.filter((c) => c.what.startsWith('select'));
    const first = selects[0];
    if (!first) continue;
    const show = row.map((c) => `${c.what} ${String(px(c.box.top))}–${String(px(c.box.bottom))}`).join(', ');
    for (const s of selects) {
      expect(px(s.box.top), `${where}: top of ${s.what} in the row ${show}`).to.equal(px(first.box.top));
      expect(px(s.box.bottom), `${where}: bottom of ${s.what} in the row ${show}`).to.equal(px(first.box.bottom));
    }
    for (const b of row.filter((c) => c.what.startsWith('button'))) {
      expect(px(b.box.bottom), `${where}: bottom of ${b.what} in the row ${show}`).to.equal(px(first.box.bottom));
    }
  }
}

/** Where the first line of text inside `el` starts, in px from the viewport's left. */
function textLeft(el: Element): number {
  const range = document.createRange();
  range.selectNodeContents(el);
  return range.getClientRects()[0]!.left;
}

describe('alignment', () => {
  const canvas = storyCanvas();

  for (const width of [1280, 700, 320]) {
    it(`the event list's filter selects share their edges, row by row, at ${String(width)} px`, async () => {
      canvas().style.width = `${String(width)}px`;
      await mountStory(story(eventListStories, 'FromJson'), canvas());
      const list = canvas().querySelector('ct-event-list')!;
      expectRowsAligned(list.shadowRoot!.querySelector('[part~="filters"]')!, `event list at ${String(width)} px`);
    });

    it(`the map's filter selects and "Clear filters" share their edges, row by row, at ${String(width)} px`, async () => {
      canvas().style.width = `${String(width)}px`;
      for (const name of ['List', 'FiltersApplied']) {
        const host = canvas().appendChild(document.createElement('div'));
        await mountStory(story(mapStories, name), host);
        const map = host.querySelector('ct-community-map')!;
        expectRowsAligned(map.shadowRoot!.querySelector('[part~="filters"]')!, `map (${name}) at ${String(width)} px`);
        host.remove();
      }
    });
  }

  it('a checkbox hint starts where its label text starts: small ("Remember my answers") and full size', async () => {
    const pairs: { what: string; label: number; hint: number }[] = [];
    for (const [mod, name, tag] of [
      [accessNeedsStories, 'WithRemember', 'ct-access-needs'],
      [signUpStories, 'Empty', 'ct-sign-up-form'],
    ] as const) {
      const host = canvas().appendChild(document.createElement('div'));
      await mountStory(story(mod, name), host);
      const shadow = host.querySelector(tag)!.shadowRoot!;
      for (const item of shadow.querySelectorAll('.ct-choices__item')) {
        const hint = item.querySelector('.ct-choices__hint');
        if (!hint) continue;
        pairs.push({
          what: `${tag} "${item.querySelector('label')!.textContent.trim().slice(0, 30)}"`,
          label: textLeft(item.querySelector('label')!),
          hint: textLeft(hint),
        });
      }
      host.remove();
    }
    expect(pairs.map((p) => p.what).join()).to.contain('Remember my answers');
    for (const p of pairs)
      expect(px(p.hint), `${p.what}: hint text at ${String(p.hint)}, label text at ${String(p.label)}`).to.be.closeTo(
        px(p.label),
        0.5,
      );
  });
});
