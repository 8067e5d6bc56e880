import { Ajv, type ErrorObject } from 'ajv';
import {
  EMAIL_MAX_LENGTH,
  EMAIL_PATTERN,
  NAME_MAX_LENGTH,
  ORGANISATION_MAX_LENGTH,
  signUpSchema,
  type Locale,
  type SignUpPayload,
} from '@ctkit/core/schemas';
import { signUpErrors, signUpErrorsCy } from '@ctkit/core/messages';
import { messages } from './messages.js';

/** `\s` in a JavaScript pattern: the characters EMAIL_PATTERN refuses besides `@`. */
function isSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Characters that show as nothing, or change the direction text is shown in: in an email address they make two
 * addresses that look the same (or one that looks like another), so they are refused. Controls, soft hyphen,
 * zero-width characters, direction marks, embeddings, overrides and isolates, invisible operators, fillers,
 * variation selectors, the byte order mark, and tag characters (U+E0000–E01EF: high surrogate 0xDB40).
 */
function isInvisible(c: number, next: number): boolean {
  return (
    (c < 0x20 && !(c >= 9 && c <= 13)) ||
    (c >= 0x7f && c <= 0x9f) ||
    c === 0xad ||
    c === 0x34f ||
    c === 0x61c ||
    c === 0x115f ||
    c === 0x1160 ||
    c === 0x17b4 ||
    c === 0x17b5 ||
    (c >= 0x180b && c <= 0x180f) ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x206f) ||
    c === 0x3164 ||
    (c >= 0xfe00 && c <= 0xfe0f) ||
    c === 0xfeff ||
    c === 0xffa0 ||
    (c >= 0xfff9 && c <= 0xfffb) ||
    (c === 0xdb40 && next >= 0xdc00 && next <= 0xddef)
  );
}

/**
 * What is wrong with an email address, if anything: `invisible` (see isInvisible), or `format` — EMAIL_PATTERN
 * (`^[^\s@]+@[^\s@]+\.[^\s@]+$`) checked without a regular expression, in one pass reading each character
 * once. (That pattern backtracks: on `a@....@` its work grows with the square of the length.) Callers check the
 * length first.
 */
export function emailProblem(s: string): 'invisible' | 'format' | null {
  const last = s.length - 1;
  let at = -1;
  let dot = false;
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    if (c === 64) {
      if (at !== -1) return 'format';
      at = i;
    } else if (isInvisible(c, c === 0xdb40 ? s.charCodeAt(i + 1) : 0)) return 'invisible';
    else if (isSpace(c)) return 'format';
    else if (c === 46 && at !== -1 && i > at + 1 && i < last) dot = true;
  }
  return at > 0 && dot ? null : 'format';
}

/**
 * The one shared schema, with every `pattern` checked only within its field's length limit (a string over it
 * fails `maxLength`, which reports it, and meets no pattern) and the email parsed without a pattern at all.
 * Validation work is then linear in the body, whatever a client sends.
 */
function bounded(node: unknown, path = ''): unknown {
  if (Array.isArray(node)) return node.map((n, i) => bounded(n, `${path}/${i}`));
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = k === 'enum' || k === 'const' ? v : bounded(v, `${path}/${k}`);
  if (typeof out.pattern === 'string') {
    if (typeof out.maxLength !== 'number') throw new Error(`signUpSchema${path}: a pattern needs a maxLength`);
    if (out.pattern === EMAIL_PATTERN) out.emailAddress = out.maxLength;
    else out.boundedPattern = { pattern: out.pattern, max: out.maxLength };
    delete out.pattern;
  }
  return out;
}

// No coercion, no silent removal of unknown fields, every error.
const ajv = new Ajv({
  allErrors: true,
  coerceTypes: false,
  removeAdditional: false,
  useDefaults: false,
  strict: false,
});
// maxLength counts code points; a string of more than 2 × max UTF-16 units has more than max code points, so
// maxLength has already failed it: the pattern is not tried.
ajv.addKeyword({
  keyword: 'boundedPattern',
  type: 'string',
  schemaType: 'object',
  errors: false,
  compile: ({ pattern, max }: { pattern: string; max: number }) => {
    const re = new RegExp(pattern, 'u');
    return (data: string) => data.length > 2 * max || re.test(data);
  },
});
ajv.addKeyword({
  keyword: 'emailAddress',
  type: 'string',
  schemaType: 'number',
  compile: (max: number) => {
    const check: ((data: string) => boolean) & { errors?: Partial<ErrorObject>[] } = (data: string): boolean => {
      const problem = data.length > 2 * max ? null : emailProblem(data);
      check.errors = problem ? [{ keyword: 'emailAddress', params: { problem } }] : undefined;
      return !problem;
    };
    return check;
  },
});
const validateSchema = ajv.compile<SignUpPayload>(bounded(signUpSchema) as typeof signUpSchema);

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
  const shared = locale === 'cy' ? signUpErrorsCy : signUpErrors;
  const kw = e.keyword;
  switch (key) {
    case 'email':
      if (kw === 'required') return shared.emailMissing;
      if (kw === 'maxLength') return shared.emailTooLong(EMAIL_MAX_LENGTH);
      if (kw === 'emailAddress' && (e.params as { problem?: string }).problem === 'invisible') return m.emailInvisible;
      return shared.emailFormat;
    case 'consent': {
      const sub = e.instancePath.split('/')[2] ?? (e.params as { missingProperty?: string }).missingProperty;
      if (kw === 'required' && e.instancePath === '') return shared.consentMissing(m.defaultOrg);
      if (sub === 'given' || (kw === 'type' && e.instancePath === '/consent'))
        return shared.consentMissing(m.defaultOrg);
      return m.consentSetup;
    }
    case 'name':
      return kw === 'maxLength' ? shared.nameTooLong(NAME_MAX_LENGTH) : m.nameInvalid;
    case 'organisation':
      return kw === 'maxLength' ? shared.organisationTooLong(ORGANISATION_MAX_LENGTH) : m.organisationInvalid;
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
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    return { ok: false, errors: { body: messages[locale].notAnObject } };
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
