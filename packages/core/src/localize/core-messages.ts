import type { CommunityType, ExperienceLevel, Interest, MemberType, SignUpRegion } from '../schemas/vocabulary.js';
import { defineMessages, plural, type Locale } from './catalogue.js';

/** Strings the shared form partials and the announcer use. */
export const coreMessages = defineMessages({
  en: {
    errorPrefix: 'Error',
    errorSummaryTitle: 'There is a problem',
    optional: '(optional)',
    or: 'or',
    success: 'Success',
    important: 'Important',
    busy: 'Sending',
    charactersLeft: (locale: Locale, count: number) =>
      plural(locale, count, { one: 'You have {count} character remaining', other: 'You have {count} characters remaining' }),
    charactersTooMany: (locale: Locale, count: number) =>
      plural(locale, count, { one: 'You have {count} character too many', other: 'You have {count} characters too many' }),
  },
  cy: {
    errorPrefix: 'Gwall',
    errorSummaryTitle: 'Mae problem wedi codi',
    optional: '(dewisol)',
    or: 'neu',
    success: 'Llwyddiant',
    important: 'Pwysig',
    busy: 'Wrthi’n anfon',
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
  },
});

export type CoreMessages = (typeof coreMessages)['en'];

interface VocabularyLabels {
  region: Record<SignUpRegion, string>;
  memberType: Record<MemberType, string>;
  communityType: Record<CommunityType, string>;
  experience: Record<ExperienceLevel, string>;
  interest: Record<Interest, string>;
}

/** Names of the shared vocabulary (schemas/vocabulary.ts) — used by the form, the map and the receiver. */
export const vocabularyLabels: Record<Locale, VocabularyLabels> = {
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
  cy: {
    region: {
      'north-east': 'Gogledd-ddwyrain Lloegr',
      'north-west': 'Gogledd-orllewin Lloegr',
      'yorkshire-and-the-humber': 'Swydd Efrog a’r Humber',
      'east-midlands': 'Dwyrain Canolbarth Lloegr',
      'west-midlands': 'Gorllewin Canolbarth Lloegr',
      'east-of-england': 'Dwyrain Lloegr',
      london: 'Llundain',
      'south-east': 'De-ddwyrain Lloegr',
      'south-west': 'De-orllewin Lloegr',
      scotland: 'Yr Alban',
      wales: 'Cymru',
      'northern-ireland': 'Gogledd Iwerddon',
      'outside-uk': 'Y tu allan i’r DU',
    },
    memberType: {
      individual: 'Unigolyn',
      'community-group': 'Grŵp cymunedol',
      'not-for-profit-business': 'Busnes nid-er-elw',
      'partner-organisation': 'Sefydliad partner',
      researcher: 'Ymchwilydd',
      'freelance-practitioner': 'Ymarferydd llawrydd',
      other: 'Arall',
    },
    communityType: {
      'place-based': 'Yn seiliedig ar le',
      'shared-experience': 'Profiad, diddordeb neu angen a rennir',
      both: 'Y ddau',
    },
    experience: {
      new: 'Newydd i dechnoleg gymunedol',
      some: 'Rhywfaint o brofiad',
      experienced: 'Profiadol',
      'very-experienced': 'Profiadol iawn',
    },
    interest: {
      'action-learning-sets': 'Setiau dysgu gweithredol',
      'deep-dives': 'Sesiynau manwl ar bynciau',
      'peer-drop-ins': 'Sesiynau galw heibio gyda chymheiriaid',
      'one-to-one-sessions': 'Sesiynau un-i-un gydag arbenigwyr',
      events: 'Digwyddiadau',
      'funding-news': 'Newyddion am gyllid',
    },
  },
};
