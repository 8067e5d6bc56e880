// The release, as a maintainer and a developer meet it (issue 17): from a clean clone (HEAD, no dist/),
// `npm pack` and `npm publish --dry-run` of every public package build first (`prepack`) and list the built
// code, its types, its manifest and its editor hints — and nothing of the repository's sources.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cleanClone, npm, packAll, publicPackages } from '../src/clean-clone.mjs';

let clone;
let packed;

before(() => {
  clone = cleanClone();
  assert.equal(existsSync(join(clone.dir, 'packages/core/dist')), false, 'the clone starts without dist/');
  packed = packAll(clone.dir, join(clone.work, 'tarballs'));
  for (const p of packed) {
    p.root = join(clone.work, 'unpacked', p.name.replace('/', '+'));
    mkdirSync(p.root, { recursive: true });
    execFileSync('tar', ['-xzf', p.tarball, '-C', p.root]);
    p.root = join(p.root, 'package');
  }
}, { timeout: 900_000 });

after(() => {
  if (clone) rmSync(clone.work, { recursive: true, force: true });
});

/** Every file an `exports` map points at, minus the repository-only `ctkit-source` condition. */
function exportTargets(exports) {
  if (typeof exports === 'string') return [exports];
  return Object.entries(exports ?? {}).flatMap(([key, value]) => (key === 'ctkit-source' ? [] : exportTargets(value)));
}

test('npm pack from a clean clone ships the built code of every public package', () => {
  const names = publicPackages(clone.dir).map((p) => p.name).sort();
  assert.deepEqual(packed.map((p) => p.name).sort(), names);
  for (const p of packed) {
    const files = p.files.map((f) => f.path);
    const pkg = JSON.parse(readFileSync(join(p.root, 'package.json'), 'utf8'));
    assert.deepEqual(
      files.filter((f) => !/^(dist\/|README\.md$|LICENSE$|CHANGELOG\.md$|package\.json$|tokens\.json$)/.test(f)),
      [],
      `${p.name}: only built files, the README, the licence and the changelog`,
    );
    for (const required of ['README.md', 'LICENSE', 'CHANGELOG.md']) assert.ok(files.includes(required), `${p.name} ships ${required}`);
    for (const target of exportTargets(pkg.exports)) {
      assert.ok(files.includes(target.replace(/^\.\//, '')), `${p.name}: exports target ${target} is in the tarball`);
    }
    for (const field of ['customElements', 'web-types']) {
      if (pkg[field]) assert.ok(files.includes(pkg[field].replace(/^\.\//, '')), `${p.name}: ${field} (${pkg[field]}) is in the tarball`);
    }
    const js = files.filter((f) => /^dist\/.*\.js$/.test(f) && !f.startsWith('dist/chunks/'));
    assert.ok(js.length > 0, `${p.name} ships JavaScript`);
    if (p.name !== '@ctkit/embed') {
      for (const f of js) assert.ok(files.includes(f.replace(/\.js$/, '.d.ts')), `${p.name}: ${f} has its types`);
    }
    // The manifest names files of this package (or another package, by name), never the repository's.
    const manifestText = readFileSync(join(p.root, pkg.customElements), 'utf8');
    const repoPath = /"[^"]*(packages\/|\/src\/|\.ts")[^"]*"?/.exec(manifestText);
    assert.equal(repoPath?.[0], undefined, `${p.name}: custom-elements.json has package-relative paths only`);
    for (const mod of JSON.parse(manifestText).modules) assert.ok(files.includes(mod.path), `${p.name}: manifest module ${mod.path} is shipped`);
  }
});

test('npm publish --dry-run from the clean clone lists the same built files', () => {
  const names = packed.map((p) => p.name);
  // One JSON object per workspace, one after another.
  const text = npm(['publish', '--dry-run', '--json', ...names.flatMap((n) => ['-w', n])], clone.dir);
  const out = Object.assign({}, ...text.split(/(?<=^\})\n(?=\{)/m).map((part) => JSON.parse(part)));
  for (const p of packed) {
    const published = out[p.name];
    assert.ok(published, `${p.name} is published`);
    assert.equal(published.version, p.version);
    assert.deepEqual(published.files.map((f) => f.path).sort(), p.files.map((f) => f.path).sort(), `${p.name}: publish lists what pack built`);
    assert.ok(published.files.some((f) => f.path.startsWith('dist/')), `${p.name}: built files are listed`);
  }
});
