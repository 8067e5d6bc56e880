import { Ajv, type ErrorObject } from 'ajv';
import { signUpSchema, type SignUpPayload } from '../../core/src/schemas/sign-up.js';
import type { Locale } from '../../core/src/schemas/vocabulary.js';
import { messages } from './messages.js';

// The one shared schema, compiled as is: no coercion, no silent removal of unknown fields, every error.
const ajv = new Ajv({ allErrors: true, coerceTypes: false, removeAdditional: false, useDefaults: false, strict: false });
const validateSchema = ajv.compile<SignUpPayload>(signUpSchema);

/** 422 body: one message per payload key, in the form's language. */
export type FieldErrors = Record<string, string>;

export type Validation = { ok: true; payload: SignUpPayload } | { ok: false; errors: FieldErrors };

function keyOf(e: ErrorObject): string {
  const top = e.instancePath.split('/')[1];
  if (top) return top;
  const p = e.params as { missingProperty?: string; additionalProperty?: string };
  return p.missingProperty ?? p.additionalProperty ?? 'body';
}

function messageFor(key: string, e: ErrorObject, locale: Locale): string {
  const m = messages[locale];
  const kw = e.keyword;
  switch (key) {
    case 'email':
      if (kw === 'required') return m.emailMissing;
      if (kw === 'maxLength') return m.emailTooLong;
      return m.emailFormat;
    case 'consent': {
      const sub = e.instancePath.split('/')[2] ?? (e.params as { missingProperty?: string }).missingProperty;
      if (kw === 'required' && e.instancePath === '') return m.consentMissing;
      if (sub === 'given' || (kw === 'type' && e.instancePath === '/consent')) return m.consentMissing;
      return m.consentSetup;
    }
    case 'name':
      return kw === 'maxLength' ? m.nameTooLong : m.nameInvalid;
    case 'organisation':
      return kw === 'maxLength' ? m.organisationTooLong : m.organisationInvalid;
    case 'memberType':
      return m.memberType;
    case 'communityType':
      return m.communityType;
    case 'region':
      return m.region;
    case 'experience':
      return m.experience;
    case 'interests':
      return m.interests;
    case 'list':
      return m.listUnknown;
    case 'accessNeeds':
      return m.accessNeeds;
    case 'equality':
      return m.equality;
    default:
      return kw === 'additionalProperties' ? m.unknownField : m.invalidField;
  }
}

/**
 * Validates a payload against `signUpSchema` (from @ctkit/core — the same schema the form is built from)
 * and the receiver's list allowlist. Error keys are payload property names, one message each.
 */
export function validateSignUp(body: unknown, lists: readonly string[], locale: Locale): Validation {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return { ok: false, errors: { body: messages[locale].notAnObject } };
  const errors: FieldErrors = {};
  if (!validateSchema(body)) {
    for (const e of validateSchema.errors ?? []) {
      const key = keyOf(e);
      errors[key] ??= messageFor(key, e, locale);
    }
  }
  const list = (body as { list?: unknown }).list;
  if (!errors.list && typeof list === 'string' && !lists.includes(list)) errors.list = messages[locale].listUnknown;
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, payload: body as SignUpPayload };
}

/** The form's language when it says one, else English. */
export function localeOf(body: unknown): Locale {
  const l = body && typeof body === 'object' ? (body as { locale?: unknown }).locale : undefined;
  return l === 'cy' ? 'cy' : 'en';
}
