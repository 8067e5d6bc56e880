import '@ctkit/sign-up-form';
import '@ctkit/access-needs';
import '@ctkit/event-card';
import '@ctkit/event-list';
import '@ctkit/community-map';
import type { SignUpSuccessDetail } from '@ctkit/sign-up-form';
import type { MembersLoadDetail } from '@ctkit/community-map';
import { events, members } from '../../shared/data';
import { checkUpgrades, report } from '../../shared/report';

// Tags are typed (HTMLElementTagNameMap), so are their properties.
const form = document.querySelector('ct-sign-up-form');
if (form) {
  form.headingLevel = 2;
  // ct-* events are typed on the element, the document and the window.
  form.addEventListener('ct-success', (event) => {
    const detail: SignUpSuccessDetail = event.detail;
    report.events.push(`ct-success:${detail.status}`);
  });
  form.addEventListener('ct-submit', (event) => event.respondWith({ status: 'subscribed' }));
}

const list = document.querySelector('ct-event-list');
if (list) list.events = events;

document.addEventListener('ct-members-loaded', (event) => {
  const detail: MembersLoadDetail = event.detail;
  report.events.push(`ct-members-loaded:${String(detail.members.length)}`);
});

const map = document.querySelector('ct-community-map');
if (map) map.members = members;

void checkUpgrades();

/** Never called: each line must fail to compile, or tsc reports an unused directive. */
export function typeErrors(form: HTMLElementTagNameMap['ct-sign-up-form']): void {
  // @ts-expect-error headingLevel is a number
  form.headingLevel = 'two';
  // @ts-expect-error ct-success's detail has no `nope`
  form.addEventListener('ct-success', (event) => event.detail.nope);
  // @ts-expect-error ct-members-loaded's members is an array, not a number
  window.addEventListener('ct-members-loaded', (event) => event.detail.members.toFixed());
  // @ts-expect-error not a ctkit element: querySelector gives a plain Element
  document.querySelector('ct-not-a-widget')?.updateComplete;
}
