// custom-elements.json is generated from the components' JSDoc (@tagname, @slot, @csspart, @cssprop,
// @fires) and feeds Storybook's docs, the packages' own manifests, the editor hints and the React/Vue types
// (packages/tooling/src/build-packages.mjs): the public API is written once, in the source.

/**
 * Keep the manifest to the public API: the analyzer also lists `#private` and `protected` members
 * (`#queue`, `i18n`), statics the element reads itself (`catalogues`, `shadowRootOptions`), the
 * callbacks the browser calls on form controls, members marked `@internal`, and events it guesses from
 * `dispatchEvent(new Event(type))` — only events documented with `@fires` are API.
 */
export function publicApiOnly() {
  const internal = new Set();
  return {
    name: 'ctkit-public-api-only',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const tags = ts.getJSDocTags(member).map((t) => t.tagName.text);
        if (member.name && tags.includes('internal'))
          internal.add(`${moduleDoc.path}:${node.name.text}:${member.name.getText()}`);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const elements = new Set(
        customElementsManifest.modules.flatMap((m) =>
          (m.declarations ?? []).filter((d) => d.customElement).map((d) => d.name),
        ),
      );
      for (const mod of customElementsManifest.modules) {
        // `customElements.define(name, constructor)` inside defineElement() is not a definition of an element.
        mod.exports = mod.exports?.filter(
          (e) => e.kind !== 'custom-element-definition' || elements.has(e.declaration.name),
        );
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          decl.members = decl.members?.filter(
            (m) =>
              (m.privacy ?? 'public') === 'public' &&
              !m.name.startsWith('#') &&
              !m.static &&
              !/^form[A-Z]\w*Callback$/.test(m.name) &&
              !internal.has(`${mod.path}:${decl.name}:${m.name}`) &&
              !(
                m.inheritedFrom &&
                internal.has(`${m.inheritedFrom.module.replace(/\.js$/, '.ts')}:${m.inheritedFrom.name}:${m.name}`)
              ),
          );
          if (decl.events) decl.events = decl.events.filter((e) => e.name && e.description);
          for (const key of ['members', 'events']) if (decl[key]?.length === 0) delete decl[key];
        }
      }
    },
  };
}

export default {
  globs: ['packages/*/src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', '**/generated.ts', 'packages/tooling/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [publicApiOnly()],
};
