/**
 * The embed bundle fetches ct-sign-up-form as a chunk only when the tag is on the page. This page
 * does not import the package: the element must come from the bundle's chunk (npm test builds it).
 */
import { expect, waitUntil } from '@open-wc/testing';

describe('the embed bundle loads ct-sign-up-form on demand', () => {
  it('does not define it until a ct-sign-up-form appears, then fetches and defines it', async () => {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = '/packages/embed/dist/ctkit.js';
      script.onload = () => { resolve(); };
      script.onerror = () => { reject(new Error('Could not load the bundle: run `npm run build` first.')); };
      document.head.append(script);
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(customElements.get('ct-sign-up-form'), 'not loaded while unused').to.equal(undefined);
    const el = document.createElement('ct-sign-up-form');
    el.setAttribute('privacy-url', '/p');
    document.body.append(el);
    await waitUntil(() => customElements.get('ct-sign-up-form'), 'defined after the tag appeared', { timeout: 5000 });
    await waitUntil(() => el.shadowRoot?.querySelector('form'), 'rendered');
    el.remove();
  });
});
