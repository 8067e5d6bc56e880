/**
 * One heading scale when widgets nest (issue 18): a widget inside another takes a heading level and a
 * size one step below its host's, so the page's outline and its look agree — a heading is never larger
 * than the heading it sits under, levels go down one at a time, and the questions of one form share one
 * size (the access-needs question among the sign-up form's other questions). Sizes are the computed font
 * sizes in a real browser, through every shadow root.
 */
import { expect } from '@open-wc/testing';
import * as eventCardStories from '../stories/event-card.stories.js';
import * as eventListStories from '../stories/event-list.stories.js';
import * as signUpStories from '../stories/sign-up-form.stories.js';
import * as accessNeedsStories from '../stories/access-needs.stories.js';
import { mountStory, storiesOf, storyCanvas, type StoryEntry } from './support/story-sweep.js';

interface Outline {
  level: number;
  size: number;
  text: string;
}

/** Every element under `node` in the order it is drawn: a host's shadow tree in place of its children. */
function* drawn(node: Element | ShadowRoot): Generator<Element> {
  for (const child of node.children) {
    yield child;
    if (child.shadowRoot) yield* drawn(child.shadowRoot);
    else yield* drawn(child);
  }
}

/** The headings a reader meets, in order, with their (aria) level and computed size in px. */
function outline(root: Element): Outline[] {
  return [...drawn(root)]
    .filter((el) => /^H[1-6]$/.test(el.tagName) || el.getAttribute('role') === 'heading')
    .filter((el) => el.getClientRects().length > 0)
    .map((el) => ({
      level: Number(el.getAttribute('aria-level') ?? el.tagName.slice(1)),
      size: parseFloat(getComputedStyle(el).fontSize),
      text: el.textContent.replace(/\s+/g, ' ').trim().slice(0, 40),
    }));
}

const show = (o: Outline[]) => o.map((h) => `h${String(h.level)} ${String(h.size)}px ${h.text}`).join('\n');

/** Levels in order (no level skipped going down) and each heading no larger than the one it sits under. */
function expectNested(headings: Outline[]): void {
  expect(headings.length, 'headings found').to.be.greaterThan(1);
  for (let i = 1; i < headings.length; i++) {
    const h = headings[i]!;
    expect(h.level, `level of "${h.text}" after h${String(headings[i - 1]!.level)}\n${show(headings)}`).to.be.at.most(
      headings[i - 1]!.level + 1,
    );
    const parent = headings
      .slice(0, i)
      .reverse()
      .find((p) => p.level < h.level);
    if (parent)
      expect(
        h.size,
        `"${h.text}" (h${String(h.level)}) against "${parent.text}" (h${String(parent.level)})\n${show(headings)}`,
      ).to.be.at.most(parent.size);
  }
}

function story(mod: Record<string, unknown>, name: string): StoryEntry {
  const entry = storiesOf(mod).find((e) => e.name === name);
  if (!entry) throw new Error(`no story ${name}`);
  return entry;
}

/** The sizes of the questions a sign-up form asks: its labels and legends, and the access-needs question. */
function questionSizes(form: Element): { text: string; size: number }[] {
  const shadow = form.shadowRoot!;
  const own = [
    ...shadow.querySelectorAll('form > .ct-form-group > .ct-label, form > .ct-form-group > .ct-fieldset > .ct-legend'),
  ];
  const nested = [...shadow.querySelectorAll('ct-access-needs')].map((el) =>
    el.shadowRoot!.querySelector('.ct-access-needs > .ct-form-group > .ct-fieldset > .ct-legend')!,
  );
  return [...own, ...nested].map((el) => ({
    text: el.textContent.replace(/\s+/g, ' ').trim().slice(0, 40),
    size: parseFloat(getComputedStyle(el).fontSize),
  }));
}

describe('one heading scale for nested widgets', () => {
  const canvas = storyCanvas();

  it('inline booking: the booking heading, the form and its access-needs question sit under the card title, none larger', async () => {
    await mountStory(story(eventCardStories, 'InlineRegistration'), canvas());
    const headings = outline(canvas());
    expect(headings.map((h) => h.level)).to.deep.equal([2, 3, 3, 4, 5]);
    expectNested(headings);
    // The booking heading is a step below the card's title, not the browser's size for its level.
    expect(headings[2]!.size).to.be.below(headings[0]!.size);
    // Focus on the title (focus(), or after a retry) leaves its size alone: a `.ct-event-card__name:focus` selector
    // left in the tags' rule made it 14 px.
    const card = canvas().querySelector('ct-event-card')!;
    card.focus();
    const name = card.shadowRoot!.querySelector('.ct-event-card__name')!;
    expect(card.shadowRoot!.activeElement).to.equal(name);
    expect(parseFloat(getComputedStyle(name).fontSize)).to.equal(headings[0]!.size);
  });

  it('inline booking keeps the scale at any level the page gives the card', async () => {
    await mountStory(story(eventCardStories, 'InlineRegistration'), canvas());
    for (const level of [3, 4]) {
      const card = canvas().querySelector('ct-event-card')!;
      card.headingLevel = level;
      await card.updateComplete;
      const form = card.shadowRoot!.querySelector('ct-sign-up-form')!;
      await form.updateComplete;
      const headings = outline(canvas());
      expect(headings[0]!.level).to.equal(level);
      expectNested(headings);
    }
  });

  it('inline booking sent empty: the error summary takes the form heading level, not a page-level h2', async () => {
    await mountStory(story(eventCardStories, 'InlineRegistration'), canvas());
    const card = canvas().querySelector('ct-event-card')!;
    const form = card.shadowRoot!.querySelector('ct-sign-up-form')!;
    await form.updateComplete;
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await form.updateComplete;
    const headings = outline(canvas());
    const summary = headings.find((h) => h.text === 'There is a problem');
    expect(summary, show(headings)).to.exist;
    // The summary sits just above the form's own heading, at the same level (h4 under the card's h2 and
    // the booking's h3), and no larger than the heading it sits under.
    expect(summary!.level, show(headings)).to.equal(4);
    expectNested(headings);
  });

  it('the sign-up form: sections under its heading, none larger, and every question one size', async () => {
    await mountStory(story(signUpStories, 'AllFields'), canvas());
    expectNested(outline(canvas()));
    const questions = questionSizes(canvas().querySelector('ct-sign-up-form')!);
    expect(questions.map((q) => q.text)).to.include('What support would help you take part?');
    expect(questions.length).to.be.greaterThan(8);
    expect(
      new Set(questions.map((q) => q.size)).size,
      questions.map((q) => `${String(q.size)}px ${q.text}`).join('\n'),
    ).to.equal(1);
  });

  it('the sign-up form takes the size its host gives (heading-size), its sections one step smaller', async () => {
    await mountStory(story(signUpStories, 'AllFields'), canvas());
    const form = canvas().querySelector('ct-sign-up-form')!;
    const sizes = [];
    for (const size of [undefined, 's', 'body'] as const) {
      form.headingSize = size;
      await form.updateComplete;
      const headings = outline(canvas());
      expectNested(headings);
      sizes.push(headings[0]!.size);
    }
    // m, s, body: 24, 19 and 16 px at the default text size.
    expect(sizes).to.deep.equal([24, 19, 16]);
    expect(form.getAttribute('heading-size'), 'reflected, for the styles').to.equal('body');
  });

  it('access needs on its own: a 24 px question; at heading-size="s" or "body" a smaller one, its groups no larger', async () => {
    await mountStory(story(accessNeedsStories, 'Default'), canvas());
    const el = canvas().querySelector('ct-access-needs')!;
    const sizes = [];
    for (const size of [undefined, 's', 'body'] as const) {
      el.headingSize = size;
      await el.updateComplete;
      const shadow = el.shadowRoot!;
      const question = parseFloat(
        getComputedStyle(shadow.querySelector('.ct-access-needs > .ct-form-group > .ct-fieldset > .ct-legend')!)
          .fontSize,
      );
      const groups = [...shadow.querySelectorAll('.ct-fieldset .ct-fieldset .ct-legend')].map((l) =>
        parseFloat(getComputedStyle(l).fontSize),
      );
      expect(groups.length).to.be.greaterThan(0);
      for (const g of groups) expect(g).to.be.at.most(question);
      sizes.push(question);
    }
    expect(sizes).to.deep.equal([24, 19, 16]);
  });

  it('the event list: cards under their month, none larger', async () => {
    await mountStory(story(eventListStories, 'FromJson'), canvas());
    const headings = outline(canvas());
    // From the first month heading on (the filters' heading is a sibling of the months, not above them).
    expectNested(headings.slice(headings.findIndex((h) => /20\d\d$/.test(h.text))));
  });
});
