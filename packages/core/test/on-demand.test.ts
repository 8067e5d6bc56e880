import { expect } from '@open-wc/testing';
import { CtElement, onDemand } from '@ctkit/core';
import { swapConsoleWarn } from '../../../tests/support/helpers.js';

/** A test element with one part on demand, held until the test releases it. */
class OnDemandProbe extends CtElement {
  static loaders = { extra: () => Promise.resolve({ answer: 42 }) };
  readonly parts = onDemand(OnDemandProbe.loaders, { extra: 'could not load the extra part.' }, this);
  renders = 0;
  protected override render() {
    this.renders += 1;
    return String(this.parts.get('extra')?.answer ?? 'none');
  }
}
customElements.define('on-demand-probe', OnDemandProbe);

describe('onDemand', () => {
  const original = OnDemandProbe.loaders.extra;
  afterEach(() => {
    OnDemandProbe.loaders.extra = original;
  });

  it('fetches once for every caller, then has nothing to wait for', async () => {
    let calls = 0;
    const parts = onDemand({
      answer: () => {
        calls += 1;
        return Promise.resolve({ answer: 42 });
      },
    });
    expect(parts.get('answer')).to.equal(undefined);
    const first = parts.load('answer');
    expect(parts.load('answer')).to.equal(first);
    expect(await first).to.deep.equal({ answer: 42 });
    expect(parts.get('answer')).to.deep.equal({ answer: 42 });
    expect(parts.wait('answer')).to.equal(undefined);
    expect(calls).to.equal(1);
  });

  it('leaves a part that cannot be fetched out, with one warning; wait() does not try again, load() does', async () => {
    const { warnings, restore } = swapConsoleWarn();
    try {
      let fail = true;
      const parts = onDemand(
        { extra: () => (fail ? Promise.reject(new Error('offline')) : Promise.resolve({ extra: true })) },
        { extra: '<ct-x>: could not load the extra part.' },
      );
      const pending = parts.wait('extra');
      expect(pending).to.be.instanceOf(Promise);
      await pending;
      expect(parts.get('extra')).to.equal(undefined);
      expect(parts.failed('extra')).to.equal(true);
      expect(parts.wait('extra')).to.equal(undefined);
      expect(await parts.load('extra')).to.equal(undefined);
      expect(warnings).to.have.length(1);
      expect(warnings[0]?.[0]).to.equal('<ct-x>: could not load the extra part.');
      fail = false;
      expect(await parts.load('extra')).to.deep.equal({ extra: true });
      expect(parts.get('extra')).to.deep.equal({ extra: true });
      expect(parts.wait('extra')).to.equal(undefined);
    } finally {
      restore();
    }
  });

  it("reads the loader from the table at each fetch, so a test can replace it; the host's updateComplete waits for the part and its render", async () => {
    let release: () => void = () => undefined;
    OnDemandProbe.loaders.extra = () =>
      new Promise((resolve) => {
        release = () => {
          resolve({ answer: 7 });
        };
      });
    const el = new OnDemandProbe();
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.equal('none');
      void el.parts.load('extra');
      let settled = false;
      const done = el.updateComplete.then(() => (settled = true));
      await new Promise((resolve) => setTimeout(resolve));
      expect(settled, 'updateComplete waits while the part is on its way').to.equal(false);
      release();
      await done;
      expect(el.shadowRoot!.textContent).to.equal('7');
    } finally {
      el.remove();
    }
  });

  it('names the element in the warning when bound to one', async () => {
    const { warnings, restore } = swapConsoleWarn();
    try {
      OnDemandProbe.loaders.extra = () => Promise.reject(new Error('offline'));
      const el = new OnDemandProbe();
      document.body.append(el);
      await el.parts.load('extra');
      await el.updateComplete;
      expect(String(warnings[0]?.[0])).to.equal('<on-demand-probe>: could not load the extra part.');
      el.remove();
    } finally {
      restore();
    }
  });
});
