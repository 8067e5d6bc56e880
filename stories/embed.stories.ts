import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '@ctkit/sign-up-form';
import '@ctkit/access-needs';
import '@ctkit/event-card';
import '@ctkit/event-list';
import '@ctkit/community-map';
import './support/snippet-copy.js';
import { signUpSnippet, withAttributes } from './support/snippets.js';
import { SCRIPT_TAG } from './support/playground.js';
import signUpFormSnippet from '../packages/embed/snippets/sign-up-form.html?raw';
import accessNeedsSnippet from '../packages/embed/snippets/access-needs.html?raw';
import eventCardSnippet from '../packages/embed/snippets/event-card.html?raw';
import eventListSnippet from '../packages/embed/snippets/event-list.html?raw';
import communityMapSnippet from '../packages/embed/snippets/community-map.html?raw';

/**
 * For partners: choose the options, see the live widget, copy the exact snippet. The snippets are the files
 * in packages/embed/snippets/ — the same ones the embedding tests load under hostile CSS and a strict CSP.
 */
const meta: Meta = {
  title: 'Embed/Copy a snippet',
  parameters: {
    docs: {
      description: { component: 'Paste the script tag once per page, then the element where the widget should go.' },
    },
  },
};
export default meta;
type Story = StoryObj;

const show = (chosen: string) => html`<section aria-label="Live widget">${unsafeHTML(chosen)}</section>
  <ct-snippet-copy .snippet=${`${SCRIPT_TAG}\n\n${chosen}`}></ct-snippet-copy>`;
const embed = (snippet: string, tag: string, args: Record<string, string | number | boolean | undefined>) =>
  show(withAttributes(snippet, tag, args));

export const SignUpForm: Story = {
  name: 'Sign-up form',
  args: {
    action: 'https://example.org/api/sign-ups',
    'privacy-url': 'https://example.org/privacy',
    'org-name': 'Community Tech Network',
    fields: 'name member-type region interests',
    list: 'newsletter',
  },
  // The fallback form follows the options too: same address, list and consent wording.
  render: (args) => show(signUpSnippet(signUpFormSnippet, args)),
};

export const AccessNeeds: Story = {
  name: 'Access needs',
  args: { name: 'access', format: 'in-person', 'respond-by': '2026-12-04' },
  argTypes: { format: { control: 'radio', options: ['in-person', 'online', 'hybrid'] } },
  render: (args) => embed(accessNeedsSnippet, 'ct-access-needs', args),
};

export const EventCard: Story = {
  name: 'Event card',
  args: { 'heading-level': 2 },
  render: (args) => embed(eventCardSnippet, 'ct-event-card', args),
};

export const EventList: Story = {
  name: 'Event list',
  args: { src: '/fixtures/events.json', 'heading-level': 2 },
  render: (args) => embed(eventListSnippet, 'ct-event-list', args),
};

export const CommunityMap: Story = {
  name: 'Community map',
  args: { src: '/fixtures/community-members.json', view: 'list' },
  argTypes: { view: { control: 'radio', options: ['list', 'map', 'regions'] } },
  render: (args) => embed(communityMapSnippet, 'ct-community-map', args),
};
