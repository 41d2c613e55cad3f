import { expect, waitUntil } from '@open-wc/testing';
import {
  atStep,
  expectAccessible,
  find,
  goToDetails,
  heading,
  mount,
  submitDetails,
  type,
} from '../../test/helpers.js';

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
    expect(m.$('#phone-error').textContent).to.equal(
      'We could not recognise this phone number. Check the digits and the country.',
    );
    expect(m.$('#firstName').getAttribute('aria-invalid')).to.equal('false');
    expect(m.events.find((e) => e.type === 'psybook:error')?.detail.code).to.equal('validation_failed');
  });

  it('shows the server’s refusal of a number the widget let through on the phone field, focused, and books once fixed', async () => {
    const m = await toDetails();
    const country = m.$<HTMLSelectElement>('#country');
    country.value = 'GB';
    country.dispatchEvent(new Event('change'));
    // The widget only builds the international form; the server (libphonenumber-js) decides.
    m.api.fail('POST /v1/bookings', {
      status: 400,
      code: 'validation_failed',
      errors: [{ field: 'body.patient.phone', message: 'is not a valid phone number (without +, read as ES)' }],
    });
    await submitDetails(m, { phone: '+44 7700 900123' });
    expect(m.$('.summary').textContent).to.contain('+447700900123');
    m.$<HTMLButtonElement>('button.primary').click();

    await atStep(m, 'Your details');
    await waitUntil(() => m.el.shadowRoot!.activeElement?.id === 'phone', 'focus never moved to the phone field');
    const phone = m.$<HTMLInputElement>('#phone');
    expect(phone.value).to.equal('+44 7700 900123');
    expect(phone.getAttribute('aria-invalid')).to.equal('true');
    expect(phone.getAttribute('aria-describedby')!.split(' ')).to.include('phone-error');
    expect(m.$('#phone-error').textContent).to.equal(
      'We could not recognise this phone number. Check the digits and the country.',
    );
    expect(m.$('[role=alert]').textContent).to.equal('Please correct 1 field.');
    expect(m.$$('.field-error')).to.have.length(1);
    expect(m.api.bookings).to.have.length(0);
    expect(m.events.find((e) => e.type === 'psybook:error')?.detail).to.include({
      code: 'validation_failed',
      step: 'review',
      message: 'Please correct 1 field.',
    });
    await expectAccessible(m);

    type(m, '#phone', '+44 20 7946 0958');
    await m.el.updateComplete;
    expect(m.$('#phone-error')).to.equal(null);
    m.$<HTMLButtonElement>('button[type=submit]').click();
    await atStep(m, 'Check and confirm');
    m.$<HTMLButtonElement>('button.primary').click();
    await atStep(m, 'booked');
    expect(m.api.bookings).to.have.length(1);
    expect(m.api.bookings[0]!.patient.phone).to.equal('+442079460958');
  });

  it('says the server’s phone refusal in the widget’s language', async () => {
    const m = await mount({ lang: 'es' });
    await goToDetails(m);
    m.api.fail('POST /v1/bookings', {
      status: 400,
      code: 'validation_failed',
      errors: [{ field: 'body.patient.phone', message: 'is not a valid phone number (without +, read as ES)' }],
    });
    type(m, '#firstName', 'Ana');
    type(m, '#lastName', 'García');
    type(m, '#phone', '+44 7700 900123');
    m.$<HTMLButtonElement>('button[type=submit]').click();
    await atStep(m, 'Revisa y confirma');
    m.$<HTMLButtonElement>('button.primary').click();
    await atStep(m, 'Tus datos');
    expect(m.$('#phone-error').textContent).to.equal(
      'No reconocemos este número de teléfono. Revisa los dígitos y el país.',
    );
  });

  it('keeps the patient on the review with a retry when the server refuses something they did not type', async () => {
    const m = await toDetails();
    m.api.fail('POST /v1/bookings', {
      status: 400,
      code: 'validation_failed',
      errors: [{ field: 'body.startTime', message: 'must be HH:MM' }],
    });
    await submitDetails(m);
    m.$<HTMLButtonElement>('button.primary').click();
    const alert = await find(m, '[role=alert]');
    expect(alert.textContent).to.contain('Something went wrong on our side');
    expect(heading(m)).to.equal('Check and confirm');
    expect(m.events.find((e) => e.type === 'psybook:error')?.detail.code).to.equal('validation_failed');
    alert.querySelector('button')!.click();
    await atStep(m, 'booked');
    expect(m.api.bookings).to.have.length(1);
  });
});
