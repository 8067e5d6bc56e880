import { CONSENT_TEXT_VERSION, consentText, signUpFormMessages } from '@ctkit/sign-up-form';

type Attributes = Record<string, string | number | boolean | undefined>;

/** The snippet with the chosen attributes set on the widget element (empty values remove the attribute). */
export function withAttributes(snippet: string, tag: string, attributes: Attributes): string {
  return chosen(snippet, tag, attributes).innerHTML.trim();
}

function chosen(snippet: string, tag: string, attributes: Attributes): HTMLTemplateElement {
  const template = document.createElement('template');
  template.innerHTML = snippet;
  const el = template.content.querySelector(tag);
  if (!el) throw new Error(`The ${tag} snippet has no <${tag}> element.`);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === '' || value === false || value === undefined) el.removeAttribute(name);
    // A boolean attribute is there or not: `remember=""`, never `remember="true"`.
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  return template;
}

/**
 * The sign-up snippet with the chosen options on the element and on its fallback form too, so a reader
 * without JavaScript posts to the same address and list, and agrees to the same words the widget records
 * (`consentText`, from the form's own messages). The fallback is in English, like the snippet.
 */
export function signUpSnippet(snippet: string, attributes: Attributes): string {
  const template = chosen(snippet, 'ct-sign-up-form', attributes);
  const form = template.content.querySelector('ct-sign-up-form form');
  if (!form) throw new Error('The ct-sign-up-form snippet has no fallback <form>.');
  const value = (name: string) =>
    attributes[name] === undefined || attributes[name] === false ? '' : String(attributes[name]);
  const [action, list, privacyUrl, orgName] = ['action', 'list', 'privacy-url', 'org-name'].map(value) as [
    string,
    string,
    string,
    string,
  ];
  const m = signUpFormMessages.en;
  const hidden = (name: string, to: string) => {
    const input = form.querySelector<HTMLInputElement>(`input[type="hidden"][name="${name}"]`);
    if (!input) throw new Error(`The ct-sign-up-form snippet's fallback form has no hidden ${name}.`);
    input.setAttribute('value', to);
  };
  form.setAttribute('action', action);
  hidden('list', list);
  hidden('privacyUrl', privacyUrl);
  hidden('consentVersion', `${CONSENT_TEXT_VERSION}-en`);
  hidden('consentText', consentText(m, orgName, privacyUrl));
  const label = form.querySelector('label[for="ct-fallback-consent"]');
  const hint = form.querySelector('fieldset p');
  if (!label || !hint) throw new Error('The ct-sign-up-form snippet’s fallback form has no consent label and hint.');
  label.textContent = m.consentLabel(orgName.trim() || m.defaultOrg);
  hint.replaceChildren(`${m.consentHint}\n        `);
  if (privacyUrl) {
    const link = document.createElement('a');
    link.href = privacyUrl;
    link.textContent = m.privacyLink(orgName.trim());
    hint.append(m.privacyBefore, link, '.');
  } else {
    hint.append(m.privacyNone(orgName.trim()));
  }
  return template.innerHTML.trim();
}
