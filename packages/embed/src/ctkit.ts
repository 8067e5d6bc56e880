/**
 * The one-script-tag bundle: `<script type="module" src=".../ctkit.js"></script>` registers every ctkit
 * widget. Each registration is guarded (`defineElement`), so loading this twice throws nothing.
 *
 * Small, common widgets are in this entry. Larger or rarer ones are chunks of their own, fetched from the
 * folder of ctkit.js only when their tag is on the page (`lazyDefine`); until a chunk arrives — or if it
 * never does — the element's light-DOM fallback content is what the reader sees.
 */
import { CtAnnouncer, defineElement } from '@ctkit/core';
import '@ctkit/event-card';
import '@ctkit/event-list';
import { lazyDefine } from './lazy.js';

defineElement('ct-announcer', CtAnnouncer);
lazyDefine('ct-sign-up-form', () => import('@ctkit/sign-up-form'));
lazyDefine('ct-access-needs', () => import('./access-needs.js'));
