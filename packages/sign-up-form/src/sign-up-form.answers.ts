/**
 * What `ct-sign-up-form` asks and sends, as pure functions of the answers: the questions shown, the
 * validation, the payload and the consent wording. No rendering, no network — so each rule can be
 * read, and tested, on its own. The element (sign-up-form.ts) gathers the inputs; the submission
 * (sign-up-form.submission.ts) sends the result.
 */
import {
  COMMUNITY_TYPES,
  EMAIL_MAX_LENGTH,
  EMAIL_PATTERN,
  EQUALITY,
  EXPERIENCE_LEVELS,
  INTERESTS,
  MEMBER_TYPES,
  SIGN_UP_REGIONS,
  NAME_MAX_LENGTH,
  ORGANISATION_MAX_LENGTH,
  type Locale,
  type SignUpAccepted,
  type SignUpPayload,
} from '@ctkit/core';
import type { SignUpMessages } from './messages.js';
import type { EqualityAnswers } from './equality.js';

/** The optional questions, in the order they appear on the page. */
export const SIGN_UP_FIELDS = [
  'name',
  'organisation',
  'member-type',
  'community-type',
  'region',
  'experience',
  'interests',
  'access-needs',
  'equality',
] as const;
export type SignUpField = (typeof SIGN_UP_FIELDS)[number];

/** What the person has answered so far (everything but access needs, which its own element holds). */
export interface SignUpAnswers {
  email: string;
  name: string;
  organisation: string;
  memberType: string;
  communityType: string;
  region: string;
  experience: string;
  interests: string[];
  equality: EqualityAnswers;
  consent: boolean;
}

export const emptyAnswers = (): SignUpAnswers => ({
  email: '',
  name: '',
  organisation: '',
  memberType: '',
  communityType: '',
  region: '',
  experience: '',
  interests: [],
  equality: {},
  consent: false,
});

/** The single-choice questions: each one's answer key (also its field id, message and vocabulary key) and answers. */
export const SINGLE_CHOICE = {
  'member-type': ['memberType', MEMBER_TYPES],
  'community-type': ['communityType', COMMUNITY_TYPES],
  region: ['region', SIGN_UP_REGIONS],
  experience: ['experience', EXPERIENCE_LEVELS],
} as const;

/**
 * The optional questions `fields` (space-separated) asks for, in page order, and the names it gives that
 * are not questions. An event registration (`eventId`) always asks about access needs.
 */
export function parseFields(fields: string, eventId: string): { shown: SignUpField[]; unknown: string[] } {
  const asked = fields.split(/\s+/).filter(Boolean);
  const unknown = asked.filter((f) => !(SIGN_UP_FIELDS as readonly string[]).includes(f));
  const shown = SIGN_UP_FIELDS.filter((f) => asked.includes(f) || (f === 'access-needs' && Boolean(eventId)));
  return { shown, unknown };
}

/** Ids of the fields on the page, in order: the error summary lists errors in this order. */
export function fieldOrder(shown: readonly SignUpField[], equalityIds: readonly string[]): string[] {
  const ids: string[] = [];
  for (const f of ['name', 'email', ...shown.filter((s) => s !== 'name')]) {
    if (f === 'name' && !shown.includes('name')) continue;
    if (f === 'equality') ids.push(...equalityIds);
    else ids.push(f.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()));
  }
  ids.push('consent');
  return ids;
}

/** Payload keys (and nested `equality.x` keys) to the id of the field that shows their error. */
export function fieldIdFor(key: string): string {
  const [head, sub] = key.split(/[./]/);
  if (head === 'equality') return `equality-${sub && sub in EQUALITY ? sub : 'ageGroup'}`;
  return head ?? key;
}

/**
 * The consent wording as plain text, as the form shows it (the privacy link's address in brackets): what
 * the form records with each sign-up, and what a fallback form's hidden `consentText` must say. `orgName`
 * '' means the partner gave none.
 */
export function consentText(m: SignUpMessages, orgName: string, privacyUrl: string): string {
  const named = orgName.trim();
  const privacy = privacyUrl ? `${m.privacyBefore}${m.privacyLink(named)} (${privacyUrl}).` : m.privacyNone(named);
  return `${m.consentLabel(named || m.defaultOrg)}. ${m.consentHint} ${privacy}`;
}

/** Changes when the consent wording changes, so the receiver knows which text a person agreed to. */
export const CONSENT_TEXT_VERSION = '2026-11-25.2';

const EMAIL_RE = new RegExp(EMAIL_PATTERN);

/** The `ct-access-needs` contract the form relies on (the element may not be defined yet: it comes on demand). */
export interface AccessNeedsQuestion extends HTMLElement {
  value?: { needs: string[]; other?: string; contact?: boolean };
  error?: string;
  checkValidity?: () => boolean;
  validationMessage?: string;
}

/** What validation needs besides the answers: the questions shown, the words, and the parts' own checks. */
export interface ValidationInput {
  shown: readonly SignUpField[];
  m: SignUpMessages;
  /** The organisation as the consent box names it. */
  org: string;
  /** The access-needs question, when it is shown. */
  accessNeeds?: AccessNeedsQuestion | null | undefined;
  /** The equality step's errors, by field id, when it is shown and has arrived. */
  equalityErrors?: Record<string, string> | undefined;
}

/** Errors by field id; empty when the answers can be sent. */
export function validateAnswers(
  a: SignUpAnswers,
  { shown, m, org, accessNeeds, equalityErrors }: ValidationInput,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (shown.includes('name') && a.name.trim().length > NAME_MAX_LENGTH) errors.name = m.nameTooLong(NAME_MAX_LENGTH);
  const email = a.email.trim();
  if (!email) errors.email = m.emailMissing;
  else if (email.length > EMAIL_MAX_LENGTH) errors.email = m.emailTooLong(EMAIL_MAX_LENGTH);
  else if (!EMAIL_RE.test(email)) errors.email = m.emailFormat;
  if (shown.includes('organisation') && a.organisation.trim().length > ORGANISATION_MAX_LENGTH)
    errors.organisation = m.organisationTooLong(ORGANISATION_MAX_LENGTH);
  if (accessNeeds && typeof accessNeeds.checkValidity === 'function' && !accessNeeds.checkValidity()) {
    // The element's own message when it has one; ours when it is empty.
    errors.accessNeeds = [accessNeeds.validationMessage, m.accessNeedsInvalid].find(Boolean) ?? m.accessNeedsInvalid;
  }
  if (equalityErrors) Object.assign(errors, equalityErrors);
  if (!a.consent) errors.consent = m.consentMissing(org);
  return errors;
}

/** Everything in a payload that does not come from the answers. */
export interface PayloadInput {
  submissionId: string;
  list: string;
  eventId: string;
  shown: readonly SignUpField[];
  locale: Locale;
  /** The consent wording as plain text, exactly as shown (see consentText). */
  consentText: string;
  privacyUrl: string;
  now: Date;
  pageUrl: string;
  flags: { honeypot: boolean; tooFast: boolean };
  /** The access-needs question's value, when it is shown. */
  accessNeeds?: AccessNeedsQuestion['value'];
  /** The equality step's answers as the payload carries them, when it is shown and has arrived. */
  equality?: SignUpPayload['equality'];
}

/** The payload sent to the receiver: only known answers to questions on the page, trimmed. */
export function buildPayload(a: SignUpAnswers, input: PayloadInput): SignUpPayload {
  const shown = new Set(input.shown);
  const payload: SignUpPayload = {
    submissionId: input.submissionId,
    list: input.list,
    email: a.email.trim(),
    consent: {
      given: true,
      text: input.consentText,
      textVersion: `${CONSENT_TEXT_VERSION}-${input.locale}`,
      privacyUrl: input.privacyUrl,
      at: input.now.toISOString(),
    },
    pageUrl: input.pageUrl,
    locale: input.locale,
    flags: input.flags,
  };
  if (input.eventId) payload.eventId = input.eventId;
  if (shown.has('name') && a.name.trim()) payload.name = a.name.trim();
  if (shown.has('organisation') && a.organisation.trim()) payload.organisation = a.organisation.trim();
  for (const [f, [key, values]] of Object.entries(SINGLE_CHOICE)) {
    // Only a known answer to a question on the page: the schema's enums are these same lists.
    if (shown.has(f as SignUpField) && (values as readonly string[]).includes(a[key]))
      Object.assign(payload, { [key]: a[key] });
  }
  if (shown.has('interests')) {
    const interests = INTERESTS.filter((i) => a.interests.includes(i));
    if (interests.length) payload.interests = interests;
  }
  const needs = shown.has('access-needs') ? input.accessNeeds : undefined;
  if (needs && Array.isArray(needs.needs) && (needs.needs.length || needs.other || needs.contact)) {
    payload.accessNeeds = {
      needs: [...needs.needs],
      ...(needs.other ? { other: needs.other } : {}),
      ...(needs.contact ? { contact: true } : {}),
    };
  }
  if (shown.has('equality') && input.equality) payload.equality = input.equality;
  return payload;
}

/** The receiver's verdict on a delivered sign-up. */
export function statusOf(body: unknown): SignUpAccepted['status'] {
  return (body as Partial<SignUpAccepted> | null)?.status === 'pending-confirmation'
    ? 'pending-confirmation'
    : 'subscribed';
}

/** The receiver's field errors (payload key → message), leaving out anything that is not a message. */
export function errorsOf(body: unknown): Record<string, string> {
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (!errors || typeof errors !== 'object') return {};
  return Object.fromEntries(
    Object.entries(errors as Record<string, unknown>).filter(
      (e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '',
    ),
  );
}
