import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  announce,
  choices,
  CtFormControl,
  defineElement,
  describedBy,
  errorMessage,
  field,
  heading,
  buttonStyles,
  choicesStyles,
  fieldStyles,
  hostStyles,
  loadCatalogues,
  nextSelection,
  onDemand,
  type ChoiceItem,
  type ValidityProblem,
} from '@ctkit/core';
import {
  DEFAULT_GROUPS,
  DEFAULT_OPTIONS,
  EVENT_FORMATS,
  NONE_ID,
  SOMETHING_ELSE_ID,
  showCatalogue,
  type AccessNeedsOptions,
  type EventFormat,
  type ResolvedCatalogue,
} from './catalogue.js';
import { accessNeedsMessages, type AccessNeedsMessages } from './messages.js';
import { accessNeedsStyles } from './access-needs.styles.js';
import { parseAnswers, type SavedAnswers } from './answers.js';
import type { Remembered } from './access-needs.remember.js';

export { STORAGE_KEY } from './answers.js';

/** What `.value` holds: the ids chosen, the person's own words for "Something else", and the contact request. */
export interface AccessNeedsValue {
  /** Ids of the options chosen, in the order chosen; `["none"]` when the person chose "None of these". */
  needs: string[];
  /** The "Something else" text, trimmed; only while "Something else" is chosen and the text is not empty. */
  other?: string;
  /** `true` when the person asked to be contacted; left out otherwise. */
  contact?: boolean;
}

/** What the `options` attribute holds when it is not JSON: reported, and the default options shown. */
class InvalidOptionsJson {
  constructor(readonly message: string) {}
}

const optionsConverter = {
  fromAttribute(value: string | null): unknown {
    if (value === null) return undefined;
    try {
      return JSON.parse(value) as unknown;
    } catch (error) {
      return new InvalidOptionsJson(error instanceof Error ? error.message : String(error));
    }
  },
};

/**
 * Parts only some pages use, each a chunk fetched the first time an element needs it (see OnDemand in
 * core). Not exported from the package: tests replace a loader to make a fetch wait or fail.
 */
export const accessNeedsParts = {
  remember: () => import('./access-needs.remember.js'),
  respondBy: () => import('./access-needs.respond-by.js'),
  options: () => import('./access-needs.options.js'),
};
const partWarnings = {
  remember: 'could not load "Remember my answers", so it is not offered.',
  respondBy: 'could not load the respond-by date, so it is not shown.',
  options: 'could not load what reads `options`, so the default options are shown.',
};

const stop = (e: Event) => {
  e.stopPropagation();
};

/**
 * A form control for saying what support someone needs to take part in an event — never asking why.
 * Checkboxes in named groups (GOV.UK pattern), an exclusive "None of these", "Something else" with a
 * revealed text box, and a separate request to be contacted. Takes part in a host `<form>` like a
 * native control: one FormData entry per chosen need under `name`, `name-other` for the text, and
 * `name-contact` (`yes`) for the contact request.
 *
 * @tagname ct-access-needs
 * @summary Ask what support would help someone take part, as a form control.
 *
 * @slot - Fallback content from the snippet (how to ask for support another way), for readers whose browser
 *   never runs the script. Not displayed once the widget runs.
 *
 * @fires input - When the answer changes (a box ticked or unticked, a character typed). Bubbles, composed.
 * @fires change - When a box is ticked or unticked, or the "Something else" text is committed. Bubbles, composed.
 *
 * @csspart group - The outer fieldset that names the whole control.
 * @csspart legend - The legends of the outer group and of each group of options.
 * @csspart hint - The hint under the question (with the respond-by date).
 * @csspart privacy - The "Why we ask and how we keep this" details.
 * @csspart fieldset - Each group of options.
 * @csspart choice - Each option.
 * @csspart remember - The "Remember my answers on this device" area.
 * @csspart restored - The note, under the question, that answers saved on this device were filled in.
 *
 * @cssprop --ct-color-link - Colour of the "Why we ask" summary (from the tokens; every `--ct-*` token applies).
 * @cssprop --ct-color-border - Colour of the details rule and the line above "Remember my answers".
 */
export class CtAccessNeeds extends CtFormControl {
  // The partials' styles in cascade order (the choices' hints are also `.ct-hint`).
  static override styles = [hostStyles, fieldStyles, choicesStyles, buttonStyles, accessNeedsStyles];
  static override catalogues = [accessNeedsMessages];
  static override shadowRootOptions: ShadowRootInit = { ...CtFormControl.shadowRootOptions, delegatesFocus: true };

  /** How the event is held: `in-person`, `online` or `hybrid`. Options that do not apply are not shown; all are shown when unset. */
  @property({ reflect: true }) format = '';

  /** The date to answer by, `YYYY-MM-DD`; shown as "Tell us by Friday 4 December 2026 so we can arrange it." */
  @property({ attribute: 'respond-by' }) respondBy = '';

  /**
   * Replaces or extends the catalogue of options (see README for the JSON shape). As an attribute,
   * JSON; as a property, the object.
   */
  @property({ converter: optionsConverter }) options: AccessNeedsOptions | undefined;

  /** Offers "Remember my answers on this device" (off by default). Nothing is stored unless the person ticks it. */
  @property({ type: Boolean, reflect: true }) remember = false;

  /** Replaces the question ("What support would help you take part?"). */
  @property() label = '';

  /** The heading level of the question, 2 to 6 (deeper is shown as 6); 0 for no heading. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /**
   * The question's size: `m` (unset: 24 px at the default text size, one question on its own), `s` (19 px)
   * or `body` (bold, the size of a form's other questions), and the groups' legends one step smaller. A
   * widget that holds this one sets it to fit its own headings (the sign-up form: `body`).
   */
  @property({ attribute: 'heading-size', reflect: true }) headingSize?: 'm' | 's' | 'body';

  /** An error from the host form, shown GOV.UK style under the question, and the control is then invalid. */
  @property()
  get error(): string {
    return this.#error;
  }
  set error(value: string) {
    const old = this.#error;
    this.#error = value;
    // At once, not at the next render: the host form may check validity straight after setting it.
    this.updateValidity();
    this.requestUpdate('error', old);
  }
  #error = '';

  #needs: string[] = [];
  #other = '';
  #contact = false;
  /** "Remember my answers", once its part has arrived (with `remember` set). */
  #remembered: Remembered | undefined;
  readonly #parts = onDemand(accessNeedsParts, partWarnings, this);
  #showValidation = false;
  #cache:
    | {
        options: unknown;
        format: EventFormat | undefined;
        messages: AccessNeedsMessages;
        part: unknown;
        result: ResolvedCatalogue;
      }
    | undefined;

  /** The answer: `{ needs: string[], other?: string, contact?: boolean }`. Setting it fires no event. */
  get value(): AccessNeedsValue {
    // Until the part that reads the partner's options arrives, the needs shown are not known yet:
    // nothing is left out meanwhile.
    const ids = this.#customOptions && this.#parts.wait('options') ? undefined : this.#catalogue.ids;
    const needs = this.#needs.filter((id) => id === NONE_ID || !ids || ids.has(id));
    const value: AccessNeedsValue = { needs };
    const other = this.#other.trim();
    if (needs.includes(SOMETHING_ELSE_ID) && other) value.other = other;
    if (this.#contact) value.contact = true;
    return value;
  }

  set value(value: AccessNeedsValue) {
    const answers = typeof value === 'object' ? parseAnswers(value) : undefined;
    if (!answers) {
      this.warnOnce(
        '`value` must look like { needs: ["step-free-route"], other: "…", contact: true }; it was ignored.',
      );
      return;
    }
    let needs = answers.needs;
    if (needs.includes(NONE_ID) && needs.length > 1) {
      this.warnOnce('`value.needs` has "none" with other needs; "none" was left out.');
      needs = needs.filter((id) => id !== NONE_ID);
    }
    this.#needs = [...new Set(needs)];
    this.#other = answers.other;
    this.#contact = answers.contact;
    this.#commit();
    this.requestUpdate();
  }

  // Lit awaits the promise scheduleUpdate returns before it renders: the parts this element uses
  // (`options`, `remember`, `respond-by`) arrive first, alongside the Welsh, so the partner's options,
  // the saved answers and the date are there from the first render, with no jump. Checked again after
  // the wait, in case a property set meanwhile needs another part.
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type
  protected override scheduleUpdate(): void | Promise<unknown> {
    const waits = [
      this.#customOptions ? this.#parts.wait('options') : undefined,
      this.remember ? this.#parts.wait('remember') : undefined,
      this.respondBy ? this.#parts.wait('respondBy') : undefined,
      loadCatalogues(CtAccessNeeds.catalogues, this.locale),
    ].filter((wait) => wait !== undefined);
    return waits.length ? Promise.all(waits).then(() => this.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * Focuses where an error summary link to the question should land: the "Something else" box when it
   * is the problem (the summary's message is about it), otherwise the first box — never the "Why we ask"
   * link.
   */
  override focus(options?: FocusOptions): void {
    const anchor = this.#invalidAnchor();
    if (anchor) anchor.focus(options);
    else super.focus(options);
  }

  /** An `invalid` event (the host form's submit or check) or reportValidity(): the messages show inline. */
  protected override showValidity(): void {
    this.#showValidation = true;
    super.showValidity();
  }

  /** `required`: at least one answer — a need, or "None of these". */
  protected override isEmpty(): boolean {
    return this.value.needs.length === 0;
  }

  protected override valueMissingMessage(): string {
    return this.#messages.required;
  }

  protected override validityProblem(): ValidityProblem | undefined {
    if (this.#otherMissing)
      return { flags: { valueMissing: true }, message: this.#messages.otherMissing, anchor: this.#invalidAnchor() };
    if (this.error) return { flags: { customError: true }, message: this.error, anchor: this.#invalidAnchor() };
    return undefined;
  }

  /** The error shown under the question: the host's `error`, else — once shown — `setCustomValidity()`'s message or "answer at least one". */
  get #shownError(): string {
    if (this.error) return this.error;
    if (!this.#showValidation || this.isDisabled || this.#otherMissing) return '';
    return this.customValidityMessage || (this.required && this.isEmpty() ? this.#messages.required : '');
  }

  get #format(): EventFormat | undefined {
    if (!this.format) return undefined;
    if ((EVENT_FORMATS as readonly string[]).includes(this.format)) return this.format as EventFormat;
    this.warnOnce(`format="${this.format}" is not one of ${EVENT_FORMATS.join(', ')}; every option is shown.`);
    return undefined;
  }

  /** Whether the partner gave options to read (JSON that does not parse is reported, and the defaults shown). */
  get #customOptions(): boolean {
    if (this.options instanceof InvalidOptionsJson) {
      this.warnOnce(
        `The \`options\` attribute is not valid JSON (${this.options.message}); the default options are shown.`,
      );
      return false;
    }
    return this.options != null;
  }

  get #catalogue(): ResolvedCatalogue {
    const format = this.#format;
    // Keyed on the messages, not the locale: the answer may be read before the Welsh has arrived.
    const messages = this.#messages;
    const part = this.#customOptions ? this.#parts.get('options') : undefined;
    const c = this.#cache;
    if (c && c.options === this.options && c.format === format && c.messages === messages && c.part === part)
      return c.result;
    const result = part
      ? part.resolveCatalogue(this.options, this.locale, format, messages)
      : showCatalogue(DEFAULT_GROUPS, DEFAULT_OPTIONS, this.locale, format, messages);
    for (const problem of result.problems) this.warnOnce(problem);
    this.#cache = { options: this.options, format, messages, part, result };
    return result;
  }

  get #messages(): AccessNeedsMessages {
    return this.i18n.messages(accessNeedsMessages);
  }

  get #otherMissing(): boolean {
    return this.value.needs.includes(SOMETHING_ELSE_ID) && !this.#other.trim();
  }

  #invalidAnchor(): HTMLElement | null {
    const root = this.shadowRoot;
    if (!root) return null;
    if (this.#otherMissing) return root.getElementById('an-other');
    return root.querySelector<HTMLInputElement>('input[type="checkbox"]');
  }

  /** Hands the answer to the form (FormData entries, restore state) and updates validity. */
  #commit(): void {
    const value = this.value;
    let entries: FormData | null = null;
    if (this.name) {
      entries = new FormData();
      for (const id of value.needs) entries.append(this.name, id);
      if (value.other) entries.append(`${this.name}-other`, value.other);
      if (value.contact) entries.append(`${this.name}-contact`, 'yes');
    }
    this.commitValue(entries, JSON.stringify(this.#answers()));
  }

  #answers(): SavedAnswers {
    return { needs: this.#needs, other: this.#other, contact: this.#contact };
  }

  #warn = (message: string): void => {
    this.warnOnce(message);
  };

  #emit(...types: ('input' | 'change')[]): void {
    for (const type of types) this.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
  }

  #userChanged(): void {
    this.userChanged();
    this.#commit();
    this.#remembered?.changed();
    this.requestUpdate();
  }

  #onNeeds = (_next: string[], event: Event): void => {
    const input = event.target as HTMLInputElement;
    const items: ChoiceItem[] = [{ value: NONE_ID, label: '', exclusive: true }];
    const was = this.#needs;
    this.#needs = nextSelection(items, was, input.value, input.checked);
    this.#userChanged();
    this.#emit('input', 'change');
    // Ticking "Something else" shows a text box below it: say so, and what it asks (the box has no
    // aria-expanded — see core's choices()).
    if (input.value === SOMETHING_ELSE_ID && input.checked)
      void announce(this.#messages.otherShown(this.#messages.otherLabel), { lang: this.locale });
    // "None of these" unticks the other answers (and hides the "Something else" text): say which,
    // politely and once, or they are found unticked later — or never.
    if (input.value === NONE_ID) {
      const other = this.#other.trim();
      const gone = this.#catalogue.groups
        .flatMap((g) => g.options)
        .filter((o) => was.includes(o.id))
        .map((o) => (o.id === SOMETHING_ELSE_ID && other ? `${o.label} (“${other}”)` : o.label));
      if (gone.length) void announce(this.#messages.unselected(gone.join(', ')), { lang: this.locale });
    }
  };

  #onOther = (text: string): void => {
    this.#other = text;
    this.#userChanged();
    this.#emit('input');
  };

  #onContact = (next: string[]): void => {
    this.#contact = next.includes('yes');
    this.#userChanged();
    this.#emit('input', 'change');
  };

  /** Inner events stay inside; the control fires its own. The text box's `change` becomes the control's. */
  #onInnerChange = (e: Event): void => {
    e.stopPropagation();
    if (e.target instanceof HTMLTextAreaElement) this.#emit('change');
  };

  protected override resetState(): void {
    this.#needs = [];
    this.#other = '';
    this.#contact = false;
    this.#remembered?.reset();
    this.#showValidation = false;
    this.#commit();
    this.requestUpdate();
  }

  protected override restoreState(state: string): void {
    const answers = parseAnswers(state);
    if (!answers) return;
    this.#needs = answers.needs;
    this.#other = answers.other;
    this.#contact = answers.contact;
    this.#commit();
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.remember && !this.#remembered) this.#remember();
    if (
      changed.has('name') ||
      changed.has('format') ||
      changed.has('options') ||
      changed.has('error') ||
      !this.hasUpdated
    )
      this.#commit();
  }

  /** Reads the answers saved on this device, once the part has arrived, and fills them in if none are given. */
  #remember(): void {
    const part = this.#parts.get('remember');
    if (!part) return;
    this.#remembered = new part.Remembered({
      element: this,
      answers: () => this.#answers(),
      fill: (answers) => {
        if (this.#needs.length || this.#other || this.#contact) return false;
        this.#needs = answers.needs;
        this.#other = answers.other;
        this.#contact = answers.contact;
        this.#commit();
        return true;
      },
      warn: this.#warn,
    });
  }

  #respondBy(m: AccessNeedsMessages): string | undefined {
    return this.respondBy
      ? this.#parts.get('respondBy')?.respondByText(this.respondBy, this.locale, m, this.#warn)
      : undefined;
  }

  #question(text: string): TemplateResult | string {
    // 0 (or anything below 2) is "no heading": the legend's text alone. Deeper than 6 is still a heading.
    return this.headingLevel >= 2 ? heading(this.headingLevel, { className: 'ct-access-needs__question' }, text) : text;
  }

  #otherField(m: AccessNeedsMessages, disabled: boolean): TemplateResult {
    return field({
      locale: this.locale,
      id: 'an-other',
      name: 'other',
      label: m.otherLabel,
      hint: m.otherHint,
      value: this.#other,
      multiline: true,
      rows: 3,
      maxlength: 1000,
      disabled,
      onInput: this.#onOther,
      ...(this.#showValidation && this.#otherMissing ? { error: m.otherMissing } : {}),
    });
  }

  protected override render() {
    const m = this.#messages;
    const locale = this.locale;
    const disabled = this.isDisabled;
    const respondBy = this.#respondBy(m);
    const error = this.#shownError;
    const errorId = error ? 'an-error' : undefined;
    // The question's hint is aria-hidden: it is read with the first box, which it describes, and hiding it
    // as a line of its own keeps browse mode from reading it twice.
    return html`<div class="ct-access-needs" @input=${stop} @change=${this.#onInnerChange}>
      <div class="ct-form-group ${error ? 'ct-form-group--error' : ''}">
        <fieldset class="ct-fieldset" part="group" aria-describedby=${ifDefined(describedBy('an-hint', errorId))}>
          <legend class="ct-legend ct-legend--m" part="legend">${this.#question(this.label || m.legend)}</legend>
          <div class="ct-hint" id="an-hint" part="hint" aria-hidden="true">
            ${m.hint}${respondBy ? html` <strong class="ct-access-needs__respond-by">${respondBy}</strong>` : nothing}
          </div>
          ${errorMessage(locale, 'an-error', error || undefined)}
          ${this.remember ? this.#remembered?.note(m) : nothing}
          <details class="ct-access-needs__details" part="privacy">
            <summary class="ct-access-needs__summary"><span class="ct-access-needs__summary-text">${m.privacySummary}</span></summary>
            <div class="ct-access-needs__details-text">
              <p>${m.privacyUse}</p>
              <p>${m.privacyKeep}</p>
            </div>
          </details>
          ${this.#catalogue.groups.map((group, i) =>
            choices({
              // The question's hint (and error), read with the first box: Orca does not read a fieldset's.
              describedBy: i ? '' : describedBy('an-hint', errorId),
              locale,
              type: 'checkbox',
              id: `an-group-${group.id}`,
              // A name per group (the inner names are not submitted: the control's FormData is its own).
              // One name across the groups read as one set of boxes split over several groups (IBM's
              // input_checkboxes_grouped).
              name: `needs-${group.id}`,
              legend: group.label,
              items: group.options.map((o) => ({
                value: o.id,
                label: o.label,
                ...(o.hint ? { hint: o.hint } : {}),
                ...(o.id === SOMETHING_ELSE_ID ? { conditional: this.#otherField(m, disabled) } : {}),
              })),
              selected: this.#needs,
              onChange: this.#onNeeds,
              disabled,
            }),
          )}
          ${choices({
            locale,
            type: 'checkbox',
            id: 'an-none',
            name: 'needs-none',
            legend: '',
            bare: true,
            items: [{ value: NONE_ID, label: m.none, exclusive: true }],
            selected: this.#needs,
            onChange: this.#onNeeds,
            disabled,
          })}
          ${choices({
            locale,
            type: 'checkbox',
            id: 'an-contact',
            name: 'contact',
            legend: m.contactLegend,
            items: [{ value: 'yes', label: m.contact }],
            selected: this.#contact ? ['yes'] : [],
            onChange: this.#onContact,
            disabled,
          })}
        </fieldset>
      </div>
      ${this.remember ? this.#remembered?.area(m, disabled) : nothing}
    </div>`;
  }
}

defineElement('ct-access-needs', CtAccessNeeds);

declare global {
  interface HTMLElementTagNameMap {
    'ct-access-needs': CtAccessNeeds;
  }
}
