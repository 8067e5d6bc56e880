// The messages the receiver and the sign-up form both give are one wording (core's signUpErrors), in
// English and Welsh: a person refused by the receiver reads what the form would have said.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateSignUp } from '../src/validate.js';
import { payload } from './helpers.js';

const refused = (extra: Record<string, unknown>, locale: 'en' | 'cy') => {
  const result = validateSignUp({ ...payload(1), ...extra, locale }, ['newsletter'], locale);
  if (result.ok) throw new assert.AssertionError({ message: 'the sign-up was accepted' });
  return result.errors;
};

test('English: the form’s wording for email, name, organisation and consent', () => {
  assert.equal(refused({ email: undefined }, 'en').email, 'Enter an email address');
  assert.equal(
    refused({ email: 'name.example.org' }, 'en').email,
    'Enter an email address in the correct format, like name@example.com',
  );
  assert.equal(
    refused({ email: `${'a'.repeat(250)}@example.org` }, 'en').email,
    'Email address must be 254 characters or fewer',
  );
  assert.equal(refused({ name: 'a'.repeat(201) }, 'en').name, 'Full name must be 200 characters or fewer');
  assert.equal(
    refused({ organisation: 'a'.repeat(201) }, 'en').organisation,
    'Organisation must be 200 characters or fewer',
  );
  assert.equal(refused({ consent: undefined }, 'en').consent, 'Select the box to agree to us emailing you');
});

test('Welsh: the form’s wording too', () => {
  assert.equal(refused({ email: undefined }, 'cy').email, 'Rhowch gyfeiriad e-bost');
  assert.equal(
    refused({ email: `${'a'.repeat(250)}@example.org` }, 'cy').email,
    'Rhaid i’r cyfeiriad e-bost fod yn 254 nod neu lai',
  );
  assert.equal(refused({ name: 'a'.repeat(201) }, 'cy').name, 'Rhaid i’r enw llawn fod yn 200 nod neu lai');
  assert.equal(refused({ consent: undefined }, 'cy').consent, 'Dewiswch y blwch i gytuno i ni anfon e-bost atoch');
});
