/**
 * The one-script-tag bundle: `<script type="module" src=".../ctkit.js"></script>` registers every ctkit
 * widget. Each registration is guarded (`defineElement`), so loading this twice throws nothing.
 * Widgets join this list as they are built.
 */
import { CtAnnouncer, defineElement } from '@ctkit/core';
import { lazyDefine } from './lazy.js';

defineElement('ct-announcer', CtAnnouncer);
import '@ctkit/event-card';
import '@ctkit/event-list';
// Loaded when a page has a <ct-access-needs> (a lazy chunk: it is a form control few pages use).
lazyDefine('ct-access-needs', () => import('./access-needs.js'));
