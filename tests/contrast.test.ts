/**
 * Every widget is readable on any partner page (WCAG 1.4.3, 1.4.11): each story is mounted on a white, a
 * dark (#121212, a WordPress dark theme) and a brand-coloured host page, and every piece of text a widget
 * shows — in its shadow DOM, nested widgets and slotted fallback included — must reach 4.5:1 (3:1 when
 * large) against the background really behind it, found by walking up the flat tree from the text and
 * compositing each background it meets, down to the host page's. The edges of inputs, selects and
 * checkboxes must reach 3:1 the same way. Then again with the partner's dark opt-in
 * (`color-scheme="auto"`) under `prefers-color-scheme: dark`.
 *
 * Colours come from getComputedStyle in real Chromium (Firefox computes the same CSS; one engine keeps
 * the suite short).
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { contrastRatio } from '@ctkit/tokens';
import { CtElement } from '@ctkit/core';
import { mountStory, settle, storiesOf, storiesOfPart, storyCanvas, type StoryEntry } from './support/story-sweep.js';

type Rgba = [number, number, number, number];

function parse(colour: string): Rgba {
  const m = /rgba?\(([^)]+)\)/.exec(colour);
  if (!m) {
    // Chromium computes colours as rgb()/rgba(), or as color(srgb …) for some CSS colour functions.
    const s = /color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)/.exec(colour);
    if (!s) throw new Error(`cannot read colour ${colour}`);
    return [Number(s[1]) * 255, Number(s[2]) * 255, Number(s[3]) * 255, s[4] === undefined ? 1 : Number(s[4])];
  }
  const parts = m[1]!
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
}

/** `top` painted over the opaque `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
}

const hex = ([r, g, b]: Rgba) => `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/** The flat-tree parent: slotted nodes go to their slot, a shadow root to its host. */
function flatParent(node: Node): Element | null {
  const slot = (node as Element | Text).assignedSlot;
  if (slot) return slot;
  const parent = node.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
}

/** The opaque colour behind `el`: its own background and its ancestors', composited down to the page's. */
function backgroundBehind(el: Element | null): Rgba {
  const layers: Rgba[] = [];
  for (let node = el; node; node = flatParent(node)) {
    const bg = parse(getComputedStyle(node).backgroundColor);
    if (bg[3] > 0) layers.push(bg);
    if (bg[3] >= 1) break;
  }
  let colour: Rgba = layers.at(-1)?.[3] === 1 ? layers.pop()! : [255, 255, 255, 1];
  for (const layer of layers.reverse()) colour = over(layer, colour);
  return colour;
}

/** Inside a box of 1 px or less that clips what overflows it (the visually hidden pattern), or not drawn. */
function clippedAway(el: Element): boolean {
  for (let node: Element | null = el; node; node = flatParent(node)) {
    const box = node.getBoundingClientRect();
    if (!node.getClientRects().length) return true;
    if ((box.width <= 1 || box.height <= 1) && getComputedStyle(node).overflow !== 'visible') return true;
  }
  return false;
}

interface Finding {
  what: string;
  ratio: number;
  needed: number;
  fg: string;
  bg: string;
}

function describeNode(el: Element): string {
  const root = el.getRootNode();
  const owner = root instanceof ShadowRoot ? `${root.host.localName} › ` : '';
  return `${owner}${el.localName}${[...el.classList].map((c) => `.${c}`).join('')}`;
}

function ratioOf(fg: Rgba, bg: Rgba): number {
  return contrastRatio(hex(over(fg, bg)), hex(bg));
}

/** Text in the widget's flat tree (shadow DOM, nested widgets, slotted content), as it is painted. */
function checkWidget(widget: Element, out: Finding[]): number {
  let checked = 0;
  const visit = (node: Node) => {
    if (node instanceof Text) {
      const parent = flatParent(node);
      if (!parent || !node.data.trim()) return;
      if (parent.closest('option, [disabled], [aria-disabled="true"]')) return;
      // Visually hidden text (1 px, clipped) is for screen readers; it has no contrast to meet.
      if (clippedAway(parent)) return;
      const s = getComputedStyle(parent);
      if (s.visibility !== 'visible' || parseFloat(s.opacity) === 0) return;
      const inSvg = parent instanceof SVGElement;
      const fg = parse(inSvg ? s.fill : s.color);
      // SVG labels carry a halo (a stroke painted under the fill): the halo is what is behind them.
      const halo = inSvg && s.stroke !== 'none' && parseFloat(s.strokeWidth) >= 2 ? parse(s.stroke) : undefined;
      const bg = halo ?? backgroundBehind(parent);
      const size = parseFloat(s.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
      const needed = large ? 3 : 4.5;
      const ratio = ratioOf(fg, bg);
      checked += 1;
      if (ratio < needed - 0.005)
        out.push({
          what: `${describeNode(parent)} "${node.data.trim().slice(0, 40)}"`,
          ratio,
          needed,
          fg: hex(fg),
          bg: hex(bg),
        });
      return;
    }
    if (!(node instanceof Element) && !(node instanceof ShadowRoot)) return;
    if (node instanceof Element) {
      if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(node.tagName)) return;
      if (node.matches('input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]), select, textarea')) {
        if (node.getClientRects().length && !node.matches('[disabled]')) {
          checked += 1;
          const s = getComputedStyle(node);
          const own = backgroundBehind(node);
          const text = ratioOf(parse(s.color), own);
          if (text < 4.5 - 0.005)
            out.push({ what: `${describeNode(node)} value text`, ratio: text, needed: 4.5, fg: s.color, bg: hex(own) });
          const around = backgroundBehind(flatParent(node));
          const edge = ratioOf(parse(s.borderTopColor), around);
          if (edge < 3 - 0.005)
            out.push({
              what: `${describeNode(node)} edge`,
              ratio: edge,
              needed: 3,
              fg: s.borderTopColor,
              bg: hex(around),
            });
        }
      }
      if (node.matches('.ct-choices__label') && node.getClientRects().length) {
        checked += 1;
        const s = getComputedStyle(node, '::before');
        const around = backgroundBehind(node);
        const edge = ratioOf(parse(s.borderTopColor), around);
        if (edge < 3 - 0.005)
          out.push({
            what: `${describeNode(node)} box edge`,
            ratio: edge,
            needed: 3,
            fg: s.borderTopColor,
            bg: hex(around),
          });
      }
      if (node.shadowRoot) visit(node.shadowRoot);
      if (node instanceof HTMLSlotElement) {
        for (const child of node.assignedNodes({ flatten: true })) visit(child);
        if (node.assignedNodes().length) return;
      }
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(widget.shadowRoot ?? widget);
  return checked;
}

/** The outermost ctkit widgets in the canvas (nested ones are walked inside them). */
function widgetsIn(canvas: HTMLElement): Element[] {
  return [...canvas.querySelectorAll('*')].filter(
    (el) => el.localName.startsWith('ct-') && el.shadowRoot && el.localName !== 'ct-announcer',
  );
}

function report(findings: Finding[]): string {
  return findings
    .slice(0, 15)
    .map((f) => `  ${f.what}: ${f.ratio.toFixed(2)}:1 (needs ${String(f.needed)}:1), ${f.fg} on ${f.bg}`)
    .join('\n');
}

const HOSTS = {
  white: '#ffffff',
  dark: '#121212',
  brand: '#5a2d82',
} as const;

async function check(
  entry: StoryEntry,
  canvas: HTMLElement,
  host: keyof typeof HOSTS,
  options: { darkOptIn?: boolean } = {},
) {
  document.body.style.background = HOSTS[host];
  // A dark theme's own text colour: widgets must not inherit it.
  document.body.style.color = host === 'white' ? '#0b0c0c' : '#f0f0f0';
  await mountStory(entry, canvas, host === 'brand' ? { theme: 'partner' } : {});
  if (options.darkOptIn) {
    for (const widget of widgetsIn(canvas)) {
      widget.setAttribute('color-scheme', 'auto');
      // Re-connect: the opt-in is read when a widget connects, as on a page that has the attribute.
      widget.replaceWith(widget);
    }
    await settle(canvas);
    await Promise.all(
      widgetsIn(canvas).map(
        (w) =>
          (w instanceof CtElement ? w.darkReady : undefined) ??
          Promise.reject(new Error(`${w.localName} did not take the opt-in`)),
      ),
    );
  }
  const findings: Finding[] = [];
  let checked = 0;
  for (const widget of widgetsIn(canvas)) checked += checkWidget(widget, findings);
  return { findings, checked };
}

const { modules } = await storiesOfPart(1, 1);

if (navigator.userAgent.includes('Chrome/')) {
  describe('contrast of every widget on white, dark and brand-coloured host pages (Chromium)', () => {
    after(() => {
      document.body.style.background = '';
      document.body.style.color = '';
    });

    for (const [file, mod] of modules) {
      if (file.includes('foundations')) continue;
      describe(file, () => {
        const canvas = storyCanvas();
        for (const entry of storiesOf(mod)) {
          const tags = [...(entry.meta.tags ?? []), ...(entry.story.tags ?? [])];
          if (tags.includes('!test')) continue;
          it(`${entry.name}: text 4.5:1 and edges 3:1 on every host`, async () => {
            const problems: string[] = [];
            let total = 0;
            for (const host of Object.keys(HOSTS) as (keyof typeof HOSTS)[]) {
              const { findings, checked } = await check(entry, canvas(), host);
              total += checked;
              if (findings.length) problems.push(`on a ${host} host (${HOSTS[host]}):\n${report(findings)}`);
            }
            expect(problems, problems.join('\n')).to.deep.equal([]);
            if (widgetsIn(canvas()).length) expect(total, 'text was found to check').to.be.above(0);
          });
        }
      });
    }

    describe('dark opt-in (color-scheme="auto") under prefers-color-scheme: dark', () => {
      before(async () => {
        await emulateMedia({ colorScheme: 'dark' });
      });
      after(async () => {
        await emulateMedia({ colorScheme: 'light' });
      });
      const canvas = storyCanvas();
      for (const [file, mod] of modules) {
        if (file.includes('foundations')) continue;
        for (const entry of storiesOf(mod)) {
          const tags = [...(entry.meta.tags ?? []), ...(entry.story.tags ?? [])];
          if (tags.includes('!test')) continue;
          it(`${file} ${entry.name}: dark surface, readable on a dark host`, async () => {
            const { findings } = await check(entry, canvas(), 'dark', { darkOptIn: true });
            expect(findings, report(findings)).to.deep.equal([]);
            for (const widget of widgetsIn(canvas())) {
              const surface = parse(getComputedStyle(widget).backgroundColor);
              expect(contrastRatio(hex(surface), '#ffffff'), `${widget.localName} paints a dark surface`).to.be.above(
                10,
              );
            }
          });
        }
      }
    });
  });
}
