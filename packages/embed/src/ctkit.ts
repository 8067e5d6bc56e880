/**
 * The one-script-tag bundle: `<script type="module" src=".../ctkit.js"></script>` registers every ctkit
 * widget. Each registration is guarded (`defineElement`), so loading this twice throws nothing.
 * Widgets join this list as they are built.
 */
import { CtAnnouncer, defineElement } from '@ctkit/core';

defineElement('ct-announcer', CtAnnouncer);
import '@ctkit/event-card';
import '@ctkit/event-list';
import '@ctkit/sign-up-form';
