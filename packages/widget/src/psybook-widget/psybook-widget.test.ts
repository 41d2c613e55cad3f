import { expect } from '@open-wc/testing';
import { FakeApi } from '../../test/fake-api.js';
import {
  atStep,
  expectAccessible,
  find,
  focusedHeading,
  goToReview,
  heading,
  mount,
  submitDetails,
  type,
} from '../../test/helpers.js';

describe('<psybook-widget> web form', () => {
  it('books from psychologist to confirmation, accessible and focused at every step', async () => {
    const m = await mount();
    await atStep(m, 'Choose your psychologist');
    await expectAccessible(m);
    expect(m.$$('button.choice').map((b) => b.textContent)).to.have.length(2);

    m.$('button.choice').click();
    await atStep(m, 'Choose a day');
    expect(focusedHeading(m), 'focus is on the step heading').to.equal(true);
    await find(m, 'button.day');
    await expectAccessible(m);

    m.$('button.day').click();
    await atStep(m, 'Choose a time on');
    expect(focusedHeading(m), 'focus is on the step heading').to.equal(true);
    await find(m, 'button.time');
    await expectAccessible(m);

    m.$('button.time').click();
    await atStep(m, 'Your details');
    await expectAccessible(m);
    type(m, '#firstName', 'Ana');
    type(m, '#lastName', 'García');
    type(m, '#phone', '612 345 678');
    type(m, '#email', 'ana@example.com');
    m.$<HTMLButtonElement>('button[type=submit]').click();

    await atStep(m, 'Check and confirm');
    expect(m.$('.summary').textContent)
      .to.contain('Lucía Fernández')
      .and.to.contain('+34612345678')
      .and.to.contain('ana@example.com');
    await expectAccessible(m);

    m.$<HTMLButtonElement>('button.primary').click();
    await atStep(m, 'Your appointment is booked');
    expect(focusedHeading(m), 'focus is on the step heading').to.equal(true);
    await expectAccessible(m);

    expect(m.api.bookings).to.have.length(1);
    const booking = m.api.bookings[0]!;
    expect(booking).to.include({ psychologistId: 1, entryMethod: 'web_form', sessionId: m.el.sessionId });
    expect(booking.patient).to.deep.equal({
      firstName: 'Ana',
      lastName: 'García',
      phone: '+34612345678',
      email: 'ana@example.com',
    });
  });

  it('offers an .ics file, a Google Calendar link and the manage link after booking', async () => {
    const m = await mount();
    await goToReview(m);
    m.$<HTMLButtonElement>('button.primary').click();
    await atStep(m, 'booked');
    const ics = m.$<HTMLAnchorElement>('a[download]');
    expect(ics.download).to.equal('appointment.ics');
    const file = decodeURIComponent(ics.href.split(',')[1]!);
    expect(file)
      .to.match(/^BEGIN:VCALENDAR\r\n/)
      .and.to.contain('BEGIN:VEVENT')
      .and.to.match(/DTSTART:\d{8}T\d{6}Z/);
    expect(file).to.contain('Lucía Fernández');
    const google = m.$$<HTMLAnchorElement>('a').find((a) => a.href.startsWith('https://calendar.google.com/'))!;
    expect(new URL(google.href).searchParams.get('dates')).to.match(/^\d{8}T\d{6}Z\/\d{8}T\d{6}Z$/);
    const manage = m.$<HTMLAnchorElement>('a[part~="manage-link"]');
    expect(manage.href).to.equal('https://clinic.test/v1/bookings/mt_abcdefghijklmnopqrstuvwxyz012345');
  });

  it('skips the psychologist step when one is preset by attribute', async () => {
    const m = await mount({ psychologist: '2' });
    await atStep(m, 'Choose a day');
    expect(m.$('.progress').textContent).to.equal('Step 1 of 4');
    (await find(m, 'button.day')).click();
    (await find(m, 'button.time')).click();
    await atStep(m, 'Your details');
    expect(heading(m)).to.equal('Your details');
  });

  it('skips the psychologist step when the clinic has only one', async () => {
    const m = await mount({}, { psychologists: [{ id: 7, firstName: 'Marta', lastName: 'Ruiz', bio: null }] });
    await atStep(m, 'Choose a day');
    await find(m, 'button.day');
    const slotCalls = m.api.requests.filter((r) => r.path.startsWith('/v1/psychologists/7/slots'));
    expect(slotCalls.length).to.be.greaterThan(0);
  });

  it('shows and announces a loading state for every wait: start, free times, booking', async () => {
    const api = new FakeApi();
    let release = api.hold();
    const m = await mount({}, {}, api);
    const live = () => m.$('[role=status]').textContent!.trim();
    expect(m.$('.loading').textContent!.trim()).to.equal('Loading…');
    expect(live()).to.equal('Loading…');
    release();
    await atStep(m, 'Choose your psychologist');

    release = api.hold();
    m.$('button.choice').click();
    await find(m, '.loading');
    expect(m.$('.loading').textContent!.trim()).to.equal('Loading free times…');
    expect(live()).to.equal('Loading free times…');
    release();
    (await find(m, 'button.day')).click();
    (await find(m, 'button.time')).click();
    await find(m, 'form.details');
    await submitDetails(m);

    release = api.hold();
    m.$<HTMLButtonElement>('button.primary').click();
    await find(m, '.loading');
    expect(m.$('.loading').textContent!.trim()).to.equal('Booking your appointment…');
    expect(m.$('button.primary').getAttribute('aria-disabled')).to.equal('true');
    // A second press while waiting books nothing twice.
    m.$<HTMLButtonElement>('button.primary').click();
    release();
    await atStep(m, 'booked');
    expect(api.bookings).to.have.length(1);
  });
});
