import { html, nothing, type TemplateResult } from 'lit';

export interface HeadingOptions {
  id?: string;
  className: string;
  /** tabindex="-1", so a widget can move focus to the heading (an opened section, a retried list). */
  focusable?: boolean;
  /** The `part` name, when the widget documents the heading as a CSS part. */
  part?: string;
}

/**
 * A heading at a level from 2 to 6 (clamped): a widget cannot know the page's outline, so the partner
 * sets the level and nested parts go below it. Five plain templates rather than lit/static-html, which
 * would sit in every page's shared chunk.
 */
export function heading(level: number, o: HeadingOptions, content: unknown): TemplateResult {
  const id = o.id ?? nothing;
  const tabindex = o.focusable ? '-1' : nothing;
  const part = o.part ?? nothing;
  switch (Math.min(6, Math.max(2, Math.round(level) || 2))) {
    case 3:
      return html`<h3 id=${id} class=${o.className} tabindex=${tabindex} part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${o.className} tabindex=${tabindex} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${o.className} tabindex=${tabindex} part=${part}>${content}</h5>`;
    case 6:
      return html`<h6 id=${id} class=${o.className} tabindex=${tabindex} part=${part}>${content}</h6>`;
    default:
      return html`<h2 id=${id} class=${o.className} tabindex=${tabindex} part=${part}>${content}</h2>`;
  }
}
