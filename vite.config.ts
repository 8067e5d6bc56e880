import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { minifyCssLiteralsPlugin } from './packages/tooling/src/minify-css-literals.mjs';
import { minifyHtmlLiteralsPlugin } from './packages/tooling/src/minify-html-literals.mjs';
import { plainDynamicImportsPlugin } from './packages/tooling/src/plain-dynamic-imports.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Root Vite config. Used by Storybook (merged in .storybook/main.ts) and by the embed build.
 * `ctkit-source` lets every tool read packages' TypeScript sources directly, so nothing needs a
 * prior build during development. Paths are absolute because the config is also run from package folders.
 */
export default defineConfig({
  plugins: [minifyCssLiteralsPlugin(), minifyHtmlLiteralsPlugin(), plainDynamicImportsPlugin()],
  resolve: {
    conditions: ['ctkit-source', 'module', 'browser', 'development|production'],
  },
  build: {
    outDir: `${root}packages/embed/dist`,
    emptyOutDir: true,
    target: 'es2022',
    // Chunks are loaded relative to ctkit.js, wherever a partner hosts it.
    modulePreload: false,
    rollupOptions: {
      input: { ctkit: `${root}packages/embed/src/ctkit.ts` },
      // 'allow-extension': modules shared by the entry and a lazy widget chunk go into the entry (which
      // then exports them to the chunk) instead of a separate chunk the entry must fetch before it runs.
      preserveEntrySignatures: 'allow-extension',
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        // Name each lazy chunk after its package (`chunks/sign-up-form-<hash>.js`), so sizes and network
        // panels read plainly.
        // A widget's own parts loaded on demand are named after it too: its Welsh strings (`messages.cy.ts`)
        // become `chunks/<package>-cy-<hash>.js`, its calendar `chunks/event-card-calendar-<hash>.js`.
        chunkFileNames: (chunk) => {
          const pkgs = chunk.moduleIds.map((id) => /packages\/([a-z-]+)\/src\//.exec(id)?.[1]);
          const widget = pkgs.find((p) => p && p !== 'core' && p !== 'tokens');
          const name = chunk.name.replace(/^messages\.cy$/, 'cy');
          if (['src', 'index'].includes(name)) return `chunks/${widget ?? pkgs.find(Boolean) ?? name}-[hash].js`;
          // A core module shared by some widgets only (the feed reader, the checkbox styles) is `core-<name>`.
          const owner = name === 'shared' ? undefined : (widget ?? pkgs.find(Boolean));
          const file = name.replace(/\./g, '-');
          return `chunks/${owner && !file.startsWith(owner) ? `${owner}-${file}` : file}-[hash].js`;
        },
        // What every widget shares — Lit, the core's element, partials, styles and strings, the tokens — is
        // one chunk that every page loads once, not many small ones. Core modules only some widgets use
        // (the event schema, the feed reader, the retry queue) stay with those widgets, so a
        // page with a sign-up form does not pay for event parsing. The checkboxes' and radios' styles
        // (access needs, sign-up form) get a chunk of their own, so pages without them do not load them. The
        // region names table goes with the map's outlines chunk, the one module that reads it; the equality
        // questions go with the sign-up form.
        codeSplitting: {
          groups: [
            {
              name: 'shared',
              minShareCount: 2,
              test: /node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]|@oxc-project\+runtime.*[\\/]decorate\.js|packages[\\/]tokens[\\/]src[\\/](?!dark)|packages[\\/]core[\\/]src[\\/](?!schemas[\\/](?:event|region-names|equality)|localize[\\/]welsh-regions|read-capped|storage|styles[\\/](?:choices|dark)\.styles)/,
            },
          ],
        },
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
  base: './',
});
