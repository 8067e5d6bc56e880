import type { FromSchema } from 'json-schema-to-ts';
import { COMMUNITY_TYPES, EXPERIENCE_LEVELS, INTERESTS, LOCALES, MEMBER_TYPES, SIGN_UP_REGIONS } from './vocabulary.js';
import { EQUALITY } from './equality.js';

/** Loose on purpose, like GOV.UK: the receiver confirms by email, so the pattern only catches slips. */
export const EMAIL_PATTERN = '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$';
export const EMAIL_MAX_LENGTH = 254;
export const LIST_PATTERN = '^[a-z0-9][a-z0-9-]{0,39}$';
/**
 * Limits the form checks before sending, as numbers of their own: the form imports these, not
 * `signUpSchema`, so the schema (0.9 kB gzip) stays out of the browser bundle.
 */
export const NAME_MAX_LENGTH = 200;
export const ORGANISATION_MAX_LENGTH = 200;
export const SELF_DESCRIBE_MAX_LENGTH = 100;

// Pure (the annotation lets a bundler drop `signUpSchema` from a page that only needs the limits).
const enumOf = /* #__NO_SIDE_EFFECTS__ */ <T extends readonly string[]>(values: T) =>
  ({ type: 'string', enum: values }) as const;
const text = /* #__NO_SIDE_EFFECTS__ */ (maxLength: number) => ({ type: 'string', maxLength }) as const;

/**
 * The sign-up payload: what `ct-sign-up-form` POSTs and `@ctkit/receiver` accepts. This JSON Schema is
 * the one definition: the receiver validates with it, the form checks the same limits (the constants above), and the
 * TypeScript type below is derived from it.
 *
 * Access needs and equality answers are separate objects on purpose: they are special category data,
 * stored apart and never forwarded to a mailing provider.
 */
export const signUpSchema = {
  $id: 'https://ctkit.org.uk/schemas/sign-up.json',
  type: 'object',
  additionalProperties: false,
  required: ['submissionId', 'list', 'email', 'consent', 'locale'],
  properties: {
    // Every pattern has a length limit too: a server checks the length first, so no pattern is ever run on
    // more than a few hundred characters whatever a client sends.
    submissionId: { type: 'string', maxLength: 64, pattern: '^[A-Za-z0-9_-]{8,64}$' },
    list: { type: 'string', maxLength: 40, pattern: LIST_PATTERN },
    eventId: { type: 'string', minLength: 1, maxLength: 100 },
    email: { type: 'string', maxLength: EMAIL_MAX_LENGTH, pattern: EMAIL_PATTERN },
    name: text(NAME_MAX_LENGTH),
    organisation: text(ORGANISATION_MAX_LENGTH),
    memberType: enumOf(MEMBER_TYPES),
    communityType: enumOf(COMMUNITY_TYPES),
    region: enumOf(SIGN_UP_REGIONS),
    experience: enumOf(EXPERIENCE_LEVELS),
    interests: { type: 'array', items: enumOf(INTERESTS), uniqueItems: true, maxItems: INTERESTS.length },
    accessNeeds: {
      type: 'object',
      additionalProperties: false,
      required: ['needs'],
      properties: {
        needs: {
          type: 'array',
          items: { type: 'string', maxLength: 60, pattern: '^[a-z0-9][a-z0-9-]{0,59}$' },
          uniqueItems: true,
          maxItems: 60,
        },
        other: text(1000),
        contact: { type: 'boolean' },
      },
    },
    equality: {
      type: 'object',
      additionalProperties: false,
      properties: {
        ageGroup: enumOf(EQUALITY.ageGroup),
        disability: enumOf(EQUALITY.disability),
        ethnicity: enumOf(EQUALITY.ethnicity),
        gender: enumOf(EQUALITY.gender),
        genderSelfDescribe: text(SELF_DESCRIBE_MAX_LENGTH),
        trans: enumOf(EQUALITY.trans),
        sexualOrientation: enumOf(EQUALITY.sexualOrientation),
        sexualOrientationSelfDescribe: text(SELF_DESCRIBE_MAX_LENGTH),
        socioEconomic: enumOf(EQUALITY.socioEconomic),
      },
    },
    consent: {
      type: 'object',
      additionalProperties: false,
      required: ['given', 'text', 'textVersion', 'privacyUrl', 'at'],
      properties: {
        given: { type: 'boolean', const: true },
        text: { type: 'string', minLength: 1, maxLength: 2000 },
        textVersion: { type: 'string', minLength: 1, maxLength: 50 },
        privacyUrl: { type: 'string', maxLength: 2000 },
        at: { type: 'string', maxLength: 40, pattern: '^\\d{4}-\\d{2}-\\d{2}T' },
      },
    },
    pageUrl: text(2000),
    locale: enumOf(LOCALES),
    flags: {
      type: 'object',
      additionalProperties: false,
      properties: { honeypot: { type: 'boolean' }, tooFast: { type: 'boolean' } },
    },
  },
} as const;

export type SignUpPayload = FromSchema<typeof signUpSchema>;

/** The receiver's answer to a sign-up it accepted (201), or to a repeat of one (same answer). */
export interface SignUpAccepted {
  status: 'subscribed' | 'pending-confirmation';
}

/**
 * The receiver's answer to a sign-up it refused (422): a message for each field, keyed by the payload
 * property name (`email`, `consent`, `accessNeeds` …), written for the person filling in the form.
 */
export interface SignUpRejected {
  errors: Record<string, string>;
}
