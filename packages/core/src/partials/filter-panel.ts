import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { button } from './button.js';
import { heading } from './heading.js';

export interface FilterPanelOptions {
  /** Prefix for the ids: `<id>-heading`, the search box `<id>-q` (and its hint `<id>-q-hint`), `<id>-count`. */
  id: string;
  /** The panel's heading, which names the search landmark ("Filter events"). */
  title: string;
  headingLevel: number;
  /** Keeps the heading for screen readers only, where the widget shows no heading of its own. */
  hideHeading?: boolean;
  search: { label: string; hint: string; value: string; onInput: (value: string) => void };
  /** The filters: core's `select()` partials, laid out in a wrapping row after the search box. */
  selects: unknown;
  /** "Clear filters", at the end of the row, while a filter is set (focus moves to the search box). */
  clear?: { label: string; onClick: () => void } | undefined;
  /** The result count after the panel: focusable (tabindex -1), so focus can return to it. */
  count: unknown;
  /** The count's `part` name, where the widget documents it. */
  countPart?: string;
}

/**
 * A filter panel, the same in every widget (the event list's and the map's): a `<search>` landmark
 * named by its heading (Chromium and Firefox map the element to the search landmark), a search box with
 * a hint, the selects, "Clear filters", and the result count after the landmark. The box is bound live,
 * so clearing empties it in every browser; "Clear filters" moves focus to the box first, where a new
 * search starts, not to the page (the button goes away with the filters it cleared).
 */
export function filterPanel(o: FilterPanelOptions): TemplateResult {
  const q = `${o.id}-q`;
  const h = `${o.id}-heading`;
  return html`<search class="ct-filters" part="filters" aria-labelledby=${h}>
      ${heading(
        o.headingLevel,
        {
          id: h,
          className: o.hideHeading ? 'ct-visually-hidden' : 'ct-filters__heading',
          part: 'filters-heading',
        },
        o.title,
      )}
      <div class="ct-form-group">
        <label class="ct-label" for=${q}>${o.search.label}</label>
        <div class="ct-hint" id=${`${q}-hint`}>${o.search.hint}</div>
        <input class="ct-input" type="search" id=${q} aria-describedby=${`${q}-hint`} autocomplete="off" spellcheck="false"
          .value=${live(o.search.value)} @input=${(e: Event) => {
            o.search.onInput((e.target as HTMLInputElement).value);
          }} />
      </div>
      <div class="ct-filters__grid">
        ${o.selects}
        ${
          o.clear
            ? button({
                label: o.clear.label,
                variant: 'secondary',
                className: 'ct-filters__clear',
                onClick: (e) => {
                  ((e.currentTarget as HTMLElement).getRootNode() as ParentNode)
                    .querySelector<HTMLElement>(`#${q}`)
                    ?.focus();
                  o.clear?.onClick();
                },
              })
            : nothing
        }
      </div>
    </search>
    <p class="ct-filters__count" id=${`${o.id}-count`} part=${o.countPart ?? nothing} tabindex="-1">${o.count}</p>`;
}
