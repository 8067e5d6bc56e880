export { CtElement } from './base/ct-element.js';
export { CtFormControl, FORM_CONTROL_STATES, type ValidityProblem } from './base/form-control.js';
export { defineElement } from './define.js';
export { readCapped, BodyTooLargeError } from './read-capped.js';
export { onDemand, pendingWork, type OnDemand, type PartLoaders, type PartWarnings } from './on-demand.js';
export { announce, getAnnouncer, CtAnnouncer, type Politeness } from './announcer.js';

export {
  defineMessages,
  messagesIn,
  loadCatalogues,
  plural,
  formatCount,
  toLocale,
  intlTag,
  LOCALES,
  type AnyCatalogue,
  type Catalogue,
  type Translation,
  type TranslationLoader,
  type Locale,
  type Message,
  type PluralForms,
} from './localize/catalogue.js';
export { LocaleController, resolveLang } from './localize/locale-controller.js';
export { ENGLISH_DAYS, ENGLISH_MONTHS, WELSH_DAYS, WELSH_MONTHS, intlKnowsWelsh } from './localize/date-names.js';
export {
  coreMessages,
  vocabularyLabels,
  vocabularyIn,
  type CoreMessages,
  type VocabularyLabels,
} from './localize/core-messages.js';
export { WELSH_REGION_NAMES } from './localize/welsh-regions.js';
export { signUpErrors, type SignUpErrors } from './localize/sign-up-messages.js';
export { signUpErrorsCy } from './localize/sign-up-messages.cy.js';

export { hostStyles } from './styles/host.styles.js';
export { feedStateStyles } from './styles/feed-state.styles.js';
export {
  formStyles,
  fieldStyles,
  choicesStyles,
  buttonStyles,
  errorSummaryStyles,
  notificationStyles,
  tagStyles,
} from './styles/form.styles.js';

export { field, emailField, select, type FieldOptions, type SelectOptions } from './partials/field.js';
export { choices, choiceId, nextSelection, type ChoiceItem, type ChoicesOptions } from './partials/choices.js';
export { errorSummary, focusField, type ErrorSummaryOptions, type SummaryError } from './partials/error-summary.js';
export { errorMessage, hint, describedBy } from './partials/messages.js';
export { button, type ButtonOptions } from './partials/button.js';
export { notification, tag, type NotificationOptions, type TagColour } from './partials/panels.js';
export { heading, type HeadingOptions } from './partials/heading.js';
export { filterPanel, type FilterPanelOptions } from './partials/filter-panel.js';
export { feedLoading, feedProblem, type FeedProblemOptions } from './partials/feed-state.js';

export * from './schemas/vocabulary.js';
export * from './schemas/equality.js';
export * from './schemas/sign-up.js';
export * from './schemas/event.js';
export * from './schemas/member.js';
export { regionFromName } from './schemas/region-names.js';
