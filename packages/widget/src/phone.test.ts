import { expect } from '@open-wc/testing';
import { countryOptions, internationalPhone } from './phone.js';

describe('phone numbers', () => {
  it('adds the chosen country code to a national number and drops a trunk 0', () => {
    expect(internationalPhone('612 345 678', 'ES')).to.equal('+34612345678');
    expect(internationalPhone('(020) 7946-0958', 'GB')).to.equal('+442079460958');
    expect(internationalPhone('55 1234 5678', 'MX')).to.equal('+525512345678');
  });

  it('keeps a number typed in international form, with + or 00', () => {
    expect(internationalPhone('+1 415 555 0100', 'ES')).to.equal('+14155550100');
    expect(internationalPhone('0034 612 345 678', 'MX')).to.equal('+34612345678');
  });

  it('refuses what cannot be a phone number', () => {
    for (const bad of ['', '12', '612-abc-678', '+0 612 345 678', '+1234567890123456', '++34612345678']) {
      expect(internationalPhone(bad, 'ES'), bad).to.equal(undefined);
    }
  });

  it('names countries in the widget language, sorted for it', () => {
    const es = countryOptions('es').map((c) => c.label);
    expect(es).to.include('España (+34)').and.to.include('Alemania (+49)');
    expect([...es].sort((a, b) => a.localeCompare(b, 'es'))).to.deep.equal(es);
    expect(countryOptions('en').map((c) => c.label)).to.include('Spain (+34)');
  });
});
