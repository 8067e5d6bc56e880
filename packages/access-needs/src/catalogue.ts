import { WELSH_DAYS, WELSH_MONTHS, intlKnowsWelsh, intlTag, type Locale } from '@ctkit/core';
import { accessNeedsMessages, type AccessNeedsMessages } from './messages.js';

/** How the event is held; each option says in which formats it is offered. */
export const EVENT_FORMATS = ['in-person', 'online', 'hybrid'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

/** The id of the exclusive "None of these" answer. Reserved: no option may use it. */
export const NONE_ID = 'none';
/** The id of the option that reveals a text box for the person's own words (submitted as `name-other`). */
export const SOMETHING_ELSE_ID = 'something-else';

/** Text for a custom option or group: one string for every language, or English and (optionally) Welsh. */
export type LocalisedText = string | { en: string; cy?: string };

/** A group of options, shown as a fieldset with this legend. */
export interface AccessNeedGroup {
  /** Stable id: letters, digits, `-` or `_`, 1–64 characters. */
  id: string;
  /** Required for a new group; for a default group's id, replaces its legend. */
  label?: LocalisedText;
}

/** One thing a person can ask for. */
export interface AccessNeedOption {
  /** Stable id, submitted as the FormData value and listed in `.value.needs`. Never `none`. */
  id: string;
  /** The id of its group (a default group or one in `groups`). */
  group: string;
  /** Required for a new option; for a default option's id, replaces its label. */
  label?: LocalisedText;
  hint?: LocalisedText;
  /** The formats it is offered in; every format when left out. */
  formats?: EventFormat[];
}

/**
 * The JSON shape of the `options` property (or attribute). With `mode: "extend"` (the default) the
 * groups and options are added to the default catalogue — an entry with a default id changes that
 * entry — and `hide` removes default options by id. With `mode: "replace"` only these groups and
 * options are shown (a default option's id may still be listed to reuse its translated label).
 */
export interface AccessNeedsOptions {
  mode?: 'extend' | 'replace';
  groups?: AccessNeedGroup[];
  options?: AccessNeedOption[];
  hide?: string[];
}

/** A string from messages.ts, for the default entries. */
interface MessageRef {
  key: keyof AccessNeedsMessages;
}
interface GroupSpec {
  id: string;
  label: LocalisedText | MessageRef;
}
interface OptionSpec {
  id: string;
  group: string;
  label: LocalisedText | MessageRef;
  hint?: LocalisedText | MessageRef;
  formats?: readonly EventFormat[];
}

const IN_PERSON: readonly EventFormat[] = ['in-person', 'hybrid'];
const ONLINE: readonly EventFormat[] = ['online', 'hybrid'];

/** The default groups, in order. Legends are in messages.ts under `group-<id>`. */
export const DEFAULT_GROUPS: readonly GroupSpec[] = [
  { id: 'communication', label: { key: 'group-communication' } },
  { id: 'getting-around', label: { key: 'group-getting-around' } },
  { id: 'pace-and-environment', label: { key: 'group-pace-and-environment' } },
  { id: 'information', label: { key: 'group-information' } },
  { id: 'support', label: { key: 'group-support' } },
  { id: 'other', label: { key: 'group-other' } },
];

/** The default options, in order. Labels are in messages.ts under the option's id. */
export const DEFAULT_OPTIONS: readonly OptionSpec[] = [
  { id: 'bsl-interpreter', group: 'communication', label: { key: 'bsl-interpreter' } },
  { id: 'isl-interpreter', group: 'communication', label: { key: 'isl-interpreter' } },
  { id: 'live-captions', group: 'communication', label: { key: 'live-captions' }, hint: { key: 'live-captions-hint' } },
  { id: 'hearing-loop', group: 'communication', label: { key: 'hearing-loop' }, formats: IN_PERSON },
  { id: 'lip-reading', group: 'communication', label: { key: 'lip-reading' }, formats: IN_PERSON },
  { id: 'step-free-route', group: 'getting-around', label: { key: 'step-free-route' }, formats: IN_PERSON },
  { id: 'accessible-toilet', group: 'getting-around', label: { key: 'accessible-toilet' }, formats: IN_PERSON },
  { id: 'seating-and-rest', group: 'getting-around', label: { key: 'seating-and-rest' }, formats: IN_PERSON },
  { id: 'parking-or-drop-off', group: 'getting-around', label: { key: 'parking-or-drop-off' }, formats: IN_PERSON },
  { id: 'assistance-dog', group: 'getting-around', label: { key: 'assistance-dog' }, formats: IN_PERSON },
  { id: 'quiet-space', group: 'pace-and-environment', label: { key: 'quiet-space' }, formats: IN_PERSON },
  { id: 'regular-breaks', group: 'pace-and-environment', label: { key: 'regular-breaks' } },
  { id: 'materials-in-advance', group: 'pace-and-environment', label: { key: 'materials-in-advance' } },
  { id: 'camera-off', group: 'pace-and-environment', label: { key: 'camera-off' }, hint: { key: 'camera-off-hint' }, formats: ONLINE },
  { id: 'large-print', group: 'information', label: { key: 'large-print' } },
  { id: 'screen-reader-documents', group: 'information', label: { key: 'screen-reader-documents' } },
  { id: 'easy-read', group: 'information', label: { key: 'easy-read' } },
  { id: 'personal-assistant-ticket', group: 'support', label: { key: 'personal-assistant-ticket' } },
  { id: 'dietary-needs', group: 'other', label: { key: 'dietary-needs' }, formats: IN_PERSON },
  { id: 'travel-or-childcare-costs', group: 'other', label: { key: 'travel-or-childcare-costs' } },
  { id: SOMETHING_ELSE_ID, group: 'other', label: { key: SOMETHING_ELSE_ID } },
];

export interface ResolvedOption {
  id: string;
  label: string;
  hint?: string;
}
export interface ResolvedGroup {
  id: string;
  label: string;
  options: ResolvedOption[];
}
export interface ResolvedCatalogue {
  groups: ResolvedGroup[];
  /** Every id of an option shown (not counting `none`). */
  ids: Set<string>;
  /** What was wrong with the `options` given, one plain sentence each. */
  problems: string[];
}

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isLocalisedText(x: unknown): x is LocalisedText {
  return (typeof x === 'string' && x.trim() !== '') || (isRecord(x) && typeof x.en === 'string' && x.en.trim() !== '' && (x.cy === undefined || typeof x.cy === 'string'));
}

function text(value: LocalisedText | MessageRef, locale: Locale): string {
  if (typeof value === 'string') return value;
  if ('key' in value) {
    const message = accessNeedsMessages[locale][value.key];
    return typeof message === 'string' ? message : value.key;
  }
  return (locale === 'cy' ? value.cy : undefined) ?? value.en;
}

/**
 * Works out which groups and options to show for a format, from the default catalogue and the
 * `options` given. Bad entries are left out and described in `problems`; good ones are kept.
 */
export function resolveCatalogue(config: unknown, locale: Locale, format: EventFormat | undefined): ResolvedCatalogue {
  const problems: string[] = [];
  let groups: GroupSpec[] = [...DEFAULT_GROUPS];
  let options: OptionSpec[] = [...DEFAULT_OPTIONS];
  const defaultOption = new Map(DEFAULT_OPTIONS.map((o) => [o.id, o]));
  const defaultGroup = new Map(DEFAULT_GROUPS.map((g) => [g.id, g]));

  if (config !== undefined && config !== null) {
    if (!isRecord(config)) {
      problems.push('`options` must be an object like {"mode": "extend", "groups": [...], "options": [...]}; the default options are shown.');
    } else {
      const mode = config.mode ?? 'extend';
      if (mode !== 'extend' && mode !== 'replace') problems.push(`\`options.mode\` must be "extend" or "replace", not ${JSON.stringify(mode)}; "extend" is used.`);
      if (mode === 'replace') {
        groups = [];
        options = [];
      }
      const seen = new Set<string>();
      for (const [i, raw] of (Array.isArray(config.groups) ? config.groups : []).entries()) {
        if (!isRecord(raw) || typeof raw.id !== 'string' || !ID_PATTERN.test(raw.id)) {
          problems.push(`\`options.groups[${i}]\` needs an \`id\` of 1 to 64 letters, digits, "-" or "_"; it is left out.`);
          continue;
        }
        const id = raw.id;
        const base = defaultGroup.get(id);
        if (raw.label !== undefined ? !isLocalisedText(raw.label) : !base) {
          problems.push(`\`options.groups[${i}]\` ("${id}") needs a \`label\`: a string or {"en": "…", "cy": "…"}; it is left out.`);
          continue;
        }
        const label = (raw.label as LocalisedText | undefined) ?? base?.label ?? id;
        if (seen.has(id)) problems.push(`Group "${id}" is listed twice in \`options.groups\`; the last one is used.`);
        seen.add(id);
        const spec: GroupSpec = { id, label };
        const at = groups.findIndex((g) => g.id === id);
        if (at >= 0) groups[at] = spec;
        else groups.push(spec);
      }
      if (config.groups !== undefined && !Array.isArray(config.groups)) problems.push('`options.groups` must be an array; it is ignored.');

      const seenOptions = new Set<string>();
      for (const [i, raw] of (Array.isArray(config.options) ? config.options : []).entries()) {
        if (!isRecord(raw) || typeof raw.id !== 'string' || !ID_PATTERN.test(raw.id)) {
          problems.push(`\`options.options[${i}]\` needs an \`id\` of 1 to 64 letters, digits, "-" or "_"; it is left out.`);
          continue;
        }
        const id = raw.id;
        if (id === NONE_ID) {
          problems.push(`\`options.options[${i}]\`: the id "none" is kept for "None of these"; the option is left out.`);
          continue;
        }
        const base = defaultOption.get(id);
        const group = raw.group ?? base?.group;
        if (typeof group !== 'string' || !groups.some((g) => g.id === group)) {
          problems.push(`Option "${id}" names group ${JSON.stringify(group)}, which is not in the catalogue; the option is left out.`);
          continue;
        }
        if (raw.label !== undefined ? !isLocalisedText(raw.label) : !base) {
          problems.push(`Option "${id}" needs a \`label\`: a string or {"en": "…", "cy": "…"}; it is left out.`);
          continue;
        }
        if (raw.hint !== undefined && !isLocalisedText(raw.hint)) problems.push(`Option "${id}": \`hint\` must be a string or {"en": "…", "cy": "…"}; it is ignored.`);
        let formats = base?.formats;
        if (raw.formats !== undefined) {
          if (!Array.isArray(raw.formats) || raw.formats.length === 0 || !raw.formats.every((f) => (EVENT_FORMATS as readonly unknown[]).includes(f))) {
            problems.push(`Option "${id}": \`formats\` must list one or more of ${EVENT_FORMATS.map((f) => `"${f}"`).join(', ')}; it is offered in every format.`);
            formats = undefined;
          } else formats = raw.formats as EventFormat[];
        }
        if (seenOptions.has(id)) problems.push(`Option "${id}" is listed twice in \`options.options\`; the last one is used.`);
        seenOptions.add(id);
        const hint = isLocalisedText(raw.hint) ? raw.hint : base?.hint;
        const spec: OptionSpec = {
          id,
          group,
          label: (raw.label as LocalisedText | undefined) ?? base?.label ?? id,
          ...(hint !== undefined ? { hint } : {}),
          ...(formats ? { formats } : {}),
        };
        const at = options.findIndex((o) => o.id === id);
        if (at >= 0) options[at] = spec;
        else options.push(spec);
      }
      if (config.options !== undefined && !Array.isArray(config.options)) problems.push('`options.options` must be an array; it is ignored.');

      if (config.hide !== undefined) {
        if (!Array.isArray(config.hide) || !config.hide.every((h) => typeof h === 'string')) {
          problems.push('`options.hide` must be an array of option ids; it is ignored.');
        } else {
          for (const id of config.hide) {
            if (!options.some((o) => o.id === id)) problems.push(`\`options.hide\` names "${id}", which is not an option.`);
          }
          options = options.filter((o) => !(config.hide as string[]).includes(o.id));
        }
      }
    }
  }

  const shown = options.filter((o) => !format || !o.formats || o.formats.includes(format));
  const resolved: ResolvedGroup[] = groups
    .map((g) => ({
      id: g.id,
      label: text(g.label, locale),
      options: shown
        .filter((o) => o.group === g.id)
        .map((o) => ({ id: o.id, label: text(o.label, locale), ...(o.hint !== undefined ? { hint: text(o.hint, locale) } : {}) })),
    }))
    .filter((g) => g.options.length > 0);
  return { groups: resolved, ids: new Set(resolved.flatMap((g) => g.options.map((o) => o.id))), problems };
}

/** Parses a `respond-by` date (`YYYY-MM-DD`, a real calendar date) to a UTC Date, or undefined. */
export function parseDate(value: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : undefined;
}

/**
 * A date GOV.UK style — "Tuesday 1 December 2026", no commas — built from Intl's parts so the order
 * and spacing are the same in every browser. If the browser's Intl has no data for the language (it
 * falls back to another), the day and month names come from our own Welsh list instead.
 */
export function formatLongDate(date: Date, locale: Locale): string {
  const tag = intlTag(locale);
  const format = new Intl.DateTimeFormat(tag, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const day = String(date.getUTCDate());
  const year = String(date.getUTCFullYear());
  if (locale === 'cy' && !intlKnowsWelsh()) {
    return `${WELSH_DAYS[date.getUTCDay()] ?? ''} ${day} ${WELSH_MONTHS[date.getUTCMonth()] ?? ''} ${year}`;
  }
  const parts = format.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}
