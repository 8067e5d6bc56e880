import {
  COMMUNITY_TYPES,
  EXPERIENCE_LEVELS,
  INTERESTS,
  MEMBER_TYPES,
  SIGN_UP_REGIONS,
  type Locale,
} from '@ctkit/core/schemas';
import { vocabularyLabels, welshVocabulary } from '@ctkit/core/messages';
import { messages } from './messages.js';
import type { FieldErrors } from './validate.js';

/** Escapes text for HTML content and double-quoted attributes. Every echoed value goes through it. */
export function esc(value: string | number | null | undefined): string {
  return String(value ?? '').replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Only http(s) URLs become links (no `javascript:`). */
function safeUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The stylesheet for these pages, served at /api/receiver.css (the CSP allows no inline styles). */
export const PAGE_CSS = `
body { margin: 0 auto; max-width: 40em; padding: 1em; font-family: system-ui, sans-serif; font-size: 1.1875em; line-height: 1.4; color: #0b0c0c; background: #fff; }
a { color: #1d70b8; } a:visited { color: #4c2c92; }
a:focus, input:focus, button:focus, [tabindex]:focus { outline: 3px solid #fd0; outline-offset: 0; box-shadow: 0 0 0 6px #0b0c0c; }
.field { margin: 0 0 1.5em; } .field--error { border-left: 5px solid #d4351c; padding-left: 0.75em; }
label, legend { display: block; font-weight: 700; margin-bottom: 0.25em; }
fieldset { border: 0; padding: 0; margin: 0; }
.hint { color: #484949; margin: 0 0 0.5em; }
.error-message { color: #d4351c; font-weight: 700; margin: 0 0 0.5em; }
input[type=email], input[type=text] { font: inherit; width: 100%; max-width: 30em; box-sizing: border-box; padding: 0.25em; border: 2px solid #0b0c0c; }
.field--error input[type=email], .field--error input[type=text] { border-color: #d4351c; }
.choice { display: flex; gap: 0.5em; align-items: flex-start; margin: 0.5em 0; }
.choice input { width: 1.5em; height: 1.5em; margin: 0; flex: none; }
button { font: inherit; font-weight: 700; padding: 0.5em 1em; color: #fff; background: #00703c; border: 0; box-shadow: 0 2px 0 #002d18; cursor: pointer; }
.error-summary { border: 5px solid #d4351c; padding: 1em; margin-bottom: 2em; }
.error-summary h2 { margin-top: 0; }
.error-summary a { color: #d4351c; font-weight: 700; }
.panel { border: 5px solid #00703c; padding: 1em; }
.visually-hidden { position: absolute !important; width: 1px !important; height: 1px !important; margin: 0 !important; padding: 0 !important; overflow: hidden !important; clip: rect(0 0 0 0) !important; clip-path: inset(50%) !important; border: 0 !important; white-space: nowrap !important; }
@media (forced-colors: active) { .field--error, .error-summary, .panel { border-color: CanvasText; } button { border: 2px solid ButtonText; } }
`;

function page(locale: Locale, title: string, body: string): string {
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(title)}</title>
<link rel="stylesheet" href="/api/receiver.css">
</head>
<body>
<main id="main">
${body}
</main>
</body>
</html>
`;
}

/** "Thank you" (or "Check your email") after a no-JavaScript sign-up. */
export function thankYouPage(locale: Locale, status: 'subscribed' | 'pending-confirmation', backUrl: unknown): string {
  const m = messages[locale];
  const title = status === 'pending-confirmation' ? m.pendingTitle : m.thanksTitle;
  const text = status === 'pending-confirmation' ? m.pendingBody : m.thanksBody;
  const back = safeUrl(backUrl);
  return page(
    locale,
    title,
    `<div class="panel" tabindex="-1" autofocus>
<h1>${esc(title)}</h1>
<p>${esc(text)}</p>
</div>
${back ? `<p><a href="${esc(back)}">${esc(m.backLink)}</a></p>` : ''}`,
  );
}

/**
 * A page for statuses other than 201/422 when the no-JavaScript form posted (400, 413, 415, 429, 500): "your
 * sign-up could not be sent" and why. For any other page (`standalone`: 403, 404), the message is the heading.
 */
export function problemPage(locale: Locale, message: string, standalone = false): string {
  const m = messages[locale];
  if (standalone) return page(locale, message, `<h1>${esc(message)}</h1>`);
  return page(locale, m.problemTitle, `<h1>${esc(m.problemTitle)}</h1>\n<p>${esc(message)}</p>`);
}

type FormValues = Record<string, string | string[] | undefined>;

const str = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));
const arr = (v: string | string[] | undefined): string[] => (Array.isArray(v) ? v : v ? [v] : []);

/**
 * The form again, GOV.UK style: an error summary linking to each field, each field with its message
 * (hidden "Error:" prefix), `aria-invalid` and `aria-describedby`, and everything the person typed kept.
 * Only questions the original form asked are shown again.
 */
export function formPage(locale: Locale, values: FormValues, errors: FieldErrors): string {
  const m = messages[locale];
  // The server has both languages at hand; the widgets fetch the Welsh only when they speak it.
  const labels = locale === 'cy' ? welshVocabulary : vocabularyLabels.en;
  // A question was asked if the form sent it, or lists it in its hidden `fields` (the widget's attribute names:
  // unticked radios and checkboxes send nothing, but must be asked again).
  const declared = str(values.fields)
    .split(/\s+/)
    .map((f) => f.replace(/-([a-z])/g, (_m: string, c: string) => c.toUpperCase()));
  const asked = (key: string) => key in values || declared.includes(key);
  const errorOf = (key: string) =>
    errors[key]
      ? `<p class="error-message" id="${key}-error"><span class="visually-hidden">${esc(m.errorPrefix)}</span> ${esc(errors[key])}</p>`
      : '';
  const fieldClass = (key: string) => `field${errors[key] ? ' field--error' : ''}`;
  const described = (key: string, hint?: string) => {
    const ids = [hint, errors[key] ? `${key}-error` : ''].filter(Boolean).join(' ');
    return ids ? ` aria-describedby="${ids}"` : '';
  };
  const invalid = (key: string) => (errors[key] ? ' aria-invalid="true"' : '');

  const textField = (key: 'name' | 'organisation', autocomplete: string) =>
    asked(key)
      ? `<div class="${fieldClass(key)}">
<label for="${key}">${esc(m[key])} ${esc(m.optional)}</label>
${errorOf(key)}<input type="text" id="${key}" name="${key}" autocomplete="${autocomplete}" maxlength="200" value="${esc(str(values[key]))}"${described(key)}${invalid(key)}>
</div>`
      : '';

  const choices = (
    key: string,
    legend: string,
    options: readonly string[],
    names: Record<string, string>,
    multiple = false,
    hint?: string,
  ) => {
    if (!asked(key)) return '';
    const chosen = arr(values[key]);
    const type = multiple ? 'checkbox' : 'radio';
    const items = options
      .map(
        (o, i) =>
          `<div class="choice"><input type="${type}" id="${i ? `${key}-${o}` : key}" name="${key}" value="${esc(o)}"${chosen.includes(o) ? ' checked' : ''}><label for="${i ? `${key}-${o}` : key}">${esc(names[o] ?? o)}</label></div>`,
      )
      .join('\n');
    return `<div class="${fieldClass(key)}">
<fieldset${described(key, hint ? `${key}-hint` : undefined)}>
<legend>${esc(legend)} ${esc(m.optional)}</legend>
${hint ? `<p class="hint" id="${key}-hint">${esc(hint)}</p>` : ''}${errorOf(key)}${items}
</fieldset>
</div>`;
  };

  // Fields the original form carried without showing them: passed on unchanged (escaped).
  const hidden = ['list', 'eventId', 'locale', 'privacyUrl', 'consentText', 'consentVersion', 'pageUrl', 'fields']
    .filter((k) => k in values)
    .map((k) => `<input type="hidden" name="${k}" value="${esc(str(values[k]))}">`)
    .join('\n');

  const privacy = safeUrl(values.privacyUrl);
  const order = [
    'email',
    'name',
    'organisation',
    'memberType',
    'communityType',
    'region',
    'experience',
    'interests',
    'consent',
  ];
  const summaryKeys = [...order.filter((k) => errors[k]), ...Object.keys(errors).filter((k) => !order.includes(k))];
  const summary = summaryKeys.length
    ? `<div class="error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title">
<h2 id="error-summary-title">${esc(m.errorSummaryTitle)}</h2>
<ul>
${summaryKeys.map((k) => (order.includes(k) ? `<li><a href="#${k}">${esc(errors[k])}</a></li>` : `<li>${esc(errors[k])}</li>`)).join('\n')}
</ul>
</div>`
    : '';

  return page(
    locale,
    `${summaryKeys.length ? `${m.errorTitlePrefix} ` : ''}${m.formTitle}`,
    `${summary}
<h1>${esc(m.formTitle)}</h1>
<form method="post" action="/api/sign-ups" accept-charset="utf-8" novalidate>
${hidden}
<div class="${fieldClass('email')}">
<label for="email">${esc(m.email)}</label>
<p class="hint" id="email-hint">${esc(m.emailHint)}</p>
${errorOf('email')}<input type="email" id="email" name="email" autocomplete="email" spellcheck="false" maxlength="254" value="${esc(str(values.email))}"${described('email', 'email-hint')}${invalid('email')}>
</div>
${textField('name', 'name')}
${textField('organisation', 'organization')}
${choices('memberType', m.memberTypeLegend, MEMBER_TYPES, labels.memberType)}
${choices('communityType', m.communityTypeLegend, COMMUNITY_TYPES, labels.communityType)}
${choices('region', m.regionLegend, SIGN_UP_REGIONS, labels.region)}
${choices('experience', m.experienceLegend, EXPERIENCE_LEVELS, labels.experience)}
${choices('interests', m.interestsLegend, INTERESTS, labels.interest, true, m.interestsHint)}
<div class="${fieldClass('consent')}">
<fieldset${described('consent')}>
<legend>${esc(m.consentLegend)}</legend>
${errorOf('consent')}<div class="choice"><input type="checkbox" id="consent" name="consent" value="yes"${str(values.consent) === 'yes' ? ' checked' : ''}${invalid('consent')}><label for="consent">${esc(str(values.consentText))}</label></div>
${privacy ? `<p><a href="${esc(privacy)}">${esc(m.privacyLink)}</a></p>` : ''}
</fieldset>
</div>
<button type="submit">${esc(m.submit)}</button>
</form>`,
  );
}
