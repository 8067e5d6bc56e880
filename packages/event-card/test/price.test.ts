import { expect } from '@open-wc/testing';
import { parseEvent, type EventInput } from '@ctkit/core';
import { formatPrice } from '../src/index.js';

const withOffers = (offers: EventInput['offers']) =>
  parseEvent({ '@type': 'Event', name: 'Talk', startDate: '2027-01-20T12:30', offers }).event;

describe('prices', () => {
  it('write pounds exactly as Intl’s en-GB and cy-GB do, without asking Intl', () => {
    for (const locale of ['en', 'cy'] as const) {
      const intl = (amount: number) =>
        new Intl.NumberFormat(locale === 'cy' ? 'cy-GB' : 'en-GB', {
          style: 'currency',
          currency: 'GBP',
          minimumFractionDigits: Number.isInteger(amount) ? 0 : 2,
        }).format(amount);
      for (const amount of [1, 5, 12, 12.5, 12.05, 9.99, 1250, 1250.75, 12_000])
        expect(formatPrice(withOffers({ '@type': 'Offer', price: amount, priceCurrency: 'GBP' }), locale)).to.equal(
          intl(amount),
        );
    }
  });

  it('leave other currencies to Intl', () => {
    expect(formatPrice(withOffers({ '@type': 'Offer', price: 20, priceCurrency: 'EUR' }), 'en')).to.equal('€20');
  });

  it('write a range from the lowest to the highest, and a zero price as free', () => {
    const range = withOffers([
      { '@type': 'Offer', price: 5, priceCurrency: 'GBP' },
      { '@type': 'Offer', price: 20, priceCurrency: 'GBP' },
    ]);
    expect(formatPrice(range, 'en')).to.equal('£5 to £20');
    expect(formatPrice(withOffers({ '@type': 'Offer', price: 0, priceCurrency: 'GBP' }), 'en')).to.equal('Free');
  });
});
