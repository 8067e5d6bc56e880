// Everything a package ships that is derived from custom-elements.json (itself from the JSDoc): its own
// manifest with package-relative paths, the embed bundle's manifest, VS Code html-custom-data, JetBrains
// web-types, and the React and Vue element types. Written once, in the source's JSDoc.
import { readFileSync } from 'node:fs';

const clone = (v) => JSON.parse(JSON.stringify(v));

/** `packages/core/src/base/form-control.ts` → `{ package: '@ctkit/core', module: 'dist/base/form-control.js' }`. */
function locate(path) {
  const m = /^\/?packages\/([^/]+)\/src\/(.*?)(\.d)?\.[jt]s$/.exec(path);
  return m ? { package: `@ctkit/${m[1]}`, module: `dist/${m[2]}.js` } : undefined;
}

/** `./answers.js` from `dist/index.js` → `dist/answers.js`. */
function resolveRelative(from, spec) {
  const parts = from.split('/').slice(0, -1);
  for (const seg of spec.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

/**
 * The slice of the repository's manifest for one package, every path relative to that package's root
 * (`dist/sign-up-form.js`); a reference into another ctkit package names it (`package: '@ctkit/core'`).
 */
export function packageManifest(manifest, name) {
  const own = `@ctkit/${name}`;
  const modules = manifest.modules.filter((m) => locate(m.path)?.package === own).map(clone);
  for (const mod of modules) {
    const modulePath = locate(mod.path).module;
    (function fix(node) {
      if (Array.isArray(node)) return node.forEach(fix);
      if (!node || typeof node !== 'object') return;
      if (typeof node.module === 'string' && !node.package) {
        const where = node.module.startsWith('.') ? { package: own, module: resolveRelative(modulePath, node.module) } : locate(node.module);
        if (where) {
          node.module = where.module;
          if (where.package !== own) node.package = where.package;
        }
      }
      for (const v of Object.values(node)) fix(v);
    })(mod);
    mod.path = modulePath;
  }
  return { schemaVersion: manifest.schemaVersion, readme: '', modules };
}

/** The custom elements of a manifest, with the module they are declared in. */
export function elementsOf(manifest) {
  return manifest.modules.flatMap((mod) =>
    (mod.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, modulePath: mod.path })),
  );
}

/**
 * The embed bundle's manifest: its one module, `dist/ctkit.js`, defines these tags (read from
 * packages/embed/src/ctkit.ts), each declared in the widget package that the bundle contains.
 */
export function embedManifest(manifest, embedSource) {
  const source = readFileSync(embedSource, 'utf8');
  const tags = [
    ...[...source.matchAll(/defineElement\('([^']+)'/g)].map((m) => m[1]),
    ...[...source.matchAll(/lazyDefine\('([^']+)'/g)].map((m) => m[1]),
  ];
  const byTag = new Map(elementsOf(manifest).map((d) => [d.tagName, d]));
  const exports = tags.map((tag) => {
    const decl = byTag.get(tag);
    if (!decl) throw new Error(`embed registers <${tag}> but no package declares it`);
    return { kind: 'custom-element-definition', name: tag, declaration: { name: decl.name, ...locate(decl.modulePath) } };
  });
  return {
    schemaVersion: manifest.schemaVersion,
    readme: '',
    modules: [
      {
        kind: 'javascript-module',
        path: 'dist/ctkit.js',
        description: 'The one-script-tag bundle: registers every ctkit widget (each fetched when its tag is on the page).',
        declarations: [],
        exports,
      },
    ],
  };
}
