import { defineMessages, plural, signUpErrors, type Locale } from '@ctkit/core';

/**
 * Every string of `ct-sign-up-form` but the equality-monitoring step's (in `equality.ts`, loaded only
 * when that step is asked for). English here; the Welsh is in `messages.cy.ts`, fetched only for a
 * Welsh form. Error messages follow the GOV.UK Design System's wording (and GOV.UK's Welsh, where it
 * exists). Vocabulary names (regions, member types …) come from core's `vocabularyLabels`.
 */
const en = {
  heading: 'Join our mailing list',
  eventHeading: (eventName: string) => `Register for ${eventName}`,
  eventHeadingUnnamed: 'Register for this event',
  intro: (org: string) => `Get news, invitations and opportunities from ${org} by email.`,
  /** `org` is '' without org-name: then "We will email you". */
  eventIntro: (org: string) =>
    org
      ? `${org} will email you the joining details and any changes.`
      : 'We will email you the joining details and any changes.',
  email: 'Email address',
  emailHint: 'We’ll only use this to send you what you sign up for.',
  name: 'Full name',
  organisation: 'Organisation',
  organisationHint: 'If you are signing up on behalf of one',
  memberType: 'Which best describes you?',
  communityType: 'What kind of community do you work with?',
  communityTypeHint: 'A place-based community is rooted in a neighbourhood, town or area',
  region: 'Where are you based?',
  experience: 'How much experience do you have of community tech?',
  interests: 'What would you like to hear about?',
  interestsHint: 'Select all that apply',
  accessNeeds: 'Access needs',
  accessNeedsHint: 'Tell us what would help you take part. We only use this to make arrangements for you.',
  // Consent
  consentLegend: 'Permission to email you',
  consentLabel: (org: string) => `I agree to ${org} sending me emails about what I have signed up for`,
  consentHint: 'You can unsubscribe at any time with the link at the bottom of every email.',
  // `org` is '' when the partner gave no org-name: then it is "our" notice, and "ask us how we…".
  privacyBefore: 'Read how we use your information in the ',
  privacyLink: (org: string) => (org ? `${org} privacy notice` : 'privacy notice'),
  // Inside the link text, as GOV.UK advises, so the link's name warns of the new tab.
  privacyNewTab: '(opens in a new tab)',
  privacyNone: (org: string) =>
    org ? `Ask ${org} how they use your information.` : 'Ask us how we use your information.',
  honeypot: 'Leave this empty',
  submit: 'Sign up',
  eventSubmit: 'Register',
  submitting: 'Sending your sign-up',
  // Typo suggestion
  didYouMean: 'Did you mean',
  useSuggestion: (email: string) => `Use ${email}`,
  // Errors (GOV.UK wording): those the receiver gives too come from core, one wording for both.
  ...signUpErrors,
  accessNeedsInvalid: 'Check your access needs answer',
  // Outcomes
  successHeading: 'You’ve signed up',
  successBody: (email: string) => `We’ll send emails to ${email}.`,
  eventSuccessHeading: (eventName: string) => `You’re registered for ${eventName}`,
  eventSuccessHeadingUnnamed: 'You’re registered',
  pendingHeading: 'Check your inbox to confirm',
  pendingBody: (email: string) =>
    `We’ve sent an email to ${email}. Select the link in it to confirm. If it has not arrived in a few minutes, check your spam or junk folder.`,
  queuedHeading: 'Your sign-up is saved and will be sent automatically',
  queuedBody:
    'We could not reach our server just now. Your answers are saved in this browser and we’ll keep trying, including when you’re back online or next visit a page with this form. You do not need to fill in the form again.',
  deliveredLater: 'Your saved sign-up has now been sent.',
  notConfigured: (org: string) =>
    `This form is not set up to send sign-ups yet, so your details have not been sent. Contact ${org} to sign up.`,
  rateLimited: (locale: Locale, minutes: number) =>
    plural(locale, minutes, {
      one: 'Too many sign-ups have been sent from here. Your answers are still here: try again in {count} minute.',
      other: 'Too many sign-ups have been sent from here. Your answers are still here: try again in {count} minutes.',
    }),
  refused: (org: string) =>
    `Your sign-up could not be sent. Your answers are still here. Try again later, or contact ${org}.`,
  answersKept: 'Your answers are still here.',
  notSaved:
    'We could not reach our server and this browser would not save your answers. They are still here: try again in a few minutes.',
  defaultOrg: 'us',
};

export type SignUpMessages = typeof en;

export const messages = defineMessages({ en, cy: () => import('./messages.cy.js') });
