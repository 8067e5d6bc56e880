import { domainToASCII } from 'node:url';

/**
 * The form of an address used to find a person: NFC (so "é" typed as e + combining accent on one device
 * and as one character on another is the same address) and lower case; an international domain in its ASCII
 * (xn--) form, so `bücher.example` and `xn--bcher-kva.example` are the same address.
 */
export function normaliseEmail(email: string): string {
  const norm = email.trim().normalize('NFC').toLowerCase().normalize('NFC');
  const at = norm.lastIndexOf('@');
  if (at === -1) return norm;
  const domain = norm.slice(at + 1);
  return `${norm.slice(0, at)}@${domainToASCII(domain) || domain}`;
}
