/**
 * The parts of ct-access-needs fetched on demand — a partner's `options`, `remember`, `respond-by` and
 * the Welsh — are fetched only by a control that uses them, and are there from its first render: no
 * default catalogue, empty answers, missing date or English shown first. Each test here is the first
 * on this page to use its part (this file is its own page), so the fetch really happens in the test.
 */
import { expect } from '@open-wc/testing';
import { STORAGE_KEY, type CtAccessNeeds } from '@ctkit/access-needs';
import { root } from '../../../tests/support/helpers.js';

const PARTS = {
  options: /access-needs\.options\.[jt]s/,
  remember: /access-needs\.remember\.[jt]s/,
  respondBy: /access-needs\.respond-by\.[jt]s/,
  welsh: /access-needs\/src\/messages\.cy\.[jt]s/,
};
/** Whether this page has fetched a module (resource timing lists every module a page fetches). */
const fetched = (pattern: RegExp) => performance.getEntriesByType('resource').some((e) => pattern.test(e.name));

const shownNeeds = (el: CtAccessNeeds) =>
  [...root(el).querySelectorAll<HTMLInputElement>('input[name^="needs"]')].map((i) => i.value);
const checkedNeeds = (el: CtAccessNeeds) =>
  [...root(el).querySelectorAll<HTMLInputElement>('input[name^="needs"]:checked')].map((i) => i.value);

/**
 * Creates a control (set up by `setUp` before it is connected), connects it inside a form, and
 * returns what `look` saw right after its first render, as the reader first sees it.
 */
async function firstRender<T>(
  setUp: (el: CtAccessNeeds) => void,
  look: (el: CtAccessNeeds) => T,
): Promise<{ el: CtAccessNeeds; form: HTMLFormElement; first: T }> {
  const el = document.createElement('ct-access-needs');
  setUp(el);
  let first: { value: T } | undefined;
  (el as unknown as { firstUpdated: () => void }).firstUpdated = () => {
    first = { value: look(el) };
  };
  const form = document.createElement('form');
  form.append(el);
  document.body.append(form);
  await el.updateComplete;
  if (!first) throw new Error('the control did not render');
  return { el, form, first: first.value };
}

afterEach(() => {
  document.querySelectorAll('form').forEach((f) => {
    f.remove();
  });
  localStorage.removeItem(STORAGE_KEY);
});

describe('ct-access-needs parts fetched on demand', () => {
  it('a plain control in English fetches none of them', async () => {
    const { el } = await firstRender(
      (e) => {
        e.name = 'a';
      },
      (e) => shownNeeds(e).length,
    );
    expect(shownNeeds(el)).to.include('bsl-interpreter');
    for (const [part, pattern] of Object.entries(PARTS)) expect(fetched(pattern), `${part} fetched`).to.be.false;
  });

  it('options: the partner’s catalogue is there at the first render, and a value set before it arrived is kept', async () => {
    const options = {
      mode: 'replace',
      groups: [{ id: 'g', label: 'Your visit' }],
      options: [{ id: 'tour', group: 'g', label: 'A tour of the room beforehand' }],
    };
    let before: string[] = [];
    const { el, form, first } = await firstRender(
      (e) => {
        e.name = 'a';
        e.options = options as CtAccessNeeds['options'];
        e.value = { needs: ['tour'] };
        // Read before the part has arrived: the need is not dropped for being unknown yet.
        before = e.value.needs;
      },
      (e) => ({ shown: shownNeeds(e), checked: checkedNeeds(e) }),
    );
    expect(before).to.deep.equal(['tour']);
    expect(first).to.deep.equal({ shown: ['tour', 'none'], checked: ['tour'] });
    expect(fetched(PARTS.options)).to.be.true;
    expect(el.value).to.deep.equal({ needs: ['tour'] });
    expect([...new FormData(form).entries()]).to.deep.equal([['a', 'tour']]);
  });

  it('remember: the saved answers and the box are there at the first render', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, needs: ['easy-read'], other: '', contact: true }));
    const { el, first } = await firstRender(
      (e) => {
        e.remember = true;
      },
      (e) => ({
        checked: checkedNeeds(e),
        remember: root(e).querySelector<HTMLInputElement>('#an-remember')?.checked,
        restored: Boolean(root(e).querySelector('.ct-access-needs__restored')),
        forget: Boolean(root(e).querySelector('#an-forget')),
      }),
    );
    expect(first).to.deep.equal({ checked: ['easy-read'], remember: true, restored: true, forget: true });
    expect(fetched(PARTS.remember)).to.be.true;
    expect(el.value).to.deep.equal({ needs: ['easy-read'], contact: true });
  });

  it('respond-by: the date is in the hint at the first render', async () => {
    const { first } = await firstRender(
      (e) => {
        e.respondBy = '2026-12-04';
      },
      (e) => root(e).querySelector('#an-hint')!.textContent.replace(/\s+/g, ' ').trim(),
    );
    expect(first).to.contain('Tell us by Friday 4 December 2026 so we can arrange it.');
    expect(fetched(PARTS.respondBy)).to.be.true;
  });

  it('Welsh: the first render is in Welsh, default labels included', async () => {
    const { first } = await firstRender(
      (e) => {
        e.lang = 'cy';
        e.format = 'online';
      },
      (e) => ({
        legend: root(e).querySelector('legend')!.textContent.trim(),
        group: root(e).querySelector('fieldset fieldset legend')!.textContent.trim(),
        cameraOff: root(e)
          .querySelector('input[value="camera-off"]')!
          .closest('.ct-checkboxes__item, div')!
          .textContent.replace(/\s+/g, ' ')
          .trim(),
      }),
    );
    expect(fetched(PARTS.welsh)).to.be.true;
    expect(first.legend).to.equal('Pa gymorth fyddai’n eich helpu i gymryd rhan?');
    expect(first.group).to.equal('Cyfathrebu');
    expect(first.cameraOff).to.contain('Cadw fy nghamera i ffwrdd');
  });
});
