import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { coreMessages } from '../localize/core-messages.js';
import { messagesIn } from '../localize/catalogue.js';
import type { Locale } from '../localize/catalogue.js';
import { describedBy, errorMessage, hint } from './messages.js';

export interface FieldOptions {
  locale: Locale;
  /** id of the input; the hint and error get `${id}-hint` and `${id}-error`. */
  id: string;
  name: string;
  label: string;
  value: string;
  onInput: (value: string, event: InputEvent) => void;
  hint?: string | TemplateResult;
  error?: string;
  type?: 'text' | 'email' | 'tel' | 'url' | 'search';
  autocomplete?: string;
  inputmode?: 'text' | 'email' | 'tel' | 'url' | 'numeric' | 'search';
  spellcheck?: boolean;
  maxlength?: number;
  /** Adds "(optional)" to the label. GOV.UK marks the optional questions, not the required ones. */
  optional?: boolean;
  disabled?: boolean;
  /** Narrows the input to suit the expected answer; full width otherwise. */
  width?: 'full' | '20' | '10';
  /** Renders a textarea instead of an input. */
  multiline?: boolean;
  rows?: number;
  /** Content shown after the input, inside the form group (for example a suggestion). */
  after?: TemplateResult | typeof nothing;
  /** Extra ids for aria-describedby (for example a suggestion). */
  describedBy?: string;
  onBlur?: (event: FocusEvent) => void;
}

/**
 * A labelled text input or textarea with hint and error message, GOV.UK style. No placeholder: a
 * placeholder is not a label and disappears as soon as someone types. No `required` attribute either:
 * the widget validates on submit and shows its own messages, never the browser's bubbles.
 */
export function field(o: FieldOptions): TemplateResult {
  const m = messagesIn(coreMessages, o.locale);
  const hintId = o.hint ? `${o.id}-hint` : undefined;
  const errorId = o.error ? `${o.id}-error` : undefined;
  const describe = describedBy(hintId, errorId, o.describedBy);
  const widthClass = o.width && o.width !== 'full' ? `ct-input--width-${o.width}` : '';
  const onInput = (e: InputEvent) => {
    o.onInput((e.target as HTMLInputElement | HTMLTextAreaElement).value, e);
  };
  return html`<div class="ct-form-group ${o.error ? 'ct-form-group--error' : ''}" part="form-group">
    <label class="ct-label" for=${o.id} part="label">${o.label}${o.optional ? ` ${m.optional}` : nothing}</label>
    ${hint(hintId ?? '', o.hint)} ${errorMessage(o.locale, errorId ?? '', o.error)}
    ${
      o.multiline
        ? html`<textarea
          class="ct-textarea ${o.error ? 'ct-textarea--error' : ''}"
          part="textarea"
          id=${o.id}
          name=${o.name}
          rows=${o.rows ?? 5}
          .value=${live(o.value)}
          maxlength=${ifDefined(o.maxlength)}
          autocomplete=${ifDefined(o.autocomplete)}
          spellcheck=${o.spellcheck === false ? 'false' : 'true'}
          aria-describedby=${ifDefined(describe)}
          aria-invalid=${o.error ? 'true' : 'false'}
          ?disabled=${o.disabled}
          @input=${onInput}
          @blur=${o.onBlur}
        ></textarea>`
        : html`<input
          class="ct-input ${widthClass} ${o.error ? 'ct-input--error' : ''}"
          part="input"
          id=${o.id}
          name=${o.name}
          type=${o.type ?? 'text'}
          .value=${live(o.value)}
          maxlength=${ifDefined(o.maxlength)}
          autocomplete=${ifDefined(o.autocomplete)}
          inputmode=${ifDefined(o.inputmode)}
          spellcheck=${o.spellcheck === false ? 'false' : 'true'}
          autocapitalize=${o.type === 'email' ? 'off' : 'sentences'}
          aria-describedby=${ifDefined(describe)}
          aria-invalid=${o.error ? 'true' : 'false'}
          ?disabled=${o.disabled}
          @input=${onInput}
          @blur=${o.onBlur}
        />`
    }
    ${o.after ?? nothing}
  </div>`;
}

/** An email address field with the settings GOV.UK recommends. */
export function emailField(o: Omit<FieldOptions, 'type' | 'autocomplete' | 'spellcheck'>): TemplateResult {
  return field({ maxlength: 254, ...o, type: 'email', autocomplete: 'email', spellcheck: false, inputmode: 'email' });
}

export interface SelectOptions {
  id: string;
  label: string;
  /** The value chosen: always shown, even after the person chose another (a `live` binding). */
  value: string;
  /** `[value, text]` pairs, in order. */
  options: readonly (readonly [string, string])[];
  onChange: (value: string) => void;
  /** The widget's own class on the form group. */
  className?: string;
}

/**
 * A labelled native select, GOV.UK style (the event list's and the map's filters). An option's
 * `selected` is only its default: once the person has chosen, Firefox keeps showing their choice, so
 * the value is bound live ("Clear filters" shows "Any" again); `selected` covers the first render, when
 * the value is set before the options exist.
 */
export function select(o: SelectOptions): TemplateResult {
  return html`<div class="ct-form-group ${o.className ?? ''}"><label class="ct-label" for=${o.id}>${o.label}</label>
    <select class="ct-select" id=${o.id} .value=${live(o.value)} @change=${(e: Event) => {
      o.onChange((e.target as HTMLSelectElement).value);
    }}>${o.options.map(([v, text]) => html`<option value=${v} ?selected=${v === o.value}>${text}</option>`)}</select>
  </div>`;
}
