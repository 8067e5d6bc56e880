// custom-elements.json is generated from the components' JSDoc (@tagname, @slot, @csspart, @cssprop,
// @fires) and feeds Storybook's docs: the public API is written once, in the source.
export default {
  globs: ['packages/*/src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', '**/generated.ts', 'packages/tooling/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
