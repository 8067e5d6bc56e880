import { LOCALES, type Locale } from '../schemas/vocabulary.js';
import { onDemand, type OnDemand } from '../on-demand.js';

export type { Locale };
export { LOCALES };

/**
 * A message is a string, or a function of named arguments that returns one (for numbers, dates and
 * plurals). Welsh has six plural forms, so plurals go through `plural()`, which uses Intl.PluralRules.
 */
export type Message = string | ((...args: never[]) => string);

/** A translation of the English messages `T`: every key, with the same signature. */
export type Translation<T extends object> = { [K in keyof T]: T[K] };

/**
 * Loads a translation on demand — `() => import('./messages.cy.js')` — so a page in English never
 * downloads the Welsh strings (and the other way round costs one small chunk from the same folder).
 */
export type TranslationLoader<T extends object> = () => Promise<{ default: Translation<T> }>;

/** A catalogue: English is the source; the Welsh is given inline or loaded on demand. */
export interface Catalogue<
  T extends object,
  C extends Translation<T> | TranslationLoader<T> = Translation<T> | TranslationLoader<T>,
> {
  en: T;
  cy: C;
}

/** Any catalogue, for lists of catalogues of different shapes. */
export type AnyCatalogue = Catalogue<object>;

/**
 * Declares a widget's message catalogue. Each package keeps its English strings in `messages.ts` next
 * to its code and its Welsh in `messages.cy.ts` (loaded on demand), so a translator finds every string
 * of a widget in two files, and TypeScript refuses a Welsh catalogue that misses a key or changes a
 * message's arguments.
 *
 * We do not use @lit/localize here: its runtime locale is global to the page, but a widget's language
 * must follow its own `lang` (a Welsh widget on an English page, or the other way round).
 */
export function defineMessages<T extends object, C extends Translation<T> | TranslationLoader<T>>(
  catalogue: Catalogue<T, C>,
): Catalogue<T, C> {
  return catalogue;
}

/** Each on-demand Welsh translation, fetched once per page (arrived or failed, it is not waited for again). */
const welsh = new WeakMap<object, OnDemand<{ cy: TranslationLoader<object> }>>();

function welshOf(catalogue: AnyCatalogue) {
  let part = welsh.get(catalogue);
  if (!part) {
    part = onDemand(
      { cy: catalogue.cy as TranslationLoader<object> },
      { cy: 'ctkit: could not load the Welsh text, so this widget is shown in English.' },
    );
    welsh.set(catalogue, part);
  }
  return part;
}

/**
 * The messages of `catalogue` in `locale`. A Welsh translation that is loaded on demand and has not
 * arrived (or could not be fetched) gives the English, so a reader always gets words.
 */
export function messagesIn<T extends object>(catalogue: Catalogue<T>, locale: Locale): T {
  if (locale === 'en') return catalogue.en;
  const cy = catalogue.cy;
  if (typeof cy !== 'function') return cy;
  return (welsh.get(catalogue)?.get('cy')?.default as T | undefined) ?? catalogue.en;
}

/**
 * Fetches the on-demand translations `locale` needs from `catalogues`. Returns a promise while any is
 * on its way (it never rejects: a failed fetch is reported once and the English is used), or undefined
 * when there is nothing to wait for — so an element renders straight away in the common case.
 */
export function loadCatalogues(catalogues: readonly AnyCatalogue[], locale: Locale): Promise<void> | undefined {
  if (locale === 'en') return undefined;
  const pending = catalogues
    .filter((c) => typeof c.cy === 'function')
    .map((c) => welshOf(c).wait('cy'))
    .filter((p) => p !== undefined);
  return pending.length ? Promise.all(pending).then(() => undefined) : undefined;
}

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** Picks the plural form for `count` in `locale` and fills in `{count}`. */
export function plural(locale: Locale, count: number, forms: PluralForms): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  const form = forms[rules.select(count)] ?? forms.other;
  return form.replaceAll('{count}', formatCount(count, locale));
}

/**
 * "1,000" in English and Welsh alike. Whole numbers are grouped here: a page's first Intl.NumberFormat
 * loads ICU's number data, about 25 ms of main thread on a desktop CPU and four times that on a phone,
 * for what is a comma every three digits. Anything else goes to Intl.
 */
export function formatCount(count: number, locale: Locale): string {
  if (Number.isSafeInteger(count)) return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
  return new Intl.NumberFormat(intlTag(locale)).format(count);
}

/** Maps any BCP 47 tag to a locale we have: `cy`, `cy-GB` → `cy`; anything else → `en`. */
export function toLocale(tag: string | null | undefined): Locale {
  return tag?.trim().toLowerCase().split('-')[0] === 'cy' ? 'cy' : 'en';
}

/** The BCP 47 tag to give Intl for a locale. */
export function intlTag(locale: Locale): string {
  return locale === 'cy' ? 'cy-GB' : 'en-GB';
}
