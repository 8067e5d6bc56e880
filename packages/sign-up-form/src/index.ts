export {
  CtSignUpForm,
  SignUpSubmitEvent,
  SIGN_UP_FIELDS,
  CONSENT_TEXT_VERSION,
  consentText,
  type SignUpAnswers,
  type SignUpField,
  type SignUpState,
  type SignUpErrorDetail,
  type EqualityQuestion,
} from './sign-up-form.js';
export { messages as signUpFormMessages } from './messages.js';
export type * from './events.js';
