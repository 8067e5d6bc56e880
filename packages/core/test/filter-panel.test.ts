import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { filterPanel, select } from '@ctkit/core';
import { deepActiveElement, type TestHost } from './helpers.js';
import './helpers.js';

/** A panel with one select, kept in `state` as a widget would keep its filters. */
async function panelHost(options: { hideHeading?: boolean } = {}) {
  const el = await fixture<TestHost>(html`<ct-test-host></ct-test-host>`);
  const state = { query: '', colour: '', cleared: 0 };
  el.template = () =>
    filterPanel({
      id: 'f',
      title: 'Filter fruit',
      headingLevel: 3,
      ...options,
      search: {
        label: 'Search',
        hint: 'Name or colour',
        value: state.query,
        onInput: (v) => {
          state.query = v;
          el.requestUpdate();
        },
      },
      selects: select({
        id: 'f-colour',
        label: 'Colour',
        value: state.colour,
        options: [
          ['', 'Any colour'],
          ['red', 'Red'],
        ],
        onChange: (v) => {
          state.colour = v;
          el.requestUpdate();
        },
      }),
      clear:
        state.query || state.colour
          ? {
              label: 'Clear filters',
              onClick: () => {
                state.query = '';
                state.colour = '';
                state.cleared += 1;
                el.requestUpdate();
              },
            }
          : undefined,
      count: `${state.query || state.colour ? 1 : 3} fruit found`,
      countPart: 'count',
    });
  await el.updateComplete;
  const root = el.shadowRoot!;
  return { el, state, root, search: () => root.querySelector<HTMLInputElement>('input[type="search"]')! };
}

describe('filterPanel partial', () => {
  it('is a search landmark named by its heading, with a described search box, the selects, and the count after it', async () => {
    const { root, search } = await panelHost();
    const landmark = root.querySelector('search')!;
    const heading = root.getElementById(landmark.getAttribute('aria-labelledby')!)!;
    expect(heading.localName).to.equal('h3');
    expect(heading.textContent.trim()).to.equal('Filter fruit');
    expect(heading.getAttribute('part')).to.equal('filters-heading');
    expect(landmark.getAttribute('part')).to.equal('filters');
    const box = search();
    expect(landmark.contains(box)).to.be.true;
    expect(root.querySelector(`label[for="${box.id}"]`)!.textContent).to.equal('Search');
    expect(root.getElementById(box.getAttribute('aria-describedby')!)!.textContent).to.equal('Name or colour');
    expect(landmark.querySelector('.ct-filters__grid select')!.id).to.equal('f-colour');
    const count = root.querySelector<HTMLElement>('.ct-filters__count')!;
    expect(landmark.contains(count), 'the count follows the landmark').to.be.false;
    expect(count.tabIndex).to.equal(-1);
    expect(count.getAttribute('part')).to.equal('count');
    expect(count.textContent).to.equal('3 fruit found');
    // No "Clear filters" while nothing is set.
    expect(root.querySelector('.ct-filters__clear')).to.be.null;
  });

  it('can keep the heading for screen readers only, the name unchanged', async () => {
    const { root } = await panelHost({ hideHeading: true });
    const heading = root.getElementById(root.querySelector('search')!.getAttribute('aria-labelledby')!)!;
    expect(heading.classList.contains('ct-visually-hidden')).to.be.true;
    expect(heading.textContent.trim()).to.equal('Filter fruit');
  });

  it('"Clear filters" moves focus to the search box as it goes, empties it and shows "Any" again', async () => {
    const { el, root, state, search } = await panelHost();
    search().focus();
    await sendKeys({ type: 'apple' });
    await el.updateComplete;
    expect(state.query).to.equal('apple');
    const colour = root.querySelector<HTMLSelectElement>('#f-colour')!;
    // Chosen from the keyboard, so the option's selectedness is the person's (the Firefox case).
    colour.focus();
    await sendKeys({ press: 'ArrowDown' });
    colour.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(state.colour).to.equal('red');
    const clear = root.querySelector<HTMLButtonElement>('.ct-filters__clear')!;
    clear.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(state.cleared).to.equal(1);
    expect(root.querySelector('.ct-filters__clear'), 'the button goes with the filters').to.be.null;
    expect(deepActiveElement(), 'focus moves to the search box, not the page').to.equal(search());
    expect(search().value).to.equal('');
    expect(colour.value).to.equal('');
    expect(colour.selectedOptions[0]?.textContent).to.equal('Any colour');
  });
});
