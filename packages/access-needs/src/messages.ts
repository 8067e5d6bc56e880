import { defineMessages } from '@ctkit/core';

/**
 * Every string ct-access-needs shows, in English and Welsh. Option labels are keyed by the option's
 * stable id (see catalogue.ts), group legends by the group's id.
 */
export const accessNeedsMessages = defineMessages({
  en: {
    legend: 'What support would help you take part?',
    hint: 'Select all that apply. You do not need to tell us why.',
    respondBy: (date: string) => `Tell us by ${date} so we can arrange it.`,
    privacySummary: 'Why we ask and how we keep this',
    privacyUse: 'We only use your answers to arrange support for this event. We never ask about a condition or a reason.',
    privacyKeep:
      'We keep your answers apart from our mailing list, share them only with the people arranging the event, and delete them after it.',
    none: 'None of these',
    contactLegend: 'Would you like to talk it through?',
    contact: 'I’d like someone to contact me to talk about my access needs',
    otherLabel: 'What other support would help?',
    otherHint: 'Tell us what would help, not why you need it.',
    otherMissing: 'Tell us what other support would help, or unselect “Something else”',
    remember: 'Remember my answers on this device',
    rememberHint: 'They are saved only in this browser, so you will not need to tell us again. Do not use this on a shared device.',
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
  },
  cy: {
    legend: 'Pa gymorth fyddai’n eich helpu i gymryd rhan?',
    hint: 'Dewiswch bob un sy’n berthnasol. Does dim angen i chi ddweud pam wrthym.',
    respondBy: (date: string) => `Rhowch wybod i ni erbyn ${date} er mwyn i ni allu ei drefnu.`,
    privacySummary: 'Pam rydyn ni’n gofyn a sut rydyn ni’n cadw hyn',
    privacyUse:
      'Dim ond i drefnu cymorth ar gyfer y digwyddiad hwn y byddwn ni’n defnyddio eich atebion. Dydyn ni byth yn gofyn am gyflwr neu reswm.',
    privacyKeep:
      'Rydyn ni’n cadw eich atebion ar wahân i’n rhestr bostio, yn eu rhannu gyda’r bobl sy’n trefnu’r digwyddiad yn unig, ac yn eu dileu ar ôl y digwyddiad.',
    none: 'Dim un o’r rhain',
    contactLegend: 'Hoffech chi siarad am y peth?',
    contact: 'Hoffwn i rywun gysylltu â mi i siarad am fy anghenion mynediad',
    otherLabel: 'Pa gymorth arall fyddai’n helpu?',
    otherHint: 'Dywedwch wrthym beth fyddai’n helpu, nid pam mae ei angen arnoch chi.',
    otherMissing: 'Dywedwch wrthym pa gymorth arall fyddai’n helpu, neu dad-ddewiswch “Rhywbeth arall”',
    remember: 'Cofio fy atebion ar y ddyfais hon',
    rememberHint:
      'Maen nhw’n cael eu cadw yn y porwr hwn yn unig, felly fydd dim angen i chi ddweud wrthym eto. Peidiwch â defnyddio hyn ar ddyfais a rennir.',
    restored: 'Rydyn ni wedi llenwi’r atebion a gadwoch chi ar y ddyfais hon. Gwiriwch eu bod yn dal yn gywir.',
    forget: 'Anghofio fy atebion',
    forgotten: 'Nid yw eich atebion yn cael eu cadw ar y ddyfais hon mwyach.',
    'group-communication': 'Cyfathrebu',
    'group-getting-around': 'Cyrraedd a symud o gwmpas',
    'group-pace-and-environment': 'Cyflymder ac amgylchedd',
    'group-information': 'Gwybodaeth',
    'group-support': 'Cymorth',
    'group-other': 'Arall',
    'bsl-interpreter': 'Dehonglydd Iaith Arwyddion Prydain (BSL)',
    'isl-interpreter': 'Dehonglydd Iaith Arwyddion Iwerddon (ISL)',
    'live-captions': 'Capsiynau byw wedi’u teipio gan berson',
    'live-captions-hint': 'Nid yw capsiynau awtomatig yr un peth.',
    'hearing-loop': 'Dolen glyw',
    'lip-reading': 'Siaradwyr yn wynebu’r ystafell, ar gyfer darllen gwefusau',
    'step-free-route': 'Llwybr heb risiau',
    'accessible-toilet': 'Toiled hygyrch',
    'seating-and-rest': 'Seddi a mannau i orffwys',
    'parking-or-drop-off': 'Parcio neu fan gollwng gerllaw',
    'assistance-dog': 'Dod â chi cymorth',
    'quiet-space': 'Man tawel',
    'regular-breaks': 'Egwyliau rheolaidd',
    'materials-in-advance': 'Agenda a deunyddiau ymlaen llaw',
    'camera-off': 'Cadw fy nghamera i ffwrdd',
    'camera-off-hint': 'Mae hynny’n iawn: does dim angen i chi ofyn, ond gallwch ddweud wrthym.',
    'large-print': 'Print bras',
    'screen-reader-documents': 'Dogfennau sy’n gweithio gyda darllenydd sgrin',
    'easy-read': 'Hawdd ei Ddeall',
    'personal-assistant-ticket': 'Tocyn am ddim i gynorthwyydd personol',
    'dietary-needs': 'Anghenion deietegol',
    'travel-or-childcare-costs': 'Help gyda chostau teithio neu ofal plant',
    'something-else': 'Rhywbeth arall',
  },
});

export type AccessNeedsMessages = (typeof accessNeedsMessages)['en'];

/**
 * Welsh day and month names, for browsers whose Intl has no Welsh data (Debian's Chromium, for one,
 * formats `cy-GB` dates in English). Where Intl speaks Welsh, Intl's own names are used.
 */
export const welshDateNames = {
  weekdays: ['Dydd Sul', 'Dydd Llun', 'Dydd Mawrth', 'Dydd Mercher', 'Dydd Iau', 'Dydd Gwener', 'Dydd Sadwrn'],
  months: ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'],
} as const;
