import { expect } from '@open-wc/testing';
import { atStep, expectAccessible, find, goToDetails, mount, submitDetails, type } from '../../test/helpers.js';

async function toDetails() {
  const m = await mount();
  await goToDetails(m);
  return m;
}

describe('<psybook-widget> details validation', () => {
  it('names each missing or bad field under it, ties the message to the field and focuses the first', async () => {
    const m = await toDetails();
    type(m, '#phone', '12');
    type(m, '#email', 'not-an-email');
    m.$<HTMLButtonElement>('button[type=submit]').click();
    await find(m, '.field-error');

    const errorOf = (id: string) => {
      const input = m.$(`#${id}`);
      expect(input.getAttribute('aria-invalid'), id).to.equal('true');
      const ids = input.getAttribute('aria-describedby')!.split(' ');
      return ids.map((ref) => m.$(`#${ref}`).textContent).join(' ');
    };
    expect(errorOf('firstName')).to.contain('Enter your first name.');
    expect(errorOf('lastName')).to.contain('Enter your last name.');
    expect(errorOf('phone')).to.contain('Enter a phone number we can call');
    expect(errorOf('email')).to.contain('Enter an email address');
    expect(m.$('[role=alert]').textContent).to.contain('Please correct 4 fields.');
    expect(m.el.shadowRoot!.activeElement?.id).to.equal('firstName');
    expect(m.api.bookings).to.have.length(0);
    expect(m.events.some((e) => e.type === 'psybook:step' && e.detail.step === 'review')).to.equal(false);
    await expectAccessible(m);
  });

  it('clears a message once its field is fixed and then goes on to review', async () => {
    const m = await toDetails();
    m.$<HTMLButtonElement>('button[type=submit]').click();
    await find(m, '#firstName-error');
    type(m, '#firstName', 'Ana');
    await m.el.updateComplete;
    expect(m.$('#firstName-error')).to.equal(null);
    expect(m.$('#firstName').getAttribute('aria-invalid')).to.equal('false');
    await submitDetails(m, { phone: '+52 55 1234 5678' });
    expect(m.$('.summary').textContent).to.contain('+525512345678');
  });

  it('builds the international number from the chosen country', async () => {
    const m = await toDetails();
    const country = m.$<HTMLSelectElement>('#country');
    expect(country.value).to.equal('ES');
    country.value = 'AR';
    country.dispatchEvent(new Event('change'));
    await submitDetails(m, { firstName: 'Juan', lastName: 'Pérez', phone: '011 4123-4567' });
    expect(m.$('.summary').textContent).to.contain('+541141234567');
  });

  it('returns to the details with the fields the server refused marked', async () => {
    const m = await toDetails();
    m.api.fail('POST /v1/bookings', {
      status: 400,
      code: 'validation_failed',
      errors: [{ field: 'body.patient.phone', message: 'is not a phone number' }],
    });
    await submitDetails(m);
    m.$<HTMLButtonElement>('button.primary').click();
    await atStep(m, 'Your details');
    expect(m.$('#phone').getAttribute('aria-invalid')).to.equal('true');
    expect(m.$('#phone-error').textContent).to.equal('Please check this field.');
    expect(m.$('#firstName').getAttribute('aria-invalid')).to.equal('false');
    expect(m.events.find((e) => e.type === 'psybook:error')?.detail.code).to.equal('validation_failed');
  });
});
