import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Root Vite config. Used by Storybook (merged in .storybook/main.ts) and by the embed build.
 * `ctkit-source` lets every tool read packages' TypeScript sources directly, so nothing needs a
 * prior build during development. Paths are absolute because the config is also run from package folders.
 */
export default defineConfig({
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
      preserveEntrySignatures: 'strict',
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        // A widget's lazily loaded chunk is named after its package (chunks/community-map-….js).
        chunkFileNames: (chunk) => `chunks/${/packages\/([^/]+)\/src\/index\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1] ?? '[name]'}-[hash].js`,
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
  base: './',
});
