/**
 * Stable ids shared by the widgets, the receiver and the data feeds. Their user-facing names live in
 * the message catalogue (packages/core/src/localize/core-messages.ts), in English and Welsh.
 */

/** The 12 UK regions (ITL1), plus "outside the UK" for sign-ups. */
export const UK_REGIONS = [
  'north-east',
  'north-west',
  'yorkshire-and-the-humber',
  'east-midlands',
  'west-midlands',
  'east-of-england',
  'london',
  'south-east',
  'south-west',
  'scotland',
  'wales',
  'northern-ireland',
] as const;
export type UkRegion = (typeof UK_REGIONS)[number];

export const SIGN_UP_REGIONS = [...UK_REGIONS, 'outside-uk'] as const;
export type SignUpRegion = (typeof SIGN_UP_REGIONS)[number];

export const MEMBER_TYPES = [
  'individual',
  'community-group',
  'not-for-profit-business',
  'partner-organisation',
  'researcher',
  'freelance-practitioner',
  'other',
] as const;
export type MemberType = (typeof MEMBER_TYPES)[number];

export const COMMUNITY_TYPES = ['place-based', 'shared-experience', 'both'] as const;
export type CommunityType = (typeof COMMUNITY_TYPES)[number];

export const EXPERIENCE_LEVELS = ['new', 'some', 'experienced', 'very-experienced'] as const;
export type ExperienceLevel = (typeof EXPERIENCE_LEVELS)[number];

export const INTERESTS = [
  'action-learning-sets',
  'deep-dives',
  'peer-drop-ins',
  'one-to-one-sessions',
  'events',
  'funding-news',
] as const;
export type Interest = (typeof INTERESTS)[number];

export const LOCALES = ['en', 'cy'] as const;
export type Locale = (typeof LOCALES)[number];
