/**
 * The form of an address used to find a person: NFC (so "é" typed as e + combining accent on one device
 * and as one character on another is the same address) and lower case.
 */
export function normaliseEmail(email: string): string {
  return email.trim().normalize('NFC').toLowerCase().normalize('NFC');
}
