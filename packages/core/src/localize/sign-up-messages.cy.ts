import type { SignUpErrors } from './sign-up-messages.js';

/** The Welsh of sign-up-messages.ts (GOV.UK's Welsh wording where it has one). */
export const signUpErrorsCy: SignUpErrors = {
  emailMissing: 'Rhowch gyfeiriad e-bost',
  emailFormat: 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com',
  emailTooLong: (max: number) => `Rhaid i’r cyfeiriad e-bost fod yn ${max} nod neu lai`,
  nameTooLong: (max: number) => `Rhaid i’r enw llawn fod yn ${max} nod neu lai`,
  organisationTooLong: (max: number) => `Rhaid i’r sefydliad fod yn ${max} nod neu lai`,
  consentMissing: (org: string) => `Dewiswch y blwch i gytuno i ${org} anfon e-bost atoch`,
};
