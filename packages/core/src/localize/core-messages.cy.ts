import { plural, type Locale, type Translation } from './catalogue.js';
import type { CoreMessages } from './core-messages.js';

/** Welsh of the shared partials' and announcer's strings, fetched only when a widget speaks Welsh. */
const cy: Translation<CoreMessages> = {
  errorPrefix: 'Gwall',
  errorSummaryTitle: 'Mae problem wedi codi',
  optional: '(dewisol)',
  or: 'neu',
  success: 'Llwyddiant',
  important: 'Pwysig',
  busy: 'Wrthi’n anfon',
  loadProblem:
    'Efallai mai’r cysylltiad neu’r wefan sydd ar fai. Rhowch gynnig arall arni, neu dewch yn ôl nes ymlaen.',
  retry: 'Rhoi cynnig arall arni',
  charactersLeft: (locale: Locale, count: number) =>
    plural(locale, count, {
      zero: 'Mae gennych {count} nod yn weddill',
      one: 'Mae gennych {count} nod yn weddill',
      two: 'Mae gennych {count} nod yn weddill',
      few: 'Mae gennych {count} nod yn weddill',
      many: 'Mae gennych {count} nod yn weddill',
      other: 'Mae gennych {count} nod yn weddill',
    }),
  charactersTooMany: (locale: Locale, count: number) =>
    plural(locale, count, { other: 'Mae gennych {count} nod yn ormod' }),
};

export default cy;
