// Every publishable package is ready for npm (issue 8): an exports map with types, sideEffects set, files,
// a README, a licence, and `customElements` pointing at its manifest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const publishable = readdirSync(`${root}packages`).filter((p) => {
  const pkg = JSON.parse(readFileSync(`${root}packages/${p}/package.json`, 'utf8'));
  return !pkg.private;
});

for (const name of publishable) {
  test(`@ctkit/${name} is ready to publish`, () => {
    const dir = `${root}packages/${name}`;
    const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
    assert.equal(pkg.name, `@ctkit/${name}`);
    assert.equal(pkg.type, 'module');
    assert.equal(pkg.license, 'MIT');
    assert.ok(pkg.exports?.['.'], 'has an exports map');
    if (name !== 'embed' && name !== 'receiver') {
      assert.ok(pkg.exports['.'].types, 'exports "." has types');
      assert.ok(pkg.exports['.'].default, 'exports "." has a default');
      assert.equal(pkg.customElements, 'dist/custom-elements.json', 'customElements points at the manifest');
    }
    assert.ok('sideEffects' in pkg, 'sideEffects is set');
    assert.ok(Array.isArray(pkg.files) && pkg.files.includes('dist'), 'files includes dist');
    assert.ok(existsSync(`${dir}/README.md`), 'has a README');
    assert.ok(existsSync(`${dir}/LICENSE`), 'has a LICENSE file (npm packs it whatever `files` says)');
    for (const dep of Object.keys(pkg.dependencies ?? {}).filter((d) => d.startsWith('@ctkit/'))) {
      assert.ok(existsSync(`${root}packages/${dep.slice(7)}`), `${dep} is a package of this repo`);
    }
  });
}
