export { CtAccessNeeds, STORAGE_KEY, type AccessNeedsValue } from './access-needs.js';
export {
  DEFAULT_GROUPS,
  DEFAULT_OPTIONS,
  EVENT_FORMATS,
  NONE_ID,
  SOMETHING_ELSE_ID,
  type AccessNeedGroup,
  type AccessNeedOption,
  type AccessNeedsOptions,
  type EventFormat,
  type LocalisedText,
  type ResolvedCatalogue,
} from './catalogue.js';
export { accessNeedsMessages, type AccessNeedsMessages } from './messages.js';
