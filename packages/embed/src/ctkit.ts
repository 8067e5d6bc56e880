/**
 * The one-script-tag bundle: `<script type="module" src=".../ctkit.js"></script>` registers every ctkit
 * widget. Each registration is guarded, so loading this twice, or beside another copy, throws nothing.
 *
 * The entry holds what every widget shares (Lit, the core, the announcer); each widget is a chunk of its
 * own, fetched from the folder of ctkit.js only when its tag is on the page (`lazyDefine`), so a partner
 * page pays only for the widgets it uses. Until a chunk arrives — or if it never does — the element's
 * light-DOM fallback content is what the reader sees.
 */
import { CtAnnouncer, defineElement } from '@ctkit/core';
import { lazyDefine } from './lazy.js';

defineElement('ct-announcer', CtAnnouncer);
lazyDefine('ct-sign-up-form', () => import('@ctkit/sign-up-form'));
lazyDefine('ct-access-needs', () => import('@ctkit/access-needs'));
lazyDefine('ct-event-card', () => import('@ctkit/event-card'));
lazyDefine('ct-event-list', () => import('@ctkit/event-list'));
lazyDefine('ct-community-map', () => import('@ctkit/community-map'));
