import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { SignUpSubmitEvent, type CtSignUpForm, type SignUpAnswers, type SignUpField } from '@ctkit/sign-up-form';
import { playground } from './support/playground.js';
import { usage } from './support/usage.js';
import signUpFormSnippet from '../packages/embed/snippets/sign-up-form.html?raw';
import { signUpSnippet } from './support/snippets.js';

/**
 * `ct-sign-up-form` in every state. Nothing here posts to a network (but the Playground, to its `action`): stories that show an outcome
 * handle `ct-submit` on the page (cancel it and answer with `respondWith`), as a host that delivers
 * sign-ups itself would. The "saved for later" panel is shown through the documented `state` property.
 * Each story's form has its own `id`, so the draft kept while typing in one does not appear in another.
 */
const meta: Meta = {
  title: 'Widgets/Sign-up form',
  component: 'ct-sign-up-form',
  parameters: {
    docs: { description: { component: usage.signUpForm } },
  },
};
export default meta;
type Story = StoryObj;

/** The docs page's first story: the embed snippet with live controls for every attribute, and "Show code". */
export const Playground: Story = {
  ...playground(
    'ct-sign-up-form',
    signUpFormSnippet,
    {
      action: 'https://example.org/api/sign-ups',
      'privacy-url': 'https://example.org/privacy',
      'org-name': 'Community Tech Network',
      fields: 'name member-type region interests',
      list: 'newsletter',
      'heading-level': 2,
    },
    (args) => signUpSnippet(signUpFormSnippet, args),
  ),
};

const ORG = 'Community Tech Network';
const PRIVACY = 'https://example.org/privacy';

interface Options {
  id: string;
  fields?: string;
  eventId?: string;
  eventName?: string;
  action?: string;
  headingSize?: 'm' | 's' | 'body';
  /** How a host answers `ct-submit`: with a status, or never (to hold the busy state). */
  hostAnswer?: 'subscribed' | 'pending-confirmation' | 'never';
}

const hostHandler = (answer: Options['hostAnswer']) => (event: Event) => {
  if (!(event instanceof SignUpSubmitEvent)) return;
  event.preventDefault();
  event.respondWith(answer === 'never' ? new Promise(() => undefined) : { status: answer ?? 'subscribed' });
};

const form = (o: Options) => html`<ct-sign-up-form
  id=${o.id}
  org-name=${ORG}
  privacy-url=${PRIVACY}
  fields=${o.fields ?? ''}
  event-id=${o.eventId ?? ''}
  event-name=${o.eventName ?? ''}
  action=${o.action ?? ''}
  heading-size=${o.headingSize ?? nothing}
  @ct-submit=${o.hostAnswer ? hostHandler(o.hostAnswer) : undefined}
></ct-sign-up-form>`;

const ALL_FIELDS = 'name organisation member-type community-type region experience interests access-needs equality';

/** The story's form, once rendered. */
async function formIn(canvas: HTMLElement): Promise<CtSignUpForm> {
  const el = canvas.querySelector('ct-sign-up-form');
  if (!el) throw new Error('no ct-sign-up-form in the story');
  await el.updateComplete;
  return el;
}

const filled: Partial<SignUpAnswers> = { email: 'sam@example.org', name: 'Sam Jones', consent: true };

export const Empty: Story = { name: 'Empty (email and consent only)', render: () => form({ id: 'story-empty' }) };

export const AllFields: Story = {
  name: 'Every optional question',
  render: () => form({ id: 'story-all', fields: ALL_FIELDS }),
};

/** One story per optional question, as `fields` adds it. */
const fieldStory = (f: SignUpField): Story => ({
  name: `Field: ${f}`,
  render: () => form({ id: `story-field-${f}`, fields: f }),
});
export const FieldName = fieldStory('name');
export const FieldOrganisation = fieldStory('organisation');
export const FieldMemberType = fieldStory('member-type');
export const FieldCommunityType = fieldStory('community-type');
export const FieldRegion = fieldStory('region');
export const FieldExperience = fieldStory('experience');
export const FieldInterests = fieldStory('interests');
export const FieldAccessNeeds = fieldStory('access-needs');
export const FieldEquality = fieldStory('equality');

/**
 * `heading-size`: the form's heading at the size that fits the page around it (unset, `m`, as in the
 * other stories). `s` under a page section's heading; `body` inside a widget with a larger heading of its
 * own (the event card's inline booking). Its section headings and questions go a step smaller.
 */
export const HeadingSizeS: Story = {
  name: 'Heading size: s',
  render: () => form({ id: 'story-heading-s', fields: 'name organisation access-needs', headingSize: 's' }),
};

export const HeadingSizeBody: Story = {
  name: 'Heading size: body (inside another widget)',
  render: () => form({ id: 'story-heading-body', fields: 'name organisation access-needs', headingSize: 'body' }),
};

export const Prefilled: Story = {
  name: 'Answered (prefilled through `answers`)',
  render: () => form({ id: 'story-answered', fields: 'name member-type region interests' }),
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    el.answers = {
      ...filled,
      memberType: 'community-group',
      region: 'wales',
      interests: ['peer-drop-ins', 'funding-news'],
    };
  },
};

export const Errors: Story = {
  name: 'Errors (submitted empty)',
  render: () => form({ id: 'story-errors', fields: 'name region', hostAnswer: 'subscribed' }),
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    el.answers = { email: 'sam@example' };
    await el.submit();
  },
};

export const TypoSuggestion: Story = {
  name: 'Email typo suggestion',
  render: () => form({ id: 'story-typo' }),
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    el.answers = { email: 'sam@gmial.com' };
  },
};

export const Submitting: Story = {
  name: 'Submitting (busy button)',
  render: () => form({ id: 'story-submitting', hostAnswer: 'never' }),
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    el.answers = filled;
    void el.submit(); // the host never answers, so the button stays busy
    await el.updateComplete;
  },
};

export const NoOrganisationName: Story = {
  name: 'No organisation name (the form speaks as “we”)',
  // Without org-name the consent text says "Ask us how we use your information" / "the privacy notice".
  render: () =>
    html`<ct-sign-up-form id="story-no-org" heading="Join our mailing list" privacy-url=${PRIVACY}></ct-sign-up-form>`,
};

// A story of its own, not a second form beside the first: IBM's checker takes two forms' "consent" boxes
// for one set of boxes split over two groups.
export const NoOrganisationNameNoPrivacy: Story = {
  name: 'No organisation name and no privacy notice yet',
  render: () =>
    html`<ct-sign-up-form id="story-no-org-no-privacy" heading="Join our mailing list (no privacy notice yet)"></ct-sign-up-form>`,
};

export const NotSetUp: Story = {
  name: 'Not set up (no action)',
  render: () => form({ id: 'story-not-set-up' }),
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    el.answers = filled;
    await el.submit();
  },
};

export const QueuedOffline: Story = {
  name: 'Saved for later (offline)',
  render: () => form({ id: 'story-queued' }),
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    el.answers = filled;
    el.state = 'queued';
  },
};

export const Success: Story = {
  name: 'Success',
  render: () => form({ id: 'story-success', hostAnswer: 'subscribed' }),
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    el.answers = filled;
    await el.submit();
  },
};

export const PendingConfirmation: Story = {
  name: 'Pending confirmation (check your inbox)',
  render: () => form({ id: 'story-pending', hostAnswer: 'pending-confirmation' }),
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    el.answers = filled;
    await el.submit();
  },
};

export const EventRegistration: Story = {
  name: 'Event registration',
  render: () =>
    form({
      id: 'story-event',
      eventId: 'launch-2026',
      eventName: 'Network launch, Cardiff',
      fields: 'name organisation',
    }),
};

export const EventRegistered: Story = {
  name: 'Event registration — registered',
  render: () =>
    form({
      id: 'story-event-done',
      eventId: 'launch-2026',
      eventName: 'Network launch, Cardiff',
      hostAnswer: 'subscribed',
    }),
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    el.answers = filled;
    await el.submit();
  },
};

export const Welsh: Story = {
  name: 'Welsh (lang="cy")',
  render: () => html`<div lang="cy">${form({ id: 'story-welsh', fields: 'name region interests' })}</div>`,
};

export const WelshErrors: Story = {
  name: 'Welsh — errors',
  render: () =>
    html`<div lang="cy">${form({ id: 'story-welsh-errors', fields: 'name', hostAnswer: 'subscribed' })}</div>`,
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    await el.submit();
  },
};
