// Compiles every publishable package's src/ to its dist/ (JavaScript + .d.ts) with one TypeScript
// program, so cross-package types line up. Bare imports (`@ctkit/core`) stay bare: a developer's bundler
// resolves them through each package's `exports` to dist/.
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import ts from 'typescript';
import { repoRoot } from './ensure.mjs';
import {
  elementsOf,
  embedManifest,
  packageManifest,
  reactTypes,
  vscodeCustomData,
  vueTypes,
  webTypes,
} from './manifests.mjs';

const out = `${repoRoot}.ctkit/tsc`;
rmSync(out, { recursive: true, force: true });
execFileSync(`${repoRoot}node_modules/.bin/tsc`, ['-p', 'tsconfig.build.json'], { cwd: repoRoot, stdio: 'inherit' });
fixDeclarations();

/**
 * The shipped .d.ts must resolve with only the package's own dependencies installed:
 * - a type computed with `FromSchema` (json-schema-to-ts, a devDependency: types only, 2.9 MB with
 *   @babel/runtime) is written out in full, so consumers need not install it;
 * - types tsc names through `lit-html` (which Lit re-exports) are named through `lit`, the dependency.
 */
function fixDeclarations() {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    `${repoRoot}tsconfig.build.json`,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  const program = ts.createProgram(parsed.fileNames, { ...parsed.options, noEmit: true });
  const checker = program.getTypeChecker();
  const printer = ts.createPrinter();
  for (const sf of program.getSourceFiles()) {
    if (!sf.fileName.startsWith(`${repoRoot}packages/`) || !sf.text.includes('json-schema-to-ts')) continue;
    const dts = `${out}/${sf.fileName.slice(`${repoRoot}packages/`.length).replace(/\.ts$/, '.d.ts')}`;
    let text = readFileSync(dts, 'utf8').replace(/^import type \{[^}]*\} from 'json-schema-to-ts';\n/m, '');
    for (const st of sf.statements) {
      if (!ts.isTypeAliasDeclaration(st) || !st.type.getText(sf).includes('FromSchema')) continue;
      const node = checker.typeToTypeNode(
        checker.getTypeAtLocation(st.name),
        undefined,
        ts.NodeBuilderFlags.NoTruncation |
          ts.NodeBuilderFlags.InTypeAlias |
          ts.NodeBuilderFlags.MultilineObjectLiterals,
      );
      const written = `export type ${st.name.text} = ${st.type.getText(sf)};`;
      if (!node || !text.includes(written))
        throw new Error(`build-packages: cannot write out ${st.name.text} in ${dts}`);
      text = text.replace(
        written,
        `export type ${st.name.text} = ${printer.printNode(ts.EmitHint.Unspecified, node, sf)};`,
      );
    }
    if (text.includes('json-schema-to-ts')) throw new Error(`build-packages: ${dts} still needs json-schema-to-ts`);
    writeFileSync(dts, text);
  }
  for (const f of readdirSync(out, { recursive: true }).filter((f) => f.endsWith('.d.ts'))) {
    const text = readFileSync(`${out}/${f}`, 'utf8');
    const fixed = text.replace(/import\("lit-html(\/[^"]*)?"\)/g, (_, sub = '') => `import("lit${sub}")`);
    if (fixed !== text) writeFileSync(`${out}/${f}`, fixed);
  }
}
for (const pkg of readdirSync(out)) {
  const src = `${out}/${pkg}/src`;
  if (!existsSync(src)) continue;
  const dist = `${repoRoot}packages/${pkg}/dist`;
  // tokens.css is generated into dist/ by the tokens build; keep it.
  for (const entry of existsSync(dist) ? readdirSync(dist) : []) {
    if (!entry.endsWith('.css')) rmSync(`${dist}/${entry}`, { recursive: true, force: true });
  }
  cpSync(src, dist, { recursive: true });
}

// Each package ships its own slice of custom-elements.json (its `customElements` field points at it),
// with package-relative paths (`dist/*.js`); the embed bundle ships one that lists what it registers.
const manifest = JSON.parse(readFileSync(`${repoRoot}custom-elements.json`, 'utf8'));
const version = (pkg) => JSON.parse(readFileSync(`${repoRoot}packages/${pkg}/package.json`, 'utf8')).version;
const writeJson = (file, data) => writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
for (const pkg of readdirSync(out)) {
  const dist = `${repoRoot}packages/${pkg}/dist`;
  if (!existsSync(dist)) continue;
  const own = packageManifest(manifest, pkg);
  writeJson(`${dist}/custom-elements.json`, own);
  // Editor hints, and React and Vue types, for the widgets (core's ct-announcer is made by the widgets).
  const elements = elementsOf(own);
  if (!elements.length || pkg === 'core') continue;
  writeFileSync(`${dist}/react.d.ts`, reactTypes(own));
  writeFileSync(`${dist}/vue.d.ts`, vueTypes(own));
  writeJson(`${dist}/vscode.html-custom-data.json`, vscodeCustomData(elements));
  writeJson(`${dist}/web-types.json`, webTypes(elements, { name: `@ctkit/${pkg}`, version: version(pkg) }));
}
// The embed bundle: a manifest of what it registers, and editor hints for every widget in it.
const embedDist = `${repoRoot}packages/embed/dist`;
mkdirSync(embedDist, { recursive: true });
const embed = embedManifest(manifest, `${repoRoot}packages/embed/src/ctkit.ts`);
writeJson(`${embedDist}/custom-elements.json`, embed);
const registered = new Set(embed.modules[0].exports.map((e) => e.name));
const embedded = elementsOf(manifest).filter((d) => registered.has(d.tagName) && d.tagName !== 'ct-announcer');
writeJson(`${embedDist}/vscode.html-custom-data.json`, vscodeCustomData(embedded));
writeJson(`${embedDist}/web-types.json`, webTypes(embedded, { name: '@ctkit/embed', version: version('embed') }));

// Every package that lists LICENSE in its `files` gets the repository's licence (the embed bundle, which
// tsc does not build, included).
for (const pkg of readdirSync(`${repoRoot}packages`)) {
  const manifestPath = `${repoRoot}packages/${pkg}/package.json`;
  if (!existsSync(manifestPath)) continue;
  const { files = [] } = JSON.parse(readFileSync(manifestPath, 'utf8'));
  if (files.includes('LICENSE')) copyFileSync(`${repoRoot}LICENSE`, `${repoRoot}packages/${pkg}/LICENSE`);
}
