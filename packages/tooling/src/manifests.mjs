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
        const where = node.module.startsWith('.')
          ? { package: own, module: resolveRelative(modulePath, node.module) }
          : locate(node.module);
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
    return {
      kind: 'custom-element-definition',
      name: tag,
      declaration: { name: decl.name, ...locate(decl.modulePath) },
    };
  });
  return {
    schemaVersion: manifest.schemaVersion,
    readme: '',
    modules: [
      {
        kind: 'javascript-module',
        path: 'dist/ctkit.js',
        description:
          'The one-script-tag bundle: registers every ctkit widget (each fetched when its tag is on the page).',
        declarations: [],
        exports,
      },
    ],
  };
}

const doc = (text, indent = '  ') =>
  text ? `${indent}/** ${text.replaceAll('*/', '*\\/').replace(/\s*\n\s*/g, `\n${indent} * `)} */\n` : '';
const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const pascal = (name) => camel(name).replace(/^./, (c) => c.toUpperCase());
const relativeImport = (modulePath) => `./${modulePath.replace(/^dist\//, '')}`;

/** The settable API of an element: attributes (with their fields), properties without one, ct-* events. */
function apiOf(decl) {
  const fields = (decl.members ?? []).filter((m) => m.kind === 'field' && !m.readonly && !m.static);
  const attributes = (decl.attributes ?? []).filter((a) => a.fieldName && fields.some((f) => f.name === a.fieldName));
  const events = (decl.events ?? []).filter((e) => e.name.startsWith('ct-'));
  return { fields, attributes, events };
}

/** Attribute values as JSX/HTML would write them: a number attribute also takes `"2"`. */
const attributeType = (decl, a) => {
  const t = `${decl.name}['${a.fieldName}']`;
  return /\bnumber\b/.test(a.type?.text ?? '') ? `${t} | \`\${number}\`` : t;
};

/** The first lines of a generated framework types file: the notice, the framework's types, the elements' classes. */
function typesPreamble(elements, frameworkImport) {
  return [
    '// Generated from custom-elements.json by packages/tooling/src/build-packages.mjs. Do not edit.',
    frameworkImport,
    ...elements.map((d) => `import type { ${d.name} } from '${relativeImport(d.modulePath)}';`),
    "export * from './index.js';",
    '',
  ];
}

/**
 * `dist/react.d.ts`: React 19 JSX types for the package's elements. React 19 sets a prop as a property
 * when the element has one (`members={[…]}`) and as an attribute otherwise (`privacy-url="/privacy"`);
 * `onct-success={…}` listens for `ct-success`. One line to use it: `import '@ctkit/<package>/react'`.
 */
export function reactTypes(manifest) {
  const elements = elementsOf(manifest);
  if (!elements.length) return undefined;
  const lines = typesPreamble(elements, "import type { DetailedHTMLProps, HTMLAttributes } from 'react';");
  for (const d of elements) {
    const { fields, attributes, events } = apiOf(d);
    const keys = [...new Set([...attributes.map((a) => a.name), ...fields.map((f) => f.name)])];
    lines.push(
      `/** \`<${d.tagName}>\` in JSX: its attributes, its properties and its \`ct-*\` events (\`onct-…\`). */`,
    );
    lines.push(
      `export interface ${d.name}JsxProps extends Omit<DetailedHTMLProps<HTMLAttributes<${d.name}>, ${d.name}>, ${keys.map((k) => `'${k}'`).join(' | ') || 'never'}> {`,
    );
    for (const a of attributes) {
      const f = fields.find((x) => x.name === a.fieldName);
      lines.push(`${doc(a.description ?? f?.description)}  '${a.name}'?: ${attributeType(d, a)};`);
    }
    for (const f of fields.filter((x) => !attributes.some((a) => a.name === x.name))) {
      lines.push(`${doc(f.description)}  ${f.name}?: ${d.name}['${f.name}'];`);
    }
    for (const e of events)
      lines.push(`${doc(e.description)}  'on${e.name}'?: (event: GlobalEventHandlersEventMap['${e.name}']) => void;`);
    lines.push('}', '');
  }
  lines.push("declare module 'react' {", '  namespace JSX {', '    interface IntrinsicElements {');
  for (const d of elements) lines.push(`      '${d.tagName}': ${d.name}JsxProps;`);
  lines.push('    }', '  }', '}', '');
  return lines.join('\n');
}

/**
 * `dist/vue.d.ts`: the package's elements in Vue's `GlobalComponents`, so vue-tsc checks templates:
 * attributes (`privacy-url`, camelised as Vue does), properties (`:members`) and events (`@ct-success`).
 * One line to use it: `import '@ctkit/<package>/vue'`.
 */
export function vueTypes(manifest) {
  const elements = elementsOf(manifest);
  if (!elements.length) return undefined;
  const lines = typesPreamble(elements, "import type { DefineComponent, HTMLAttributes } from 'vue';");
  for (const d of elements) {
    const { fields, attributes, events } = apiOf(d);
    lines.push(
      `/** \`<${d.tagName}>\` in a Vue template: its attributes and properties, and its \`ct-*\` events (\`@ct-…\`). */`,
    );
    lines.push(`export interface ${d.name}VueProps {`);
    for (const f of fields) {
      const a = attributes.find((x) => x.fieldName === f.name);
      lines.push(`${doc(f.description)}  ${f.name}?: ${a ? attributeType(d, a) : `${d.name}['${f.name}']`};`);
    }
    for (const e of events)
      lines.push(
        `${doc(e.description)}  on${pascal(e.name)}?: (event: GlobalEventHandlersEventMap['${e.name}']) => void;`,
      );
    lines.push('}', '');
  }
  lines.push("declare module 'vue' {", '  interface GlobalComponents {');
  for (const d of elements) {
    lines.push(
      `    '${d.tagName}': DefineComponent<${d.name}VueProps & Omit<HTMLAttributes, keyof ${d.name}VueProps>>;`,
    );
  }
  lines.push('  }', '}', '');
  return lines.join('\n');
}

/** `'link' | 'inline'` → ['link', 'inline']; anything else → undefined. */
function literalValues(type) {
  const parts = (type ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== 'undefined');
  return parts.length && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : undefined;
}

const describe = (d) => [d.summary, d.description].filter(Boolean).join('\n\n');

/** VS Code `html.customData`: tags and their attributes, with descriptions and allowed values. */
export function vscodeCustomData(elements) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((d) => ({
      name: d.tagName,
      description: describe(d),
      attributes: (d.attributes ?? []).map((a) => {
        const f = (d.members ?? []).find((m) => m.name === a.fieldName);
        const values = literalValues(a.type?.text);
        return {
          name: a.name,
          description: a.description ?? f?.description ?? '',
          ...(a.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
          ...(values ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
    })),
  };
}

/** JetBrains web-types (the `web-types` field of package.json): elements, attributes, events, slots, parts, properties. */
export function webTypes(elements, { name, version }) {
  const described = (list) => (list ?? []).map((x) => ({ name: x.name, description: x.description ?? '' }));
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name,
    version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((d) => ({
          name: d.tagName,
          description: describe(d),
          attributes: (d.attributes ?? []).map((a) => {
            const f = (d.members ?? []).find((m) => m.name === a.fieldName);
            const values = literalValues(a.type?.text);
            return {
              name: a.name,
              description: a.description ?? f?.description ?? '',
              value: a.type?.text === 'boolean' ? { type: 'boolean' } : { type: a.type?.text ?? 'string' },
              ...(values ? { values: values.map((v) => ({ name: v })) } : {}),
            };
          }),
          slots: described(d.slots),
          events: described(d.events),
          js: {
            properties: (d.members ?? [])
              .filter((m) => m.kind === 'field')
              .map((m) => ({ name: m.name, description: m.description ?? '', type: m.type?.text })),
            events: described(d.events),
          },
          css: { parts: described(d.cssParts), properties: described(d.cssProperties) },
        })),
      },
    },
  };
}
