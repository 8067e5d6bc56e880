/**
 * The sign-up's error messages that both `ct-sign-up-form` (before sending) and `@ctkit/receiver` (when it
 * refuses a sign-up, and on its no-JavaScript form) give: one wording, GOV.UK's, so the two cannot drift.
 * English here; the Welsh is sign-up-messages.cy.ts (the form fetches it only for a Welsh page).
 */
export const signUpErrors = {
  emailMissing: 'Enter an email address',
  emailFormat: 'Enter an email address in the correct format, like name@example.com',
  emailTooLong: (max: number) => `Email address must be ${max} characters or fewer`,
  /** The field's label is "Full name" (GOV.UK: the message names the field as its label does). */
  nameTooLong: (max: number) => `Full name must be ${max} characters or fewer`,
  organisationTooLong: (max: number) => `Organisation must be ${max} characters or fewer`,
  /** `org` names who will email: the partner's name, or "us" / "ni". */
  consentMissing: (org: string) => `Select the box to agree to ${org} emailing you`,
};

export type SignUpErrors = typeof signUpErrors;
