/**
 * The embed bundle fetches ct-sign-up-form as a chunk only when the tag is on the page. This page
 * does not import the package: the element must come from the bundle's chunk (npm test builds it).
 */
import { expect } from '@open-wc/testing';
import { waitFor } from '../../../tests/support/helpers.js';

describe('the embed bundle loads ct-sign-up-form on demand', () => {
  it('does not define it until a ct-sign-up-form appears, then fetches and defines it', async () => {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = '/packages/embed/dist/ctkit.js';
      script.onload = () => {
        resolve();
      };
      script.onerror = () => {
        reject(new Error('Could not load the bundle: run `npm run build` first.'));
      };
      document.head.append(script);
    });
    expect(customElements.get('ct-sign-up-form'), 'not loaded while unused').to.equal(undefined);
    const chunks = () =>
      performance.getEntriesByType('resource').filter((e) => /\/chunks\/sign-up-form-[\w-]{8}\.js$/.test(e.name));
    const el = document.createElement('ct-sign-up-form');
    el.setAttribute('privacy-url', '/p');
    const appeared = performance.now();
    document.body.append(el);
    await waitFor(() => customElements.get('ct-sign-up-form'), 'defined after the tag appeared');
    // Its chunk was fetched after the tag appeared, not before.
    expect(chunks().map((e) => e.startTime >= appeared)).to.deep.equal([true]);
    await waitFor(() => el.shadowRoot?.querySelector('form'), 'rendered');
    el.remove();
  });
});
