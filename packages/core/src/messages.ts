/**
 * `@ctkit/core/messages`: the user-facing strings that the widgets and Node code (`@ctkit/receiver`)
 * share, with nothing of the browser in them: the sign-up's error messages and the names of the shared
 * vocabulary, in English and Welsh.
 */
export { signUpErrors, type SignUpErrors } from './localize/sign-up-messages.js';
export { signUpErrorsCy } from './localize/sign-up-messages.cy.js';
export { vocabularyLabels, type VocabularyLabels } from './localize/core-messages.js';
export { WELSH_REGION_NAMES } from './localize/welsh-regions.js';
export { default as welshVocabulary } from './localize/vocabulary.cy.js';
