import { elementUpdated } from '@open-wc/testing';
import { pendingSubmissions, type PendingSubmission } from '@ctkit/core/storage';
import type { SignUpPayload } from '@ctkit/core';
import type { CtSignUpForm } from '@ctkit/sign-up-form';
import { waitFor } from '../../../tests/support/helpers.js';

export const QUEUE_KEY = 'ctkit:pending-submissions';

/** This test page's own state on the test receiver (Chromium and Firefox share the server). */
export const RUN = Math.random().toString(36).slice(2);

/** A test receiver URL, e.g. `api('/ok')` → `/test-api/sign-ups/ok?run=…`. */
export function api(path = ''): string {
  return `/test-api/sign-ups${path}?run=${RUN}`;
}

export interface Attempt {
  scenario: string;
  key: string;
  body: SignUpPayload;
  contentType: string;
  /** The socket was destroyed (a network failure). */
  dropped?: boolean;
}
export interface Log {
  attempts: Attempt[];
  records: { key: string; body: SignUpPayload }[];
}

export async function serverLog(): Promise<Log> {
  return (await (await fetch(api())).json()) as Log;
}

/** A clean slate: no queue, no drafts, an empty test receiver. */
export async function reset(): Promise<void> {
  pendingSubmissions().stop();
  for (const key of Object.keys(localStorage))
    if (key === QUEUE_KEY || key.startsWith(`${QUEUE_KEY}/`)) localStorage.removeItem(key);
  sessionStorage.clear();
  await fetch(api(), { method: 'DELETE' });
}

export function root(el: CtSignUpForm): ShadowRoot {
  return el.shadowRoot!;
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the element type it expects
export function $<T extends Element = HTMLElement>(el: CtSignUpForm, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in ct-sign-up-form`);
  return found;
}

/** Types into a text field as a person would (one input event with the whole value). */
export async function typeInto(el: CtSignUpForm, id: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, `#${id}`);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await elementUpdated(el);
}

export async function click(el: CtSignUpForm, selector: string): Promise<void> {
  $(el, selector).click();
  await elementUpdated(el);
}

/** Email + consent: the least a valid sign-up needs. */
export async function fillValid(el: CtSignUpForm, email = 'sam@example.org'): Promise<void> {
  await typeInto(el, 'email', email);
  await click(el, '#consent');
}

export async function pressSubmit(el: CtSignUpForm): Promise<void> {
  $(el, 'button[type="submit"]').click();
  await elementUpdated(el);
}

export async function waitForState(
  el: CtSignUpForm,
  state: CtSignUpForm['state'],
  message = `state ${state}`,
): Promise<void> {
  await waitFor(() => el.state === state, message);
  await elementUpdated(el);
}

export { deepActiveElement } from '../../../tests/support/helpers.js';

/** What the browser holds for retry (read through the queue: an entry per sign-up). */
export function storedQueue(): PendingSubmission[] {
  return pendingSubmissions().list();
}
