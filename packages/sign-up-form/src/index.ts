export { CtSignUpForm } from './sign-up-form.js';
export { SignUpSubmitEvent, type SignUpState, type SignUpErrorDetail } from './sign-up-form.submission.js';
export {
  SIGN_UP_FIELDS,
  CONSENT_TEXT_VERSION,
  consentText,
  type SignUpAnswers,
  type SignUpField,
} from './sign-up-form.answers.js';
export type { EqualityQuestion } from './equality.js';
export { messages as signUpFormMessages } from './messages.js';
export type * from './events.js';
