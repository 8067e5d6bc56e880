// "Only documented custom properties theme a widget" (issue 8): every `--ct-*` custom property a package's
// code reads is either a design token (packages/tokens, documented in its README) or named in that
// package's JSDoc `@cssprop` (which the manifest and Storybook docs are built from) — and every `@cssprop`
// is read somewhere, so the docs list nothing that does nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const sources = (pkg) =>
  readdirSync(`${root}packages/${pkg}/src`, { recursive: true })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => readFileSync(`${root}packages/${pkg}/src/${f}`, 'utf8'));
const read = (code) => [...code.matchAll(/var\((--ct-[a-z0-9-]+)/g)].map((m) => m[1]);

const tokens = new Set(read(readFileSync(`${root}packages/tokens/src/generated.ts`, 'utf8')));
const widgets = readdirSync(`${root}packages`).filter(
  (p) => !['tokens', 'core', 'embed', 'tooling', 'receiver'].includes(p),
);

test('the tokens give the shared custom properties', () => {
  assert.ok(tokens.size > 20, `only ${tokens.size} tokens found in packages/tokens/src/generated.ts`);
});

test('core reads only design tokens', () => {
  const stray = [...new Set(sources('core').flatMap(read))].filter((name) => !tokens.has(name));
  assert.deepEqual(stray, []);
});

for (const pkg of widgets) {
  test(`${pkg} reads only design tokens and its documented @cssprop, and documents none it does not read`, () => {
    const code = sources(pkg);
    const documented = new Set(code.flatMap((c) => [...c.matchAll(/@cssprop \[?(--[a-z0-9-]+)/g)].map((m) => m[1])));
    const used = new Set(code.flatMap(read));
    assert.deepEqual(
      [...used].filter((name) => !tokens.has(name) && !documented.has(name)),
      [],
      'read but neither a token nor documented',
    );
    const readAnywhere = new Set([...used, ...tokens]);
    assert.deepEqual(
      [...documented].filter((name) => !readAnywhere.has(name)),
      [],
      'documented but never read',
    );
  });
}
