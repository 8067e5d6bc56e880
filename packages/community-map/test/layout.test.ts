// ct-community-map — the map's layout: it fills its column, and no two markers overlap at any width or zoom.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { CtCommunityMap } from '../src/community-map.js';
import { $, $$, dense, denseStory, holder, settle, spread } from './helpers.js';

const members = [...denseStory, ...dense, ...spread];

async function mountAt(width: number, data: unknown = members): Promise<CtCommunityMap> {
  const div = holder();
  div.style.width = `${String(width)}px`;
  const el = document.createElement('ct-community-map');
  el.view = 'map';
  el.members = data;
  div.append(el);
  await settle(el);
  return el;
}

/** Pairs of markers drawn inside the frame whose boxes overlap, named for the failure message. */
function overlaps(el: CtCommunityMap): string[] {
  const frame = $(el, '.ct-map-frame')!.getBoundingClientRect();
  const drawn = $$(el, '.ct-map-marker')
    .map((m) => ({ name: m.getAttribute('aria-label') ?? '', box: m.getBoundingClientRect() }))
    .filter(
      ({ box }) => box.right > frame.left && box.left < frame.right && box.bottom > frame.top && box.top < frame.bottom,
    );
  const found: string[] = [];
  drawn.forEach((a, i) => {
    for (const b of drawn.slice(i + 1)) {
      if (a.box.left < b.box.right && b.box.left < a.box.right && a.box.top < b.box.bottom && b.box.top < a.box.bottom)
        found.push(`"${a.name}" and "${b.name}"`);
    }
  });
  return found;
}

/** Zooms in with "+" from the biggest cluster, checking for overlaps at each level. */
async function zoomThrough(el: CtCommunityMap, label: string): Promise<void> {
  const biggest = $$(el, '.ct-map-marker--cluster').sort((a, b) => Number(b.textContent) - Number(a.textContent))[0]!;
  biggest.focus();
  for (let level = 2; level <= 16; level *= 2) {
    await sendKeys({ press: '+' });
    await settle(el);
    expect(overlaps(el), `${label}, zoom ${String(level)}`).to.deep.equal([]);
  }
}

describe('ct-community-map: the map fills its column and markers never overlap', () => {
  it('at 1280 px the frame is the column’s width, the UK whole and no taller than the window', async () => {
    const el = await mountAt(1280);
    const frame = $(el, '.ct-map-frame')!.getBoundingClientRect();
    // The column is the widget's, inside its own padding.
    expect(frame.width).to.be.closeTo($(el, '#panel-map')!.getBoundingClientRect().width, 1);
    expect(frame.width).to.be.above(1200);
    expect(frame.height).to.be.at.most(Math.max(320, innerHeight * 0.9) + 1);
    // The whole UK is in view: the view box is at least the UK's size, with the frame's shape.
    const [, , w, h] = $(el, '.ct-map-svg')!.getAttribute('viewBox')!.split(' ').map(Number) as [
      number,
      number,
      number,
      number,
    ];
    expect(w).to.be.at.least(610 - 0.5);
    expect(h).to.be.at.least(1110 - 0.5);
    expect(w / h).to.be.closeTo(frame.width / frame.height, 0.02);
  });

  for (const width of [1280, 320]) {
    it(`at ${String(width)} px no two markers overlap, at the whole UK and zoomed in`, async () => {
      const el = await mountAt(width);
      expect($$(el, '.ct-map-marker--cluster').length).to.be.above(0);
      expect(overlaps(el), `${String(width)} px, whole UK`).to.deep.equal([]);
      await zoomThrough(el, `${String(width)} px`);
    });
  }

  it('re-clusters when its column is resized, and at 400% zoom (320 × 256)', async () => {
    const el = await mountAt(1280);
    $<HTMLButtonElement>(el, '.ct-map-marker--cluster')!.focus();
    await sendKeys({ press: '+' });
    await settle(el);
    const wide = $$(el, '.ct-map-marker').length;
    el.parentElement!.style.width = '320px';
    // The ResizeObserver re-renders: fewer, bigger groups on the narrow frame, and still no overlaps.
    await waitUntil(
      () => $$(el, '.ct-map-marker').length !== wide,
      'the markers were not re-clustered after the resize',
    );
    expect(overlaps(el), 'after resizing to 320 px').to.deep.equal([]);
    await setViewport({ width: 320, height: 256 });
    try {
      const zoomed = await mountAt(320);
      const frame = $(zoomed, '.ct-map-frame')!.getBoundingClientRect();
      expect(frame.width).to.be.closeTo($(zoomed, '#panel-map')!.getBoundingClientRect().width, 1);
      expect(overlaps(zoomed), 'at 400% zoom').to.deep.equal([]);
      await zoomThrough(zoomed, '400% zoom');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('ct-community-map: region counts keep a legible size', () => {
  for (const width of [320, 1280]) {
    it(`are drawn at 14 px or more at ${String(width)} px, with a halo, and hidden from screen readers (the table says them)`, async () => {
      const div = holder();
      div.style.width = `${String(width)}px`;
      const el = document.createElement('ct-community-map');
      el.view = 'regions';
      el.members = members;
      div.append(el);
      await settle(el);
      const labels = $$<SVGTextElement>(el, '.ct-map-count-label');
      expect(labels).to.have.length(12);
      for (const label of labels) {
        const s = getComputedStyle(label);
        // The size on screen: the font size through the SVG's scaling (a viewBox would shrink it).
        const drawn = parseFloat(s.fontSize) * label.getScreenCTM()!.a;
        expect(drawn, `"${label.textContent}" is drawn at ${drawn.toFixed(1)} px`).to.be.at.least(14);
        expect(s.paintOrder).to.match(/^stroke/);
        expect(parseFloat(s.strokeWidth)).to.be.at.least(2);
        expect(label.closest('[aria-hidden="true"]')).to.not.be.null;
      }
    });
  }
});
