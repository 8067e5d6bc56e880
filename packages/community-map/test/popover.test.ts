// ct-community-map — the details popover: beside its marker with a pointer on it, or a sheet on a narrow map.
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { contrastRatio } from '@ctkit/tokens';
import type { CtCommunityMap } from '../src/community-map.js';
import { $, $$, dense, focused, holder, isFirefox, settle, spread } from './helpers.js';

/** The map at a column `width` px wide (or the page's width), with a button before and after it. */
async function mapIn(width?: number, members: unknown = [...dense, ...spread]): Promise<CtCommunityMap> {
  const div = holder();
  if (width) div.style.width = `${String(width)}px`;
  const before = document.createElement('button');
  before.id = 'before';
  before.textContent = 'Before';
  const el = document.createElement('ct-community-map');
  el.view = 'map';
  el.members = members;
  const after = document.createElement('button');
  after.id = 'after';
  after.textContent = 'After';
  div.append(before, el, after);
  el.style.display = 'block';
  await settle(el);
  return el;
}

async function open(el: CtCommunityMap, marker: HTMLElement): Promise<HTMLElement> {
  marker.click();
  await settle(el);
  const popover = $(el, '.ct-map-popover');
  expect(popover, `details of "${marker.getAttribute('aria-label') ?? ''}"`).to.not.be.null;
  return popover!;
}

const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
/** The gap between two boxes (0 when they touch or overlap). */
const gap = (a: DOMRect, b: DOMRect) =>
  Math.hypot(Math.max(0, a.left - b.right, b.left - a.right), Math.max(0, a.top - b.bottom, b.top - a.bottom));
const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

for (const width of [1280, 900]) {
  describe(`ct-community-map: the details popover in a ${String(width)} px window`, () => {
    before(async () => {
      await setViewport({ width, height: 800 });
    });
    after(async () => {
      await setViewport({ width: 800, height: 600 });
    });

    it('sits beside every marker, never over it, its pointer on the marker’s centre', async () => {
      const el = await mapIn();
      const keys = $$(el, '.ct-map-marker').map((m) => m.dataset.key!);
      expect(keys.length, 'members and a cluster on the map').to.be.at.least(5);
      expect($$(el, '.ct-map-marker--cluster')).to.not.be.empty;
      const sides = new Set<string>();
      for (const key of keys) {
        const marker = $(el, `[data-key="${CSS.escape(key)}"]`)!;
        const label = marker.getAttribute('aria-label') ?? '';
        const popover = await open(el, marker);
        const p = popover.getBoundingClientRect();
        const m = marker.getBoundingClientRect();
        const frame = $(el, '.ct-map-frame')!.getBoundingClientRect();
        expect(overlap(p, m), `${label}: the details cover their marker`).to.be.false;
        expect(gap(p, m), `${label}: the details are ${String(gap(p, m))} px from their marker`).to.be.within(8, 16);
        // Inside the map.
        expect(p.left, label).to.be.at.least(frame.left);
        expect(p.right, label).to.be.at.most(frame.right);
        expect(p.top, label).to.be.at.least(frame.top);
        expect(p.bottom, label).to.be.at.most(frame.bottom);
        // The pointer: between the details and the marker, on the line through the marker's centre.
        const pointer = $(el, '.ct-map-popover__pointer')!;
        const a = pointer.getBoundingClientRect();
        expect(a.width, `${label}: the pointer shows`).to.be.above(8);
        const [mc, ac] = [centre(m), centre(a)];
        const side = p.left >= m.right ? 'right' : p.right <= m.left ? 'left' : p.top >= m.bottom ? 'below' : 'above';
        sides.add(side);
        if (side === 'right' || side === 'left') {
          expect(ac.y, `${label}: pointer at the marker's height (${side})`).to.be.closeTo(mc.y, 2);
          expect(side === 'right' ? a.left : m.left - a.right, `${label}: pointer tip`).to.be.above(
            side === 'right' ? m.right : 0,
          );
          expect(side === 'right' ? a.left < p.left : a.right > p.right, `${label}: the pointer sticks out`).to.be.true;
        } else {
          expect(ac.x, `${label}: pointer over the marker's centre (${side})`).to.be.closeTo(mc.x, 2);
        }
        expect(overlap(a, m), `${label}: the pointer touches the marker`).to.be.false;
        await sendKeys({ press: 'Escape' });
        await settle(el);
      }
      // Markers on the east coast have no room on their right in a 900 px window: the popover goes left.
      expect([...sides]).to.include('right');
    });

    it('takes the side that covers the fewest other markers', async () => {
      const el = await mapIn();
      const worse: string[] = [];
      for (const key of $$(el, '.ct-map-marker').map((m) => m.dataset.key!)) {
        const marker = $(el, `[data-key="${CSS.escape(key)}"]`)!;
        const popover = await open(el, marker);
        const p = popover.getBoundingClientRect();
        const m = marker.getBoundingClientRect();
        const frame = $(el, '.ct-map-frame')!.getBoundingClientRect();
        const others = $$(el, '.ct-map-marker')
          .filter((o) => o !== marker)
          .map((o) => o.getBoundingClientRect());
        const covers = (r: DOMRect) => others.filter((o) => overlap(r, o)).length;
        // The same box on each side of the marker, as far from it, slid along that side to stay in the map.
        const g = gap(p, m);
        const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
        const cx = clamp(centre(m).x - p.width / 2, frame.left + 4, frame.right - 4 - p.width);
        const cy = clamp(centre(m).y - p.height / 2, frame.top + 4, frame.bottom - 4 - p.height);
        const sides = [
          new DOMRect(m.right + g, cy, p.width, p.height),
          new DOMRect(m.left - g - p.width, cy, p.width, p.height),
          new DOMRect(cx, m.bottom + g, p.width, p.height),
          new DOMRect(cx, m.top - g - p.height, p.width, p.height),
        ].filter(
          (r) => r.left >= frame.left && r.right <= frame.right && r.top >= frame.top && r.bottom <= frame.bottom,
        );
        const fewest = Math.min(...sides.map(covers));
        const label = marker.getAttribute('aria-label') ?? key;
        if (covers(p) > fewest)
          worse.push(`${label}: covers ${String(covers(p))}, a side that fits covers ${String(fewest)}`);
        expect(sides.length, `${label}: some side fits`).to.be.above(0);
        await sendKeys({ press: 'Escape' });
        await settle(el);
      }
      expect(worse, worse.join('\n')).to.deep.equal([]);
    });

    it('goes to the left of a marker with no room on its right', async () => {
      // A 560 px column (wide enough for a popover) against the window's right edge.
      const el = await mapIn(560, spread);
      el.parentElement!.style.marginLeft = `${String(width - 570)}px`;
      await settle(el);
      const marker = $$(el, '.ct-map-marker').find((mk) => mk.getAttribute('aria-label')?.startsWith('Norwich'))!;
      const popover = await open(el, marker);
      const p = popover.getBoundingClientRect();
      const m = marker.getBoundingClientRect();
      const frame = $(el, '.ct-map-frame')!.getBoundingClientRect();
      expect(frame.right - m.right, 'too little room on the right').to.be.below(p.width);
      expect(m.left - p.right, JSON.stringify({ p, m, frame })).to.be.within(8, 16);
      expect(p.left).to.be.at.least(frame.left);
      const a = $(el, '.ct-map-popover__pointer')!.getBoundingClientRect();
      expect(a.right).to.be.above(p.right);
      expect(centre(a).y).to.be.closeTo(centre(m).y, 2);
    });
  });
}

describe('ct-community-map: details as a sheet on a narrow map', () => {
  const checkSheet = async (el: CtCommunityMap) => {
    const marker = $<HTMLButtonElement>(el, '.ct-map-marker[tabindex="0"]')!;
    const name = marker.getAttribute('aria-label');
    marker.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const sheet = $(el, '.ct-map-popover')!;
    await Promise.all(sheet.getAnimations().map((a) => a.finished));
    expect(sheet.getAttribute('role')).to.equal('dialog');
    // Named as the popover is: by the cluster's name, which its marker has too.
    expect($(el, `#${sheet.getAttribute('aria-labelledby')!}`)!.textContent).to.equal(name);
    expect(sheet.textContent).to.contain('Manchester group 12');
    expect(focused(el), 'focus moves into the sheet').to.equal(sheet);
    const s = sheet.getBoundingClientRect();
    const frame = $(el, '.ct-map-frame')!.getBoundingClientRect();
    expect(s.left).to.be.closeTo(frame.left, 1);
    expect(s.right).to.be.closeTo(frame.right, 1);
    expect(s.bottom).to.be.closeTo(frame.bottom, 1);
    expect(s.height).to.be.below(frame.height);
    expect(getComputedStyle($(el, '.ct-map-popover__pointer')!).display, 'no pointer').to.equal('none');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect($(el, '.ct-map-popover')).to.be.null;
    expect(focused(el)?.getAttribute('aria-label')).to.equal(name);
    // The close button returns focus to the marker too.
    marker.click();
    await settle(el);
    $<HTMLButtonElement>(el, '.ct-map-popover__close')!.click();
    await settle(el);
    expect($(el, '.ct-map-popover')).to.be.null;
    expect(focused(el)?.getAttribute('aria-label')).to.equal(name);
  };

  it('at 320 px, the details are a sheet across the bottom of the map', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      await checkSheet(await mapIn(undefined, dense));
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('in a narrow column of a wide page too (the map’s width, not the window’s)', async () => {
    await checkSheet(await mapIn(300, dense));
  });

  it('turns from a popover into a sheet when its column narrows', async () => {
    const el = await mapIn(640, spread);
    await open(el, $(el, '.ct-map-marker')!);
    expect(getComputedStyle($(el, '.ct-map-popover__pointer')!).display).to.not.equal('none');
    el.parentElement!.style.width = '300px';
    const frame = () => $(el, '.ct-map-frame')!.getBoundingClientRect();
    // The map's resize observer re-renders; the details stay open and are placed again, as a sheet.
    await waitUntil(() => frame().width < 310, 'the map did not narrow');
    await settle(el);
    await waitUntil(() => {
      const sheet = $(el, '.ct-map-popover')?.getBoundingClientRect();
      return sheet && Math.abs(sheet.left - frame().left) < 1 && Math.abs(sheet.bottom - frame().bottom) < 1;
    }, 'the details did not become a sheet at the bottom of the map');
  });

  it('slides in, unless the reader asks for less motion', async function () {
    // Puppeteer's Firefox (WebDriver BiDi) cannot emulate media features; Chromium checks the computed style.
    if (isFirefox) return;
    const el = await mapIn(300, dense);
    const sheet = await open(el, $(el, '.ct-map-marker')!);
    expect(getComputedStyle(sheet).animationName).to.equal('ct-map-sheet');
    await sendKeys({ press: 'Escape' });
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const still = await open(el, $(el, '.ct-map-marker')!);
      expect(getComputedStyle(still).animationName).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});

describe('ct-community-map: details by keyboard alone', () => {
  it('Tab to the map, arrows to a marker, Enter opens its details, Escape closes them on the marker', async () => {
    const el = await mapIn(undefined, spread);
    document.getElementById('before')!.focus();
    for (let i = 0; i < 20 && !focused(el)?.classList.contains('ct-map-marker'); i++) await sendKeys({ press: 'Tab' });
    const first = focused(el)!;
    expect(first.classList.contains('ct-map-marker'), 'Tab reaches the map’s markers').to.be.true;
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    const marker = focused(el)!;
    expect(marker).to.not.equal(first);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const popover = $(el, '.ct-map-popover')!;
    expect(focused(el)).to.equal(popover);
    expect(marker.getAttribute('aria-expanded')).to.equal('true');
    expect(gap(popover.getBoundingClientRect(), marker.getBoundingClientRect())).to.be.within(8, 16);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect($(el, '.ct-map-popover')).to.be.null;
    expect(focused(el)).to.equal(marker);
    expect(marker.getAttribute('aria-expanded')).to.equal('false');
  });
});

describe('ct-community-map: the pointer on every theme', () => {
  const hex = (colour: string) =>
    `#${(/\d+, \d+, \d+/.exec(colour)?.[0] ?? '')
      .split(', ')
      .map((v) => Number(v).toString(16).padStart(2, '0'))
      .join('')}`;

  /** The pointer takes the popover's border colour and surface, so it reads as part of it, at 3:1 on the map. */
  const checkPointer = async (el: CtCommunityMap, theme: string) => {
    const popover = await open(el, $(el, '.ct-map-marker')!);
    const pointer = getComputedStyle($(el, '.ct-map-popover__pointer')!);
    const box = getComputedStyle(popover);
    expect(pointer.display, theme).to.not.equal('none');
    expect(pointer.borderTopStyle, theme).to.equal('solid');
    expect(pointer.borderLeftWidth, theme).to.equal(box.borderLeftWidth);
    expect(pointer.borderTopColor, theme).to.equal(box.borderTopColor);
    expect(pointer.borderLeftColor, theme).to.equal(box.borderTopColor);
    expect(pointer.backgroundColor, theme).to.equal(box.backgroundColor);
    const map = getComputedStyle($(el, '.ct-map-frame')!).backgroundColor;
    expect(
      contrastRatio(hex(pointer.borderTopColor), hex(map)),
      `${theme}: the pointer's edge on the map`,
    ).to.be.at.least(3);
  };

  it('on the default and a partner’s brand theme', async () => {
    await checkPointer(await mapIn(640, spread), 'default');
    const el = await mapIn(640, spread);
    el.parentElement!.style.setProperty('--ct-color-brand', '#5a2d82');
    el.parentElement!.style.setProperty('--ct-color-link', '#5a2d82');
    await checkPointer(el, 'brand');
  });

  it('on the dark theme (color-scheme="auto", a dark system)', async function () {
    // Puppeteer's Firefox (WebDriver BiDi) cannot emulate media features.
    if (isFirefox) return;
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const div = holder();
      div.style.width = '640px';
      const el = document.createElement('ct-community-map');
      el.setAttribute('color-scheme', 'auto');
      el.view = 'map';
      el.members = spread;
      div.append(el);
      await settle(el);
      await el.darkReady;
      await settle(el);
      expect(contrastRatio(hex(getComputedStyle($(el, '.ct-map-frame')!).backgroundColor), '#ffffff')).to.be.above(10);
      await checkPointer(el, 'dark');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});
