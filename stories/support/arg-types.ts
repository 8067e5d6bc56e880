import type { ArgTypes } from '@storybook/web-components-vite';
import manifestText from '../../custom-elements.json?raw';

type InputType = ArgTypes[string];

/**
 * The API table of each widget's docs page, from custom-elements.json (the JSDoc) — Storybook's own
 * reading of the manifest (preview.ts replaces it with this one) keyed every row by its bare name, so a
 * part or slot named like an attribute (`heading`, `remember`) hid the attribute or vanished, the default
 * slot (no name) was dropped, and every row — events, parts, custom properties — got a "Set object"
 * control that changed nothing. Here attributes are the only args (a live control each, typed from the
 * attribute's type); every other row is documentation, with no control.
 */
export interface ManifestItem {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}
export interface ManifestAttribute extends ManifestItem {
  fieldName?: string;
}
export interface ManifestMember extends ManifestItem {
  kind: string;
  attribute?: string;
  readonly?: boolean;
}
export interface ManifestDeclaration {
  tagName?: string;
  attributes?: ManifestAttribute[];
  members?: ManifestMember[];
  events?: ManifestItem[];
  slots?: ManifestItem[];
  cssParts?: ManifestItem[];
  cssProperties?: ManifestItem[];
}

const manifest = JSON.parse(manifestText) as { modules: { declarations?: ManifestDeclaration[] }[] };

export function declarationOf(tag: string): ManifestDeclaration {
  const found = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  if (!found) throw new Error(`custom-elements.json has no <${tag}>`);
  return found;
}

/** The table's categories, in the order a designer reads them. */
export const CATEGORIES = {
  attributes: 'attributes',
  slots: 'slots',
  events: 'events',
  cssParts: 'css shadow parts',
  cssProperties: 'css custom properties',
  properties: 'properties',
} as const;

/** `'link' | 'inline'` → ['link', 'inline']. */
const literals = (type: string) => {
  const parts = type
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== 'undefined');
  return parts.length > 1 && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : undefined;
};

const row = (item: ManifestItem, category: string, name = item.name): InputType => ({
  name,
  description: item.description ?? '',
  control: false,
  table: {
    category,
    ...(item.type ? { type: { summary: item.type.text } } : {}),
    ...(item.default !== undefined ? { defaultValue: { summary: item.default } } : {}),
  },
});

/**
 * Every public attribute, slot, event, part, custom property and property of `<tag>`. Attribute rows
 * are keyed by the attribute's name (the Playground sets exactly those on the element); the others by
 * `category:name`, so no two rows can collide.
 */
export function manifestArgTypes(tag: string): ArgTypes {
  const decl = declarationOf(tag);
  const argTypes: ArgTypes = {};
  for (const a of decl.attributes ?? []) {
    const type = a.type?.text ?? 'string';
    const choices = literals(type);
    argTypes[a.name] = {
      ...row(a, CATEGORIES.attributes),
      control: choices
        ? { type: 'select' }
        : type === 'boolean'
          ? { type: 'boolean' }
          : /\bnumber\b/.test(type)
            ? { type: 'number' }
            : { type: 'text' },
      ...(choices ? { options: choices } : {}),
      table: {
        category: CATEGORIES.attributes,
        type: {
          summary: type,
          ...(a.fieldName && a.fieldName !== a.name ? { detail: `property: ${a.fieldName}` } : {}),
        },
        ...(a.default !== undefined ? { defaultValue: { summary: a.default } } : {}),
      },
    };
  }
  for (const s of decl.slots ?? []) argTypes[`slot:${s.name}`] = row(s, CATEGORIES.slots, s.name || '(default)');
  for (const e of decl.events ?? []) argTypes[`event:${e.name}`] = row(e, CATEGORIES.events);
  for (const p of decl.cssParts ?? []) argTypes[`part:${p.name}`] = row(p, CATEGORIES.cssParts);
  for (const p of decl.cssProperties ?? []) argTypes[`css:${p.name}`] = row(p, CATEGORIES.cssProperties);
  // Properties that only mirror an attribute (`headingLevel` for `heading-level`) are in the attribute's row.
  for (const m of decl.members ?? []) {
    if (m.kind !== 'field' || m.attribute) continue;
    const field = row(m, CATEGORIES.properties);
    if (m.readonly) field.table = { ...field.table, type: { summary: `${m.type?.text ?? ''} (read-only)`.trim() } };
    argTypes[`property:${m.name}`] = field;
  }
  return argTypes;
}

/** The names of `<tag>`'s attributes: the only args the Playground puts on the element. */
export function attributeNames(tag: string): Set<string> {
  return new Set((declarationOf(tag).attributes ?? []).map((a) => a.name));
}

/** A select control for an attribute whose type is a named union the manifest cannot spell out (`view: MapView`). */
export const choose = (options: readonly string[]): InputType => ({
  control: { type: 'select' },
  options: [...options],
});
