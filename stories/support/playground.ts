import type { StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { attributeNames } from './arg-types.js';
import { withAttributes } from './snippets.js';

/** How a partner loads the widgets: the first line of every snippet that "Show code" gives. */
export const SCRIPT_TAG = '<script type="module" src="https://your-site.example/ctkit/ctkit.js"></script>';

type Args = Record<string, string | number | boolean | undefined>;

/**
 * The first story of a widget's docs page: the real embed snippet (packages/embed/snippets/, with its
 * fallback content and light-DOM data such as the event card's JSON-LD), its attributes set from the
 * controls. "Show code" gives exactly what is rendered, script tag first, ready to paste.
 */
export function playground(tag: string, snippet: string, args: Args, toSnippet?: (args: Args) => string): StoryObj {
  const make = toSnippet ?? ((a: Args) => withAttributes(snippet, tag, a));
  // Only the element's attributes: Storybook adds args of its own (an action handler per event once an
  // argType asks for one), which must never become `on…="function…"` attributes in the snippet.
  const names = attributeNames(tag);
  const chosen = (a: Args) => make(Object.fromEntries(Object.entries(a).filter(([name]) => names.has(name))));
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
