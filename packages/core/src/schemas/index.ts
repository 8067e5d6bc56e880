/**
 * `@ctkit/core/schemas`: the data contracts with nothing of the browser in them (no Lit, no DOM), for
 * Node code such as `@ctkit/receiver`. Widgets import the same names from `@ctkit/core`.
 */
export * from './vocabulary.js';
export * from './equality.js';
export * from './sign-up.js';
