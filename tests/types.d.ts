declare module 'virtual:ctkit-stories' {
  /** Served by packages/tooling/src/stories-plugin.mjs: every stories file, lazily imported. */
  const index: Record<string, () => Promise<unknown>>;
  export default index;
}
declare module 'axe-core/axe.min.js';
declare module '*.html?raw' {
  /** The file's text (Vite's `?raw`; served the same way in tests by packages/tooling/src/stories-plugin.mjs). */
  const text: string;
  export default text;
}

declare module '*.css?raw' {
  const text: string;
  export default text;
}

declare module '*.json?raw' {
  const text: string;
  export default text;
}

declare module '@web/test-runner-visual-regression' {
  /**
   * Its index.d.ts re-exports `./browser/commands.mjs`, for which TypeScript looks for a `.d.mts` and finds
   * none (the package ships `commands.d.ts`): the one function tests use, as that file declares it.
   */
  export function visualDiff(element: Node, name: string): Promise<void>;
}
