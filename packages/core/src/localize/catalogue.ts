import { LOCALES, type Locale } from '../schemas/vocabulary.js';

export type { Locale };
export { LOCALES };

/**
 * A message is a string, or a function of named arguments that returns one (for numbers, dates and
 * plurals). Welsh has six plural forms, so plurals go through `plural()`, which uses Intl.PluralRules.
 */
export type Message = string | ((...args: never[]) => string);

/** A catalogue: English is the source, and the Welsh must have every key with the same signature. */
export interface Catalogue<T extends Record<string, Message>> {
  en: T;
  cy: { [K in keyof T]: T[K] };
}

/**
 * Declares a widget's message catalogue. Each package keeps its strings in one `messages.ts` next to
 * its code, so a translator finds every string of a widget in one file, and TypeScript refuses a Welsh
 * catalogue that misses a key or changes a message's arguments.
 *
 * We do not use @lit/localize here: its runtime locale is global to the page, but a widget's language
 * must follow its own `lang` (a Welsh widget on an English page, or the other way round).
 */
export function defineMessages<T extends Record<string, Message>>(catalogue: Catalogue<T>): Catalogue<T> {
  return catalogue;
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
  return form.replaceAll('{count}', new Intl.NumberFormat(locale === 'cy' ? 'cy-GB' : 'en-GB').format(count));
}

/** Maps any BCP 47 tag to a locale we have: `cy`, `cy-GB` → `cy`; anything else → `en`. */
export function toLocale(tag: string | null | undefined): Locale {
  return tag?.trim().toLowerCase().split('-')[0] === 'cy' ? 'cy' : 'en';
}

/** The BCP 47 tag to give Intl for a locale. */
export function intlTag(locale: Locale): string {
  return locale === 'cy' ? 'cy-GB' : 'en-GB';
}
