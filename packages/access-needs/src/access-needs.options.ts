import { messagesIn, type Locale } from '@ctkit/core';
import {
  DEFAULT_GROUPS,
  DEFAULT_OPTIONS,
  EVENT_FORMATS,
  NONE_ID,
  showCatalogue,
  type EventFormat,
  type GroupSpec,
  type LocalisedText,
  type OptionSpec,
  type ResolvedCatalogue,
} from './catalogue.js';
import { accessNeedsMessages, type AccessNeedsMessages } from './messages.js';

/*
 * A partner's `options` — merged into the default catalogue and checked entry by entry. Fetched only
 * by a ct-access-needs given `options`, before it renders; the default catalogue needs none of it.
 */

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const TEXT_SHAPE = 'a string or {"en": "…", "cy": "…"}';

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isLocalisedText(x: unknown): x is LocalisedText {
  return (
    (typeof x === 'string' && x.trim() !== '') ||
    (isRecord(x) && typeof x.en === 'string' && x.en.trim() !== '' && (x.cy === undefined || typeof x.cy === 'string'))
  );
}

/**
 * Adds or changes the entries of `options.groups` or `options.options` in `list`, in order: an entry
 * with an id already in the list replaces it in place. `make` checks the rest of an entry and returns
 * undefined (having said why) to leave it out.
 */
function merge<T extends { id: string }>(
  list: T[],
  entries: unknown,
  key: 'groups' | 'options',
  problems: string[],
  make: (entry: Record<string, unknown>, id: string, i: number) => T | undefined,
): void {
  if (entries === undefined) return;
  if (!Array.isArray(entries)) {
    problems.push(`\`options.${key}\` must be an array; it is ignored.`);
    return;
  }
  const seen = new Set<string>();
  for (const [i, entry] of entries.entries()) {
    if (!isRecord(entry) || typeof entry.id !== 'string' || !ID_PATTERN.test(entry.id)) {
      problems.push(`\`options.${key}[${i}]\` needs an \`id\` of 1 to 64 letters, digits, "-" or "_"; it is left out.`);
      continue;
    }
    const spec = make(entry, entry.id, i);
    if (!spec) continue;
    if (seen.has(spec.id))
      problems.push(
        `${key === 'groups' ? 'Group' : 'Option'} "${spec.id}" is listed twice in \`options.${key}\`; the last one is used.`,
      );
    seen.add(spec.id);
    const at = list.findIndex((x) => x.id === spec.id);
    if (at >= 0) list[at] = spec;
    else list.push(spec);
  }
}

/** A new label, checked, or the default entry's; undefined when neither is there. */
function labelOf<L>(entry: Record<string, unknown>, base: { label: L } | undefined): LocalisedText | L | undefined {
  if (entry.label === undefined) return base?.label;
  return isLocalisedText(entry.label) ? entry.label : undefined;
}

/**
 * Works out which groups and options to show for a format, from the default catalogue and the
 * `options` given. Bad entries are left out and described in `problems`; good ones are kept.
 * `messages` gives the default entries' text; by default, those of `locale` as far as they have
 * loaded (the element has them before it renders; elsewhere, English until
 * `loadCatalogues([accessNeedsMessages], 'cy')` resolves).
 */
export function resolveCatalogue(
  config: unknown,
  locale: Locale,
  format: EventFormat | undefined,
  messages: AccessNeedsMessages = messagesIn(accessNeedsMessages, locale),
): ResolvedCatalogue {
  const problems: string[] = [];
  let groups: GroupSpec[] = [...DEFAULT_GROUPS];
  let options: OptionSpec[] = [...DEFAULT_OPTIONS];

  if (config !== undefined && config !== null) {
    if (!isRecord(config)) {
      problems.push(
        '`options` must be an object like {"mode": "extend", "groups": [...], "options": [...]}; the default options are shown.',
      );
    } else {
      const mode = config.mode ?? 'extend';
      if (mode !== 'extend' && mode !== 'replace')
        problems.push(`\`options.mode\` must be "extend" or "replace", not ${JSON.stringify(mode)}; "extend" is used.`);
      if (mode === 'replace') {
        groups = [];
        options = [];
      }

      merge(groups, config.groups, 'groups', problems, (entry, id, i) => {
        const label = labelOf(
          entry,
          DEFAULT_GROUPS.find((g) => g.id === id),
        );
        if (label) return { id, label };
        problems.push(`\`options.groups[${i}]\` ("${id}") needs a \`label\`: ${TEXT_SHAPE}; it is left out.`);
        return undefined;
      });

      merge(options, config.options, 'options', problems, (entry, id, i) => {
        if (id === NONE_ID) {
          problems.push(
            `\`options.options[${i}]\`: the id "none" is kept for "None of these"; the option is left out.`,
          );
          return undefined;
        }
        const base = DEFAULT_OPTIONS.find((o) => o.id === id);
        const group = entry.group ?? base?.group;
        if (typeof group !== 'string' || !groups.some((g) => g.id === group)) {
          problems.push(
            `Option "${id}" names group ${JSON.stringify(group)}, which is not in the catalogue; the option is left out.`,
          );
          return undefined;
        }
        const label = labelOf(entry, base);
        if (!label) {
          problems.push(`Option "${id}" needs a \`label\`: ${TEXT_SHAPE}; it is left out.`);
          return undefined;
        }
        if (entry.hint !== undefined && !isLocalisedText(entry.hint))
          problems.push(`Option "${id}": \`hint\` must be ${TEXT_SHAPE}; it is ignored.`);
        let formats = base?.formats;
        if (entry.formats !== undefined) {
          const valid =
            Array.isArray(entry.formats) &&
            entry.formats.length > 0 &&
            entry.formats.every((f) => (EVENT_FORMATS as readonly unknown[]).includes(f));
          if (!valid)
            problems.push(
              `Option "${id}": \`formats\` must list one or more of ${EVENT_FORMATS.map((f) => `"${f}"`).join(', ')}; it is offered in every format.`,
            );
          formats = valid ? (entry.formats as EventFormat[]) : undefined;
        }
        const hint = isLocalisedText(entry.hint) ? entry.hint : base?.hint;
        return { id, group, label, ...(hint !== undefined ? { hint } : {}), ...(formats ? { formats } : {}) };
      });

      const hide = config.hide;
      if (hide !== undefined) {
        if (!Array.isArray(hide) || !hide.every((h) => typeof h === 'string')) {
          problems.push('`options.hide` must be an array of option ids; it is ignored.');
        } else {
          for (const id of hide) {
            if (!options.some((o) => o.id === id))
              problems.push(`\`options.hide\` names "${id}", which is not an option.`);
          }
          options = options.filter((o) => !hide.includes(o.id));
        }
      }
    }
  }
  return showCatalogue(groups, options, locale, format, messages, problems);
}
