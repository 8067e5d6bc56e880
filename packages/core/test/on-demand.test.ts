import { expect } from '@open-wc/testing';
import { onDemand } from '@ctkit/core';

describe('onDemand', () => {
  it('fetches once for every caller, then has nothing to wait for', async () => {
    let calls = 0;
    const part = onDemand(() => {
      calls += 1;
      return Promise.resolve({ answer: 42 });
    }, 'not used');
    expect(part.get()).to.equal(undefined);
    const first = part.wait();
    expect(part.wait()).to.equal(first);
    await first;
    expect(part.get()).to.deep.equal({ answer: 42 });
    expect(part.wait()).to.equal(undefined);
    expect(calls).to.equal(1);
  });

  it('leaves a part that cannot be fetched out, with one warning, and never waits on it again', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const part = onDemand<{ extra: true }>(() => Promise.reject(new Error('offline')), '<ct-x>: could not load the extra part.');
      const pending = part.wait();
      expect(pending).to.be.instanceOf(Promise);
      await pending;
      expect(part.get()).to.equal(undefined);
      expect(part.wait()).to.equal(undefined);
      expect(warnings).to.have.length(1);
      expect(warnings[0]?.[0]).to.equal('<ct-x>: could not load the extra part.');
    } finally {
      console.warn = warn;
    }
  });
});
