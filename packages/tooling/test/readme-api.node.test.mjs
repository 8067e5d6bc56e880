// The package READMEs' API tables are written by hand, with more to say than the JSDoc; this keeps their
// names true to custom-elements.json (the JSDoc): every attribute, event and CSS part the manifest lists is
// in the README, and every one the README lists is in the manifest (parts: or rendered by the package or
// the core partials it uses). Issue 17: the README listed `ct-queued` and parts the code no longer had.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { elementsOf } from '../src/manifests.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
/** Attributes every element has from the platform, documented where they matter. */
const PLATFORM_ATTRIBUTES = new Set(['lang', 'form', 'id', 'class']);

/** The README's section under a `## heading` matching `re`, up to the next `## `. */
function section(readme, re) {
  const lines = readme.split('\n');
  const start = lines.findIndex((l) => /^## /.test(l) && re.test(l));
  if (start < 0) return '';
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** Backticked names in the first column of a section's first table (`a` / `b` cells give both). */
function firstColumn(text) {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^\|/.test(l));
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && !/^\|/.test(l));
  return lines
    .slice(start, end < 0 ? undefined : end)
    .filter((l) => !/^\|\s*-/.test(l))
    .slice(1)
    .flatMap((l) => [...(l.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]));
}

/** Every `part="…"` the package's sources (and core's partials) render. */
function renderedParts(pkg) {
  const parts = new Set();
  for (const dir of [`packages/${pkg}/src`, 'packages/core/src']) {
    for (const f of readdirSync(`${root}${dir}`, { recursive: true }).filter((f) => f.endsWith('.ts'))) {
      for (const m of readFileSync(`${root}${dir}/${f}`, 'utf8').matchAll(/part="([^"$]+)"/g))
        m[1].split(/\s+/).forEach((p) => parts.add(p));
    }
  }
  return parts;
}

const widgets = elementsOf(manifest).filter(
  (d) => /^packages\/([^/]+)\/src\//.test(d.modulePath) && !d.modulePath.startsWith('packages/core/'),
);
for (const decl of widgets) {
  const pkg = /^packages\/([^/]+)\//.exec(decl.modulePath)[1];
  const readme = readFileSync(`${root}packages/${pkg}/README.md`, 'utf8');

  test(`${pkg} README: the attributes table names every attribute of <${decl.tagName}>, and only those`, () => {
    const listed = firstColumn(section(readme, /attributes/i));
    const attributes = (decl.attributes ?? []).map((a) => a.name);
    const properties = (decl.members ?? []).filter((m) => m.kind === 'field').map((m) => m.name);
    assert.deepEqual(
      attributes.filter((a) => !listed.includes(a)),
      [],
      'in the JSDoc, missing from the README',
    );
    assert.deepEqual(
      listed.filter((n) => !attributes.includes(n) && !properties.includes(n) && !PLATFORM_ATTRIBUTES.has(n)),
      [],
      'in the README, not an attribute or property of the element',
    );
  });

  test(`${pkg} README: the events table names every event <${decl.tagName}> fires, and only those`, () => {
    const events = (decl.events ?? []).map((e) => e.name).filter((e) => e.startsWith('ct-'));
    const listed = firstColumn(section(readme, /^## events/i));
    assert.deepEqual([...listed].sort(), [...events].sort());
  });

  test(`${pkg} README: the parts it lists are the documented (@csspart) and rendered parts`, () => {
    const text = section(readme, /parts/i);
    const documented = (decl.cssParts ?? []).map((p) => p.name);
    // A @csspart's description may name more parts: "The submit button (also `primary-button`)".
    const mentioned = (decl.cssParts ?? []).flatMap((p) =>
      [...(p.description ?? '').matchAll(/`([a-z-]+)`/g)].map((m) => m[1]),
    );
    const listed = [...(/Parts:([^]*?)(?:\n\n|\. |$)/.exec(text)?.[1] ?? '').matchAll(/`([a-z-]+)`/g)].map((m) => m[1]);
    assert.deepEqual(
      documented.filter((p) => !text.includes(`\`${p}\``)),
      [],
      '@csspart in the JSDoc, missing from the README',
    );
    const rendered = renderedParts(pkg);
    assert.deepEqual(
      listed.filter((p) => !documented.includes(p) && !mentioned.includes(p) && !rendered.has(p)),
      [],
      'listed in the README, but neither documented (@csspart) nor rendered',
    );
  });
}

// Every custom property the docs name is one that exists: a token (packages/tokens/dist/tokens.css) or a
// widget's documented @cssprop. The tokens page told partners to set `--ct-radius`; the property is
// `--ct-radius-default`.
test('the custom properties named in READMEs, stories and token descriptions exist', () => {
  const real = new Set([
    ...[...readFileSync(`${root}packages/tokens/dist/tokens.css`, 'utf8').matchAll(/(--ct-[a-z0-9-]+):/g)].map(
      (m) => m[1],
    ),
    ...elementsOf(manifest).flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)),
  ]);
  const files = [
    'README.md',
    'packages/tokens/tokens.json',
    ...readdirSync(`${root}packages`).map((p) => `packages/${p}/README.md`),
    ...readdirSync(`${root}stories`, { recursive: true })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `stories/${f}`),
  ];
  const unknown = [];
  for (const file of files) {
    let text;
    try {
      text = readFileSync(`${root}${file}`, 'utf8');
    } catch {
      continue;
    }
    // `--ct-space-*` and `--ct-map-shade-1` … `-3` name families; a name followed by `-*` or ` …` is one.
    for (const m of text.matchAll(/--ct-[a-z0-9-]*[a-z0-9](?![a-z0-9-]*\*)(?! …)/g)) {
      if (!real.has(m[0]) && !/-$/.test(m[0])) unknown.push(`${file}: ${m[0]}`);
    }
  }
  assert.deepEqual([...new Set(unknown)], []);
});
