import type { Locale } from '@ctkit/core';
import type { AccessNeedsMessages } from './messages.js';

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
export interface MessageRef {
  key: keyof AccessNeedsMessages;
}
export interface GroupSpec {
  id: string;
  label: LocalisedText | MessageRef;
}
export interface OptionSpec {
  id: string;
  group: string;
  label: LocalisedText | MessageRef;
  hint?: LocalisedText | MessageRef;
  formats?: readonly EventFormat[];
}

const IN_PERSON: readonly EventFormat[] = ['in-person', 'hybrid'];
const ONLINE: readonly EventFormat[] = ['online', 'hybrid'];

/**
 * The default catalogue, in order: each group with its options as [id, formats, has a hint]. Texts are
 * in messages.ts: a group's legend under `group-<id>`, an option's label under its id and its hint
 * under `<id>-hint`.
 */
const DEFAULTS: [group: string, options: [id: string, formats?: readonly EventFormat[], hint?: true][]][] = [
  [
    'communication',
    [
      ['bsl-interpreter'],
      ['isl-interpreter'],
      ['live-captions', undefined, true],
      ['hearing-loop', IN_PERSON],
      ['lip-reading', IN_PERSON],
    ],
  ],
  [
    'getting-around',
    [
      ['step-free-route', IN_PERSON],
      ['accessible-toilet', IN_PERSON],
      ['seating-and-rest', IN_PERSON],
      ['parking-or-drop-off', IN_PERSON],
      ['assistance-dog', IN_PERSON],
    ],
  ],
  [
    'pace-and-environment',
    [['quiet-space', IN_PERSON], ['regular-breaks'], ['materials-in-advance'], ['camera-off', ONLINE, true]],
  ],
  ['information', [['large-print'], ['screen-reader-documents'], ['easy-read']]],
  ['support', [['personal-assistant-ticket']]],
  ['other', [['dietary-needs', IN_PERSON], ['travel-or-childcare-costs'], [SOMETHING_ELSE_ID]]],
];
const ref = (key: string): MessageRef => ({ key: key as keyof AccessNeedsMessages });

/** The default groups, in order. Legends are in messages.ts under `group-<id>`. */
export const DEFAULT_GROUPS: readonly GroupSpec[] = DEFAULTS.map(([id]) => ({ id, label: ref(`group-${id}`) }));

/** The default options, in order. Labels are in messages.ts under the option's id. */
export const DEFAULT_OPTIONS: readonly OptionSpec[] = DEFAULTS.flatMap(([group, options]) =>
  options.map(([id, formats, hint]) => ({
    id,
    group,
    label: ref(id),
    ...(hint ? { hint: ref(`${id}-hint`) } : {}),
    ...(formats ? { formats } : {}),
  })),
);

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

function text(value: LocalisedText | MessageRef, locale: Locale, m: AccessNeedsMessages): string {
  if (typeof value === 'string') return value;
  if ('key' in value) {
    const message = m[value.key];
    return typeof message === 'string' ? message : value.key;
  }
  return (locale === 'cy' ? value.cy : undefined) ?? value.en;
}

/**
 * The groups to show for a format, each with its options' texts in `locale` (`messages` for the
 * default entries); a group with no option to show is left out.
 */
export function showCatalogue(
  groups: readonly GroupSpec[],
  options: readonly OptionSpec[],
  locale: Locale,
  format: EventFormat | undefined,
  messages: AccessNeedsMessages,
  problems: string[] = [],
): ResolvedCatalogue {
  const shown = options.filter((o) => !format || !o.formats || o.formats.includes(format));
  const resolved: ResolvedGroup[] = groups
    .map((g) => ({
      id: g.id,
      label: text(g.label, locale, messages),
      options: shown
        .filter((o) => o.group === g.id)
        .map((o) => ({
          id: o.id,
          label: text(o.label, locale, messages),
          ...(o.hint !== undefined ? { hint: text(o.hint, locale, messages) } : {}),
        })),
    }))
    .filter((g) => g.options.length > 0);
  return { groups: resolved, ids: new Set(resolved.flatMap((g) => g.options.map((o) => o.id))), problems };
}
