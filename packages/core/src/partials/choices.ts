import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { coreMessages } from '../localize/core-messages.js';
import { messagesIn } from '../localize/catalogue.js';
import type { Locale } from '../localize/catalogue.js';
import { describedBy, errorMessage, hint } from './messages.js';

export interface ChoiceItem {
  value: string;
  label: string | TemplateResult;
  hint?: string;
  /** "None of these": choosing it clears the others, choosing another clears it. Checkboxes only. */
  exclusive?: boolean;
  /** Follow-up content revealed while this item is chosen (GOV.UK conditional reveal). */
  conditional?: TemplateResult;
  disabled?: boolean;
}

export interface ChoicesOptions {
  locale: Locale;
  type: 'checkbox' | 'radio';
  /** Prefix for the ids of the fieldset, inputs, hint and error. */
  id: string;
  name: string;
  legend: string | TemplateResult;
  /** Renders the legend as a heading of this level, so the question is also in the page outline. */
  legendHeadingLevel?: 2 | 3 | 4;
  legendSize?: 'm' | 's';
  hint?: string | TemplateResult;
  error?: string;
  items: ChoiceItem[];
  /** The chosen values (for radios, at most one). */
  selected: readonly string[];
  onChange: (selected: string[], event: Event) => void;
  optional?: boolean;
  disabled?: boolean;
  small?: boolean;
  /**
   * Renders the items without a fieldset and legend of their own: for a lone checkbox (say "None of
   * these") inside an enclosing group that already names it. `legend` and `hint` are then not shown.
   */
  bare?: boolean;
  /**
   * Ids of text outside the group that the first input is also described by (an enclosing question's
   * hint, say), read before the group's own hint and error.
   */
  describedBy?: string;
}

/** The id of an item's input: stable, readable, and safe for `#id` links from the error summary. */
export function choiceId(groupId: string, value: string, index: number): string {
  return index === 0 ? groupId : `${groupId}-${value.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/**
 * The selection after one checkbox changes, with exclusive ("None of these") logic: checking the
 * exclusive item clears the rest; checking any other clears the exclusive item.
 */
export function nextSelection(
  items: readonly ChoiceItem[],
  selected: readonly string[],
  value: string,
  checked: boolean,
): string[] {
  const exclusive = new Set(items.filter((i) => i.exclusive).map((i) => i.value));
  if (!checked) return selected.filter((v) => v !== value);
  if (exclusive.has(value)) return [value];
  return [...selected.filter((v) => !exclusive.has(v) && v !== value), value];
}

function legendContent(o: ChoicesOptions, optional: string): TemplateResult {
  const text = html`${o.legend}${o.optional ? ` ${optional}` : nothing}`;
  switch (o.legendHeadingLevel) {
    case 2:
      return html`<h2>${text}</h2>`;
    case 3:
      return html`<h3>${text}</h3>`;
    case 4:
      return html`<h4>${text}</h4>`;
    default:
      return text;
  }
}

/**
 * Checkboxes or radios in a fieldset with legend, hint and error, GOV.UK style: native inputs (so
 * keyboard and screen-reader behaviour are the browser's own), conditional reveal with aria-controls, and an
 * exclusive "None of these" option after an "or" divider. No aria-expanded on a revealing checkbox (GOV.UK
 * has it): Orca takes an expandable check box for a widget that needs focus mode, so tabbing through the
 * boxes flipped between browse and focus mode on it. The widget says what appeared instead (politely).
 * The fieldset is described by the hint and error (GOV.UK); so is the first input, because Orca does not
 * read a fieldset's description. The legend has the id `<id>-legend`, for `describedBy` where a link in the
 * hint comes first (Orca then does not say the legend either).
 */
export function choices(o: ChoicesOptions): TemplateResult {
  const m = messagesIn(coreMessages, o.locale);
  const hintId = o.hint ? `${o.id}-hint` : undefined;
  const errorId = o.error ? `${o.id}-error` : undefined;
  const change = (item: ChoiceItem) => (e: Event) => {
    const input = e.target as HTMLInputElement;
    const next = o.type === 'radio' ? [item.value] : nextSelection(o.items, o.selected, item.value, input.checked);
    o.onChange(next, e);
  };
  const list = html`<div class="ct-choices ct-choices--${o.type} ${o.small ? 'ct-choices--small' : ''}" part="choices">
        ${o.items.map((item, index) => {
          const id = choiceId(o.id, item.value, index);
          const checked = o.selected.includes(item.value);
          const itemHintId = item.hint ? `${id}-item-hint` : undefined;
          const conditionalId = item.conditional ? `${id}-conditional` : undefined;
          return html`${item.exclusive ? html`<div class="ct-choices__divider" part="divider">${m.or}</div>` : nothing}
            <div class="ct-choices__item" part="choice">
              <input
                class="ct-choices__input"
                id=${id}
                type=${o.type}
                name=${o.name}
                value=${item.value}
                .checked=${live(checked)}
                ?disabled=${Boolean(o.disabled) || Boolean(item.disabled)}
                aria-labelledby=${`${id}-label`}
                aria-describedby=${ifDefined(index ? itemHintId : describedBy(o.describedBy, hintId, errorId, itemHintId))}
                aria-controls=${ifDefined(conditionalId)}
                @change=${change(item)}
              />
              <label class="ct-choices__label" for=${id} id=${`${id}-label`} aria-hidden="true" part="choice-label">${item.label}</label>
              ${item.hint ? html`<div id=${itemHintId ?? ''} class="ct-hint ct-choices__hint" aria-hidden="true">${item.hint}</div>` : nothing}
            </div>
            ${
              item.conditional
                ? html`<div class="ct-choices__conditional" id=${conditionalId ?? ''} ?hidden=${!checked} part="conditional">
                  ${item.conditional}
                </div>`
                : nothing
            }`;
        })}
      </div>`;
  if (o.bare) return html`<div class="ct-form-group" part="form-group">${list}</div>`;
  return html`<div class="ct-form-group ${o.error ? 'ct-form-group--error' : ''}" part="form-group">
    <fieldset class="ct-fieldset" aria-labelledby=${ifDefined(o.legendHeadingLevel ? undefined : `${o.id}-legend`)} aria-describedby=${ifDefined(describedBy(hintId, errorId))} part="fieldset">
      <legend class="ct-legend ${o.legendSize === 'm' ? 'ct-legend--m' : ''}" id=${`${o.id}-legend`} aria-hidden=${ifDefined(o.legendHeadingLevel ? undefined : 'true')} part="legend">${legendContent(o, m.optional)}</legend>
      ${hint(hintId ?? '', o.hint)} ${errorMessage(o.locale, errorId ?? '', o.error)}
      ${list}
    </fieldset>
  </div>`;
}
