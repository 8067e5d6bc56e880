/**
 * Forced colours (Windows High Contrast; WCAG 1.4.1, 1.4.11, 2.4.7): with the person's own colours forced
 * on every widget, focus must still show, controls must keep a visible edge, an error must not be told by
 * colour alone, and the map must draw in the person's colours.
 *
 * The page is switched into forced colours by a server command (tests/support/forced-colours-plugin.mjs)
 * that calls the Chrome DevTools Protocol, Emulation.setEmulatedMedia with forced-colors: active. Blink then
 * applies the system colours as on Windows, and matchMedia('(forced-colors: active)') turns true.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '@ctkit/sign-up-form';
import '@ctkit/access-needs';
import '@ctkit/event-card';
import '@ctkit/event-list';
import '@ctkit/community-map';
import { deepActiveElement, waitFor } from './support/helpers.js';

const SYSTEM_COLOURS = [
  'Canvas',
  'CanvasText',
  'LinkText',
  'VisitedText',
  'ActiveText',
  'ButtonFace',
  'ButtonText',
  'ButtonBorder',
  'Field',
  'FieldText',
  'Highlight',
  'HighlightText',
  'SelectedItem',
  'SelectedItemText',
  'Mark',
  'MarkText',
  'GrayText',
];

/** What each system colour computes to in the current (forced) palette. */
function systemColours(): Set<string> {
  const probe = document.createElement('span');
  probe.style.forcedColorAdjust = 'none';
  document.body.append(probe);
  const values = new Set<string>();
  for (const name of SYSTEM_COLOURS) {
    probe.style.color = name;
    values.add(getComputedStyle(probe).color);
  }
  probe.remove();
  return values;
}

function describeEl(el: Element): string {
  const root = el.getRootNode();
  const owner = root instanceof ShadowRoot ? `${root.host.localName} ` : '';
  return `${owner}${el.localName}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')} "${(el.getAttribute('aria-label') ?? el.textContent).trim().slice(0, 40)}"`;
}

/**
 * The style that draws a control's focus indicator. Checkboxes and radios (.ct-choices__input) sit
 * transparent on top of their label, which draws the box and its focus ring in ::before.
 */
function indicatorStyle(el: Element): CSSStyleDeclaration {
  if (el.classList.contains('ct-choices__input') && el.nextElementSibling)
    return getComputedStyle(el.nextElementSibling, '::before');
  return getComputedStyle(el);
}

interface Stop {
  el: Element;
  name: string;
}

/** Tabs from `before` until focus reaches `after`, checking each stop's focus ring as it goes. */
async function tabThrough(before: HTMLElement, after: HTMLElement, colours: Set<string>): Promise<Stop[]> {
  before.focus();
  const stops: Stop[] = [];
  for (let i = 0; i < 120; i++) {
    await sendKeys({ press: 'Tab' });
    const el = deepActiveElement();
    if (!el || el === after || el === document.body) break;
    const name = describeEl(el);
    const style = indicatorStyle(el);
    expect(style.outlineStyle, `focus ring style on ${name}`).to.not.equal('none');
    expect(parseFloat(style.outlineWidth), `focus ring width on ${name}`).to.be.at.least(2);
    expect(colours, `focus ring colour on ${name} (${style.outlineColor}) is a system colour`).to.include(
      style.outlineColor,
    );
    stops.push({ el, name });
  }
  expect(deepActiveElement(), 'Tab leaves the widget').to.equal(after);
  // A focus ring that is there all the time tells nothing: once focus has moved on, each ring is gone.
  for (const { el, name } of stops) {
    const style = indicatorStyle(el);
    const ringShown = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    expect(ringShown, `${name} keeps a focus ring when not focused`).to.be.false;
  }
  return stops;
}

/** Every input, select, textarea and button has a visible edge, in a system colour. */
function expectEdges(root: ShadowRoot, colours: Set<string>): number {
  const controls = [
    ...root.querySelectorAll<HTMLElement>(
      '.ct-input, .ct-textarea, .ct-select, .ct-button, .ct-map-tab, .ct-map-marker, .ct-tag',
    ),
    ...root.querySelectorAll<HTMLElement>('input:not([type="hidden"]):not(.ct-choices__input), select, textarea'),
  ].filter((el) => el.getClientRects().length > 0);
  const boxes = [...root.querySelectorAll<HTMLInputElement>('.ct-choices__input')].filter(
    (el) => el.getClientRects().length > 0,
  );
  for (const el of new Set(controls)) {
    const s = getComputedStyle(el);
    const name = describeEl(el);
    const sides = (['Top', 'Right', 'Bottom', 'Left'] as const).filter(
      (side) =>
        s.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' &&
        parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0,
    );
    expect(sides, `${name} has no border (${s.borderStyle} ${s.borderWidth})`).to.not.be.empty;
    for (const side of sides) {
      expect(
        colours,
        `${name} border-${side.toLowerCase()} colour ${s.getPropertyValue(`border-${side.toLowerCase()}-color`)}`,
      ).to.include(s.getPropertyValue(`border-${side.toLowerCase()}-color`));
    }
  }
  for (const box of boxes) {
    const s = getComputedStyle(box.nextElementSibling!, '::before');
    const name = `the box of ${describeEl(box)}`;
    expect(s.borderTopStyle, `${name} border style`).to.not.equal('none');
    expect(parseFloat(s.borderTopWidth), `${name} border width`).to.be.above(0);
    expect(colours, `${name} border colour ${s.borderTopColor}`).to.include(s.borderTopColor);
  }
  return new Set(controls).size + boxes.length;
}

const mounted: HTMLElement[] = [];
/** A widget between two buttons, so a test can Tab into it and see focus leave it. */
function mount(markup: string): { host: HTMLElement; before: HTMLButtonElement; after: HTMLButtonElement } {
  const wrapper = document.createElement('div');
  const before = document.createElement('button');
  before.textContent = 'Before';
  const after = document.createElement('button');
  after.textContent = 'After';
  const slot = document.createElement('div');
  slot.innerHTML = markup;
  wrapper.append(before, slot, after);
  document.body.append(wrapper);
  mounted.push(wrapper);
  return { host: slot.firstElementChild as HTMLElement, before, after };
}

async function rendered(widget: Element, selector: string): Promise<Element> {
  await waitFor(() => widget.shadowRoot?.querySelector(selector), `${widget.localName} shows ${selector}`);
  return widget;
}

const eventCardMarkup = `<ct-event-card heading-level="2"><script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'Event',
  '@id': 'https://events.example.org/launch',
  name: 'Launch event',
  startDate: '2027-12-04T18:00:00Z',
  endDate: '2027-12-04T20:30:00Z',
  eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
  location: { '@type': 'Place', name: 'Central Library', address: "St Peter's Square, Manchester M2 5PD" },
  offers: { '@type': 'Offer', price: 0, priceCurrency: 'GBP' },
  url: 'https://events.example.org/launch',
  ctkit: {
    eventType: 'gathering',
    accessFeatures: ['step-free', 'hearing-loop'],
    accessContact: { email: 'access@example.org', telephone: '0161 496 0000' },
  },
})}</script></ct-event-card>`;

// Chromium only. Firefox cannot put one page into forced colours: it has no DevTools Protocol here, and
// Firefox ESR 153 answers "unknown command" to WebDriver BiDi's emulation.setForcedColorsModeThemeOverride.
// Its only switch is a browser-wide preference (browser.display.document_color_use = 2), which would force
// colours on every other test page sharing that browser. So this suite is registered in Chromium only.
if (navigator.userAgent.includes('Chrome/')) {
  describe('forced colours (Windows High Contrast), Chromium', () => {
    let colours: Set<string>;

    before(async () => {
      await executeServerCommand('emulate-forced-colours', { active: true });
      colours = systemColours();
    });
    after(async () => {
      await executeServerCommand('emulate-forced-colours', { active: false });
    });
    afterEach(() => {
      for (const node of mounted.splice(0)) node.remove();
    });

    it('is really in forced colours: the media query matches and author colours give way to system colours', () => {
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      const probe = document.createElement('p');
      probe.style.color = 'rgb(212, 53, 28)';
      probe.style.backgroundColor = 'rgb(255, 221, 0)';
      document.body.append(probe);
      const s = getComputedStyle(probe);
      expect(s.color).to.not.equal('rgb(212, 53, 28)');
      expect(colours).to.include(s.color);
      probe.remove();
    });

    it('ct-sign-up-form: focus rings, control edges, and errors told in words and edges, not colour', async () => {
      const { host, before, after } = mount(
        '<ct-sign-up-form action="/nowhere" privacy-url="https://example.org/privacy" org-name="Org" fields="name member-type region interests" list="newsletter"></ct-sign-up-form>',
      );
      const form = await rendered(host, 'button[type="submit"]');
      const root = form.shadowRoot!;
      const stops = await tabThrough(before, after, colours);
      expect(stops.map((s) => s.el.localName)).to.include.members(['input', 'a', 'button']);
      expect(expectEdges(root, colours)).to.be.above(5);

      // Send it empty: the errors must be readable without colour.
      root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await waitFor(() => root.querySelector('.ct-error-summary'), 'the error summary shows');
      const summary = root.querySelector<HTMLElement>('.ct-error-summary')!;
      const ss = getComputedStyle(summary);
      expect(ss.borderTopStyle, 'the error summary has its frame').to.not.equal('none');
      expect(parseFloat(ss.borderTopWidth)).to.be.at.least(2);
      expect(colours).to.include(ss.borderTopColor);
      expect(summary.textContent.trim()).to.not.equal('');
      const messages = [...root.querySelectorAll<HTMLElement>('.ct-error-message')];
      expect(messages.length, 'each wrong field says what is wrong').to.be.at.least(2);
      for (const message of messages) {
        expect(message.textContent.trim(), 'an error message has words').to.not.equal('');
        expect(message.getClientRects().length, 'an error message is shown').to.be.above(0);
        expect(colours, 'an error message is in a system colour').to.include(getComputedStyle(message).color);
        // The wrong field's group keeps its thick left edge: a cue that is not a colour.
        const group = message.closest('.ct-form-group')!;
        const gs = getComputedStyle(group);
        expect(group.classList.contains('ct-form-group--error')).to.be.true;
        expect(gs.borderLeftStyle, 'the wrong field is marked by an edge').to.not.equal('none');
        expect(parseFloat(gs.borderLeftWidth)).to.be.at.least(3);
        expect(colours).to.include(gs.borderLeftColor);
      }
      // In the error state too, every stop (the summary's links, the wrong fields) shows focus.
      const again = await tabThrough(before, after, colours);
      expect(
        again.some((s) => s.el.closest('.ct-error-summary')),
        'the error summary links are tab stops',
      ).to.be.true;
    });

    it('ct-access-needs: focus rings on the disclosure and every choice, and boxes with edges', async () => {
      const { host, before, after } = mount(
        '<form><ct-access-needs name="access" format="in-person" respond-by="2026-12-04"></ct-access-needs></form>',
      );
      const widget = await rendered(host.querySelector('ct-access-needs')!, '.ct-access-needs__summary');
      const stops = await tabThrough(before, after, colours);
      expect(stops.length).to.be.above(5);
      expect(expectEdges(widget.shadowRoot!, colours)).to.be.above(5);
      // The disclosure's triangle is drawn with borders, in a system colour.
      const summary = widget.shadowRoot!.querySelector('.ct-access-needs__summary')!;
      const triangle = getComputedStyle(summary, '::before');
      const edges = [triangle.borderLeftColor, triangle.borderTopColor].filter((c) => c !== 'rgba(0, 0, 0, 0)');
      expect(edges).to.not.be.empty;
      for (const c of edges) expect(colours).to.include(c);
    });

    it('ct-event-card: focus rings on links, the booking button and the calendar disclosure', async () => {
      const { host, before, after } = mount(eventCardMarkup);
      const card = await rendered(host, '[data-book]');
      const stops = await tabThrough(before, after, colours);
      expect(stops.map((s) => s.el.localName)).to.include.members(['a', 'summary']);
      expect(expectEdges(card.shadowRoot!, colours)).to.be.at.least(1);
      const frame = getComputedStyle(card.shadowRoot!.querySelector('.ct-event-card')!);
      expect(frame.borderTopStyle, 'the card keeps its top edge').to.not.equal('none');
      expect(colours).to.include(frame.borderTopColor);
    });

    it('ct-event-list: focus rings on the filters and every card, control edges', async () => {
      const { host, before, after } = mount(
        '<ct-event-list src="/fixtures/events.json" heading-level="2"></ct-event-list>',
      );
      const list = await rendered(host, 'ct-event-card');
      const stops = await tabThrough(before, after, colours);
      expect(stops.map((s) => s.el.localName)).to.include.members(['input', 'select', 'a', 'summary']);
      expect(expectEdges(list.shadowRoot!, colours)).to.be.at.least(4);
    });

    it('ct-community-map: focus rings on filters, tabs, zoom and markers; regions and markers in system colours', async () => {
      const { host, before, after } = mount(
        '<ct-community-map src="/fixtures/community-members.json" view="map"></ct-community-map>',
      );
      const map = await rendered(host, '.ct-map-marker');
      const root = map.shadowRoot!;
      const stops = await tabThrough(before, after, colours);
      expect(
        stops.some((s) => s.el.classList.contains('ct-map-marker')),
        'a marker is a tab stop',
      ).to.be.true;
      expect(
        stops.some((s) => s.el.classList.contains('ct-map-zoom')),
        'zoom is a tab stop',
      ).to.be.true;
      expect(expectEdges(root, colours)).to.be.above(5);

      const regions = [...root.querySelectorAll<SVGElement>('.ct-map-region')];
      expect(regions).to.not.be.empty;
      for (const region of regions) {
        const s = getComputedStyle(region);
        expect(colours, `region fill ${s.fill}`).to.include(s.fill);
        expect(colours, `region stroke ${s.stroke}`).to.include(s.stroke);
      }
      // Markers, focused and open ones too, stay in system colours.
      const marker = root.querySelector<HTMLButtonElement>('.ct-map-marker[tabindex="0"]')!;
      marker.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => root.querySelector('.ct-map-popover'), 'the popover opens');
      for (const m of root.querySelectorAll<HTMLElement>('.ct-map-marker')) {
        const s = getComputedStyle(m);
        for (const [prop, value] of [
          ['background', s.backgroundColor],
          ['text', s.color],
          ['border', s.borderTopColor],
        ]) {
          expect(colours, `${describeEl(m)} ${prop} ${value}`).to.include(value);
        }
      }
      const popover = getComputedStyle(root.querySelector('.ct-map-popover')!);
      expect(popover.borderTopStyle).to.not.equal('none');
      expect(colours).to.include(popover.borderTopColor);
      // Its pointer is drawn by its border (a background alone is not shown in forced colours).
      const pointer = getComputedStyle(root.querySelector('.ct-map-popover__pointer')!);
      expect(pointer.display).to.not.equal('none');
      for (const side of ['Top', 'Left'] as const) {
        expect(pointer.getPropertyValue(`border-${side.toLowerCase()}-style`), `pointer border ${side}`).to.equal(
          'solid',
        );
        expect(colours, `pointer border ${side}`).to.include(
          pointer.getPropertyValue(`border-${side.toLowerCase()}-color`),
        );
      }
    });

    it('ct-community-map regions view: counts shown by hatching and numbers in system colours, not by shade', async () => {
      const { host } = mount(
        '<ct-community-map src="/fixtures/community-members.json" view="regions"></ct-community-map>',
      );
      const map = await rendered(host, '.ct-map-shade');
      const root = map.shadowRoot!;
      for (const shade of root.querySelectorAll<SVGElement>('.ct-map-shade')) {
        const s = getComputedStyle(shade);
        expect(colours, `${[...shade.classList].join('.')} fill ${s.fill}`).to.include(s.fill);
      }
      const hatches = root.querySelectorAll<SVGElement>('.ct-map-hatch[class*="ct-map-hatch--"]');
      expect(hatches.length, 'regions with members are hatched').to.be.greaterThan(0);
      expect(
        root.querySelectorAll('pattern line, pattern circle').length,
        'the hatching patterns have marks',
      ).to.be.greaterThan(0);
      for (const hatch of hatches) {
        expect(getComputedStyle(hatch).fill, 'a hatching pattern tells the count').to.match(/^url\(/);
      }
      for (const mark of root.querySelectorAll<SVGElement>('pattern line, pattern circle')) {
        const s = getComputedStyle(mark);
        const paint = mark.localName === 'line' ? s.stroke : s.fill;
        expect(colours, `pattern ${mark.localName} ${paint}`).to.include(paint);
      }
      const labels = [...root.querySelectorAll<SVGElement>('.ct-map-count-label')];
      expect(labels).to.not.be.empty;
      for (const label of labels) {
        const s = getComputedStyle(label);
        expect(colours, `count label fill ${s.fill}`).to.include(s.fill);
        expect(colours, `count label halo ${s.stroke}`).to.include(s.stroke);
      }
    });
  });
}
