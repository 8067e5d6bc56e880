/**
 * The partner's path: the built bundle (packages/embed/dist/ctkit.js, made by `npm run build`, which
 * `npm test` runs first) loaded with a plain script tag — twice, as a careless page or two plugins would.
 */
import { expect } from '@open-wc/testing';

const BUNDLE = '/packages/embed/dist/ctkit.js';

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.onload = () => {
      resolve();
    };
    script.onerror = () => {
      reject(new Error(`Could not load ${src}: run \`npm run build\` first.`));
    };
    document.head.append(script);
  });
}

describe('the embed bundle on a plain page', () => {
  it('loads twice (two copies, as two plugins would add) without throwing', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => {
      errors.push(e.message);
    };
    window.addEventListener('error', onError);
    try {
      // Different URLs make the browser evaluate two separate copies of the module.
      await loadScript(`${BUNDLE}?copy=1`);
      await loadScript(`${BUNDLE}?copy=2`);
      // An error while a copy runs is reported before its load event; one more task for any it queued.
      await new Promise((resolve) => setTimeout(resolve));
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(customElements.get('ct-announcer'), 'ct-announcer is registered').to.exist;
  });
});
