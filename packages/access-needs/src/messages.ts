import { defineMessages } from '@ctkit/core';

/**
 * Every string ct-access-needs shows, in English; the Welsh is in messages.cy.ts, fetched only by a
 * widget that speaks Welsh. Option labels are keyed by the option's stable id (see catalogue.ts),
 * group legends by the group's id.
 */
const en = {
  legend: 'What support would help you take part?',
  hint: 'Select all that apply. You do not need to tell us why.',
  respondBy: (date: string) => `Tell us by ${date} so we can arrange it.`,
  privacySummary: 'Why we ask and how we keep this',
  privacyUse: 'We only use your answers to arrange support for this event. We never ask about a condition or a reason.',
  privacyKeep:
    'We keep your answers apart from our mailing list, share them only with the people arranging the event, and delete them after it.',
  none: 'None of these',
  // Says the state too: when ticking it removes the "Something else" text box, Orca does not say "checked".
  unselected: (list: string) => `None of these: selected. Unselected ${list}.`,
  contactLegend: 'Would you like to talk it through?',
  contact: 'I’d like someone to contact me to talk about my access needs',
  otherLabel: 'What other support would help?',
  otherShown: (label: string) => `A text box appeared below: ${label}`,
  otherHint: 'Tell us what would help, not why you need it.',
  otherMissing: 'Tell us what other support would help, or unselect “Something else”',
  /** `required` with nothing chosen. */
  required: 'Select the support that would help you take part, or select “None of these”',
  remember: 'Remember my answers on this device',
  rememberHint:
    'They are saved only in this browser, so you will not need to tell us again. Do not use this on a shared device.',
  restored: 'We filled in the answers you saved on this device. Check they are still right.',
  forget: 'Forget my answers',
  forgotten: 'Your answers are no longer saved on this device.',
  // Groups
  'group-communication': 'Communication',
  'group-getting-around': 'Getting there and getting around',
  'group-pace-and-environment': 'Pace and environment',
  'group-information': 'Information',
  'group-support': 'Support',
  'group-other': 'Other',
  // Options
  'bsl-interpreter': 'British Sign Language (BSL) interpreter',
  'isl-interpreter': 'Irish Sign Language (ISL) interpreter',
  'live-captions': 'Live captions typed by a person',
  'live-captions-hint': 'Automatic captions are not the same.',
  'hearing-loop': 'Hearing loop',
  'lip-reading': 'Speakers facing the room, for lip-reading',
  'step-free-route': 'Step-free route',
  'accessible-toilet': 'Accessible toilet',
  'seating-and-rest': 'Seating and places to rest',
  'parking-or-drop-off': 'Parking or drop-off close by',
  'assistance-dog': 'Bringing an assistance dog',
  'quiet-space': 'A quiet space',
  'regular-breaks': 'Regular breaks',
  'materials-in-advance': 'Agenda and materials in advance',
  'camera-off': 'Keeping my camera off',
  'camera-off-hint': 'That is fine: you do not need to ask, but you can tell us.',
  'large-print': 'Large print',
  'screen-reader-documents': 'Documents that work with a screen reader',
  'easy-read': 'Easy Read',
  'personal-assistant-ticket': 'A free ticket for a personal assistant',
  'dietary-needs': 'Dietary needs',
  'travel-or-childcare-costs': 'Help with travel or childcare costs',
  'something-else': 'Something else',
};

export type AccessNeedsMessages = typeof en;

export const accessNeedsMessages = defineMessages({ en, cy: () => import('./messages.cy.js') });
