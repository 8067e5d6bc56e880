import type { ArgTypes, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import manifestText from '../../custom-elements.json?raw';
import { withAttributes } from './snippets.js';

/** How a partner loads the widgets: the first line of every snippet that "Show code" gives. */
export const SCRIPT_TAG = '<script type="module" src="https://your-site.example/ctkit/ctkit.js"></script>';

interface ManifestAttribute {
  name: string;
  fieldName?: string;
  description?: string;
  type?: { text: string };
  default?: string;
}
interface ManifestDeclaration {
  tagName?: string;
  attributes?: ManifestAttribute[];
  members?: { name: string; kind: string; attribute?: string }[];
}

const manifest = JSON.parse(manifestText) as { modules: { declarations?: ManifestDeclaration[] }[] };

export function declarationOf(tag: string): ManifestDeclaration {
  const modules = manifest.modules;
  const found = modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  if (!found) throw new Error(`custom-elements.json has no <${tag}>`);
  return found;
}

/** `'link' | 'inline'` → ['link', 'inline']. */
const literals = (type: string) => {
  const parts = type.split('|').map((s) => s.trim()).filter((s) => s !== 'undefined');
  return parts.length > 1 && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : undefined;
};

/**
 * A live control for every attribute the manifest lists (from the JSDoc), typed by the attribute's type;
 * `options` gives the choices of attributes whose type is a named union (`view: MapView`). The property
 * rows that only repeat an attribute (`headingLevel` for `heading-level`) are left out of the table.
 */
export function attributeControls(tag: string, options: Record<string, readonly string[]> = {}): ArgTypes {
  const decl = declarationOf(tag);
  const argTypes: ArgTypes = {};
  for (const a of decl.attributes ?? []) {
    const type = a.type?.text ?? 'string';
    const choices = options[a.name] ?? literals(type);
    argTypes[a.name] = {
      control: choices ? { type: 'select' } : type === 'boolean' ? { type: 'boolean' } : /\bnumber\b/.test(type) ? { type: 'number' } : { type: 'text' },
      ...(choices ? { options: [...choices] } : {}),
      table: { category: 'attributes', ...(a.fieldName && a.fieldName !== a.name ? { type: { summary: type, detail: `property: ${a.fieldName}` } } : {}) },
    };
  }
  for (const m of decl.members ?? []) {
    if (m.attribute && m.attribute !== m.name) argTypes[m.name] = { table: { disable: true } };
  }
  return argTypes;
}

type Args = Record<string, string | number | boolean | undefined>;

/**
 * The first story of a widget's docs page: the real embed snippet (packages/embed/snippets/, with its
 * fallback content and light-DOM data such as the event card's JSON-LD), its attributes set from the
 * controls. "Show code" gives exactly what is rendered, script tag first, ready to paste.
 */
export function playground(tag: string, snippet: string, args: Args, toSnippet?: (args: Args) => string): StoryObj {
  const chosen = toSnippet ?? ((a: Args) => withAttributes(snippet, tag, a));
  return {
    name: 'Playground',
    args,
    render: (a) => html`${unsafeHTML(chosen(a))}`,
    parameters: {
      docs: {
        source: {
          language: 'html',
          transform: (_code: string, context: StoryContext) => `${SCRIPT_TAG}\n\n${chosen(context.args as Args)}`,
        },
      },
    },
  };
}
