import type { CommunityType, ExperienceLevel, Interest, MemberType, SignUpRegion } from '../schemas/vocabulary.js';
import { defineMessages, messagesIn, plural, type Locale, type TranslationLoader } from './catalogue.js';

/** Strings the shared form partials and the announcer use (English; the Welsh is core-messages.cy.ts). */
const coreEnglish = {
  errorPrefix: 'Error',
  errorSummaryTitle: 'There is a problem',
  optional: '(optional)',
  or: 'or',
  success: 'Success',
  important: 'Important',
  busy: 'Sending',
  loadProblem: 'It may be the connection or the website. Try again, or come back later.',
  retry: 'Try again',
  charactersLeft: (locale: Locale, count: number) =>
    plural(locale, count, {
      one: 'You have {count} character remaining',
      other: 'You have {count} characters remaining',
    }),
  charactersTooMany: (locale: Locale, count: number) =>
    plural(locale, count, {
      one: 'You have {count} character too many',
      other: 'You have {count} characters too many',
    }),
};

export type CoreMessages = typeof coreEnglish;

export const coreMessages = defineMessages<CoreMessages, TranslationLoader<CoreMessages>>({
  en: coreEnglish,
  cy: () => import('./core-messages.cy.js'),
});

export interface VocabularyLabels {
  region: Record<SignUpRegion, string>;
  memberType: Record<MemberType, string>;
  communityType: Record<CommunityType, string>;
  experience: Record<ExperienceLevel, string>;
  interest: Record<Interest, string>;
}

/**
 * Names of the shared vocabulary (schemas/vocabulary.ts) — used by the form, the list, the map and the
 * receiver. The Welsh comes on demand: a widget that shows these lists `vocabularyLabels` in its
 * `static catalogues` and reads them with `vocabularyIn(locale)`.
 */
export const vocabularyLabels = defineMessages<VocabularyLabels, TranslationLoader<VocabularyLabels>>({
  en: {
    region: {
      'north-east': 'North East',
      'north-west': 'North West',
      'yorkshire-and-the-humber': 'Yorkshire and The Humber',
      'east-midlands': 'East Midlands',
      'west-midlands': 'West Midlands',
      'east-of-england': 'East of England',
      london: 'London',
      'south-east': 'South East',
      'south-west': 'South West',
      scotland: 'Scotland',
      wales: 'Wales',
      'northern-ireland': 'Northern Ireland',
      'outside-uk': 'Outside the UK',
    },
    memberType: {
      individual: 'Individual',
      'community-group': 'Community group',
      'not-for-profit-business': 'Not-for-profit business',
      'partner-organisation': 'Partner organisation',
      researcher: 'Researcher',
      'freelance-practitioner': 'Freelance practitioner',
      other: 'Other',
    },
    communityType: {
      'place-based': 'Place-based',
      'shared-experience': 'Shared experience, interest or need',
      both: 'Both',
    },
    experience: {
      new: 'New to community tech',
      some: 'Some experience',
      experienced: 'Experienced',
      'very-experienced': 'Very experienced',
    },
    interest: {
      'action-learning-sets': 'Action learning sets',
      'deep-dives': 'Deep dives on topics',
      'peer-drop-ins': 'Peer drop-ins',
      'one-to-one-sessions': 'One-to-one sessions with experts',
      events: 'Events',
      'funding-news': 'Funding news',
    },
  },
  cy: () => import('./vocabulary.cy.js'),
});

/** The vocabulary's names in `locale` (English until a widget has fetched the Welsh). */
export function vocabularyIn(locale: Locale): VocabularyLabels {
  return messagesIn(vocabularyLabels, locale);
}
