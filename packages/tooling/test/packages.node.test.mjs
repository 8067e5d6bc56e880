// Every publishable package is ready for npm (issue 8): an exports map with types, sideEffects set, files,
// a README, a licence, and `customElements` pointing at its manifest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

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

// What a consumer installs is what runs (issue 17): every bare import in a package's shipped JavaScript is
// one of its dependencies, every import in its shipped types resolves through them too, and nothing is a
// dependency that the shipped code never imports (@ctkit/core pulled json-schema-to-ts, 2.9 MB with
// @babel/runtime, for types only; @ctkit/embed pulled all six widget packages its bundle already contains).
const bare = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
function importsOf(dir, suffix) {
  const found = new Set();
  for (const f of readdirSync(dir, { recursive: true }).filter(
    (f) => f.endsWith(suffix) && (suffix !== '.js' || !f.endsWith('.d.js')),
  )) {
    const { importedFiles, referencedFiles, typeReferenceDirectives } = ts.preProcessFile(
      readFileSync(`${dir}/${f}`, 'utf8'),
      true,
      true,
    );
    for (const { fileName } of [...importedFiles, ...typeReferenceDirectives])
      if (!fileName.startsWith('.')) found.add(bare(fileName));
    assert.deepEqual(
      referencedFiles.map((r) => r.fileName),
      [],
      `${f}: no /// <reference path> into the repository`,
    );
  }
  return found;
}

for (const name of publishable) {
  test(`@ctkit/${name}: its dependencies are exactly what its shipped code and types import`, () => {
    const dir = `${root}packages/${name}`;
    assert.ok(existsSync(`${dir}/dist`), `packages/${name}/dist is built (npm run build)`);
    const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
    const deps = new Set(Object.keys(pkg.dependencies ?? {}));
    const peers = new Set(Object.keys(pkg.peerDependencies ?? {}));
    const js = importsOf(`${dir}/dist`, '.js');
    const types = importsOf(`${dir}/dist`, '.d.ts');
    const optionalPeers = new Set(
      Object.entries(pkg.peerDependenciesMeta ?? {})
        .filter(([, m]) => m.optional)
        .map(([p]) => p),
    );
    assert.deepEqual([...js].filter((d) => !deps.has(d)).sort(), [], 'imported at run time but not a dependency');
    assert.deepEqual(
      [...types].filter((d) => !deps.has(d) && !peers.has(d)).sort(),
      [],
      'imported by the types but not a (peer) dependency',
    );
    assert.deepEqual(
      [...deps].filter((d) => !js.has(d)).sort(),
      [],
      'a dependency the shipped JavaScript never imports',
    );
    assert.deepEqual(
      [...peers].filter((d) => !optionalPeers.has(d)).sort(),
      [],
      'peer dependencies are optional (types for React or Vue)',
    );
  });
}

// Every ct-* event a package documents (@fires → its custom-elements.json) is typed in its shipped types:
// `el.addEventListener('ct-success', (e) => e.detail.status)` compiles with a typed `detail`.
const widgets = publishable.filter((name) => {
  const file = `${root}packages/${name}/dist/custom-elements.json`;
  return (
    name !== 'embed' &&
    existsSync(file) &&
    JSON.parse(readFileSync(file, 'utf8')).modules.some((m) =>
      m.declarations?.some((d) => d.events?.some((e) => e.name.startsWith('ct-'))),
    )
  );
});
for (const name of widgets) {
  test(`@ctkit/${name}: every ct-* event it documents is in GlobalEventHandlersEventMap with a typed detail`, () => {
    const manifest = JSON.parse(readFileSync(`${root}packages/${name}/dist/custom-elements.json`, 'utf8'));
    const events = manifest.modules
      .flatMap((m) => (m.declarations ?? []).flatMap((d) => d.events ?? []))
      .map((e) => e.name)
      .filter((e) => e.startsWith('ct-'));
    assert.ok(events.length > 0);
    const probe = `${root}.ctkit/event-map-${name}.ts`;
    mkdirSync(`${root}.ctkit`, { recursive: true });
    writeFileSync(
      probe,
      `import '@ctkit/${name}';\n${events.map((e, i) => `export type E${i} = GlobalEventHandlersEventMap['${e}'];`).join('\n')}\n`,
    );
    const program = ts.createProgram([probe], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
      types: [],
      skipLibCheck: true,
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    assert.deepEqual(diagnostics, [], 'the shipped types know every documented event');
    const checker = program.getTypeChecker();
    const sf = program.getSourceFile(probe);
    for (const [i, statement] of sf.statements.filter(ts.isTypeAliasDeclaration).entries()) {
      const detail = checker.getTypeAtLocation(statement.name).getProperty('detail');
      assert.ok(detail, `${events[i]} is a CustomEvent`);
      const text = checker.typeToString(checker.getTypeOfSymbol(detail));
      assert.ok(!/^(any|unknown)$/.test(text), `${events[i]}: detail is typed (${text})`);
    }
    rmSync(probe);
  });
}
