// Vite wraps every dynamic `import()` in its preload helper (`__vitePreload`), even with
// `build.modulePreload: false` and nothing to preload. In the embed bundle that helper costs every
// partner page about 0.35 kB gzip, and when a chunk fails to load (a flaky connection) it dispatches
// `vite:preloadError` on the partner's `window` — an event Vite's own documentation tells sites to answer
// with `location.reload()`, which would throw away whatever the reader had typed. Our chunks have no CSS
// and no preloads, so the helper is replaced by a plain call: the import's promise, and its failure,
// stay ours. Only the embed build (input `ctkit`) uses this; Storybook keeps Vite's helper.

const PRELOAD_HELPER = '\0vite/preload-helper.js';

/** @returns {import('vite').Plugin} */
export function plainDynamicImportsPlugin() {
  let embedBuild = false;
  return {
    name: 'ctkit:plain-dynamic-imports',
    enforce: 'pre',
    apply: 'build',
    configResolved(config) {
      const input = config.build.rollupOptions.input;
      embedBuild = typeof input === 'object' && !Array.isArray(input) && Object.keys(input).join() === 'ctkit';
    },
    resolveId(id) {
      if (embedBuild && (id === PRELOAD_HELPER || id === 'vite/preload-helper.js')) return PRELOAD_HELPER;
      return undefined;
    },
    load(id) {
      if (embedBuild && id === PRELOAD_HELPER) return 'export const __vitePreload = (load) => load();';
      return undefined;
    },
  };
}
