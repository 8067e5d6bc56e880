import { plural, signUpErrorsCy, type Locale, type Translation } from '@ctkit/core';
import type { SignUpMessages } from './messages.js';

/** The Welsh of `messages.ts`, fetched only when a form speaks Welsh. */
export default {
  heading: 'Ymunwch â’n rhestr bostio',
  eventHeading: (eventName: string) => `Cofrestrwch ar gyfer ${eventName}`,
  eventHeadingUnnamed: 'Cofrestrwch ar gyfer y digwyddiad hwn',
  intro: (org: string) => `Cewch newyddion, gwahoddiadau a chyfleoedd gan ${org} drwy e-bost.`,
  eventIntro: (org: string) =>
    org
      ? `Bydd ${org} yn anfon y manylion ymuno ac unrhyw newidiadau atoch drwy e-bost.`
      : 'Byddwn yn anfon y manylion ymuno ac unrhyw newidiadau atoch drwy e-bost.',
  email: 'Cyfeiriad e-bost',
  emailHint: 'Byddwn ond yn defnyddio hwn i anfon yr hyn rydych yn cofrestru ar ei gyfer.',
  name: 'Enw llawn',
  organisation: 'Sefydliad',
  organisationHint: 'Os ydych yn cofrestru ar ran un',
  memberType: 'Pa un sy’n eich disgrifio orau?',
  communityType: 'Gyda pha fath o gymuned ydych chi’n gweithio?',
  communityTypeHint: 'Mae cymuned sy’n seiliedig ar le wedi’i gwreiddio mewn cymdogaeth, tref neu ardal',
  region: 'Ble rydych chi wedi’ch lleoli?',
  experience: 'Faint o brofiad sydd gennych o dechnoleg gymunedol?',
  interests: 'Am beth yr hoffech chi glywed?',
  interestsHint: 'Dewiswch bob un sy’n berthnasol',
  accessNeeds: 'Anghenion hygyrchedd',
  accessNeedsHint:
    'Dywedwch wrthym beth fyddai’n eich helpu i gymryd rhan. Dim ond i wneud trefniadau ar eich cyfer y byddwn yn defnyddio hyn.',
  consentLegend: 'Caniatâd i anfon e-bost atoch',
  consentLabel: (org: string) =>
    `Rwy’n cytuno i ${org} anfon negeseuon e-bost ataf am yr hyn rwyf wedi cofrestru ar ei gyfer`,
  consentHint: 'Gallwch ddad-danysgrifio unrhyw bryd gyda’r ddolen ar waelod pob e-bost.',
  privacyBefore: 'Darllenwch sut rydym yn defnyddio eich gwybodaeth yn ',
  privacyLink: (org: string) => (org ? `hysbysiad preifatrwydd ${org}` : 'yr hysbysiad preifatrwydd'),
  privacyNewTab: '(yn agor mewn tab newydd)',
  privacyNone: (org: string) =>
    org
      ? `Gofynnwch i ${org} sut maen nhw’n defnyddio eich gwybodaeth.`
      : 'Gofynnwch i ni sut rydym yn defnyddio eich gwybodaeth.',
  honeypot: 'Gadewch hwn yn wag',
  submit: 'Cofrestru',
  eventSubmit: 'Cofrestru',
  submitting: 'Wrthi’n anfon eich cofrestriad',
  didYouMean: 'Oeddech chi’n golygu',
  useSuggestion: (email: string) => `Defnyddio ${email}`,
  ...signUpErrorsCy,
  accessNeedsInvalid: 'Gwiriwch eich ateb am anghenion hygyrchedd',
  successHeading: 'Rydych wedi cofrestru',
  successBody: (email: string) => `Byddwn yn anfon negeseuon e-bost i ${email}.`,
  eventSuccessHeading: (eventName: string) => `Rydych wedi cofrestru ar gyfer ${eventName}`,
  eventSuccessHeadingUnnamed: 'Rydych wedi cofrestru',
  pendingHeading: 'Edrychwch yn eich mewnflwch i gadarnhau',
  pendingBody: (email: string) =>
    `Rydym wedi anfon e-bost i ${email}. Dewiswch y ddolen ynddo i gadarnhau. Os nad yw wedi cyrraedd o fewn ychydig funudau, edrychwch yn eich ffolder sbam neu sothach.`,
  queuedHeading: 'Mae eich cofrestriad wedi’i gadw a bydd yn cael ei anfon yn awtomatig',
  queuedBody:
    'Nid oeddem yn gallu cyrraedd ein gweinydd ar hyn o bryd. Mae eich atebion wedi’u cadw yn y porwr hwn a byddwn yn dal i geisio, gan gynnwys pan fyddwch ar-lein eto neu’n ymweld â thudalen gyda’r ffurflen hon. Nid oes angen i chi lenwi’r ffurflen eto.',
  deliveredLater: 'Mae eich cofrestriad a gadwyd wedi’i anfon bellach.',
  notConfigured: (org: string) =>
    `Nid yw’r ffurflen hon wedi’i gosod i anfon cofrestriadau eto, felly nid yw eich manylion wedi’u hanfon. Cysylltwch â ${org} i gofrestru.`,
  // Only "two" differs (soft mutation: "funud"); plural() uses "other" for the forms not given.
  rateLimited: (locale: Locale, minutes: number) =>
    plural(locale, minutes, {
      two: 'Mae gormod o gofrestriadau wedi’u hanfon o’r fan hon. Mae eich atebion yma o hyd: rhowch gynnig arall arni ymhen {count} funud.',
      other:
        'Mae gormod o gofrestriadau wedi’u hanfon o’r fan hon. Mae eich atebion yma o hyd: rhowch gynnig arall arni ymhen {count} munud.',
    }),
  refused: (org: string) =>
    `Nid oedd modd anfon eich cofrestriad. Mae eich atebion yma o hyd. Rhowch gynnig arall arni yn nes ymlaen, neu cysylltwch â ${org}.`,
  answersKept: 'Mae eich atebion yma o hyd.',
  notSaved:
    'Nid oeddem yn gallu cyrraedd ein gweinydd ac ni fyddai’r porwr hwn yn cadw eich atebion. Maen nhw yma o hyd: rhowch gynnig arall arni ymhen ychydig funudau.',
  defaultOrg: 'ni',
} satisfies Translation<SignUpMessages>;
