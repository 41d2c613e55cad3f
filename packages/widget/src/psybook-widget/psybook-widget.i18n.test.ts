import { expect, waitUntil } from '@open-wc/testing';
import { atStep, expectAccessible, find, goToReview, mount, type } from '../../test/helpers.js';
import { FakeApi } from '../../test/fake-api.js';

describe('<psybook-widget> languages and time zones', () => {
  it('speaks Spanish end to end with lang="es", accessible at every step', async () => {
    const m = await mount({ lang: 'es' });
    await atStep(m, 'Elige tu psicólogo o psicóloga');
    expect(m.$('section').getAttribute('lang')).to.equal('es');
    await expectAccessible(m);
    m.$('button.choice').click();
    await atStep(m, 'Elige un día');
    expect(m.$('.progress').textContent).to.equal('Paso 2 de 5');
    const day = await find(m, 'button.day');
    expect(day.getAttribute('aria-label')).to.match(
      /^(lunes|martes|miércoles|jueves|viernes|sábado|domingo), \d+ de \w+, con horas libres$/,
    );
    expect(m.$$('th abbr').map((a) => a.getAttribute('title'))[0]).to.equal('lunes');
    await expectAccessible(m);
    day.click();
    await atStep(m, 'Elige una hora el');
    (await find(m, 'button.time')).click();
    await atStep(m, 'Tus datos');
    m.$<HTMLButtonElement>('button[type=submit]').click();
    await find(m, '#firstName-error');
    expect(m.$('#firstName-error').textContent).to.equal('Escribe tu nombre.');
    expect(m.$('label[for=lastName]').textContent).to.equal('Apellidos');
    expect(m.$$('#country option').map((o) => o.textContent)).to.include('España (+34)');
    await expectAccessible(m);
    type(m, '#firstName', 'Ana');
    type(m, '#lastName', 'García');
    type(m, '#phone', '612345678');
    m.$<HTMLButtonElement>('button[type=submit]').click();
    await atStep(m, 'Revisa y confirma');
    await expectAccessible(m);
    m.$<HTMLButtonElement>('button.primary').click();
    await atStep(m, 'Tu cita está reservada');
    expect(m.$('.lead').textContent).to.match(
      /^Ana, tu sesión con Lucía Fernández es el \p{L}+, \d+ de \p{L}+, \d{1,2}:\d{2}\. Te esperamos\.$/u,
    );
    await expectAccessible(m);
  });

  it('follows the page language when lang is auto', async () => {
    const api = new FakeApi();
    const page = Object.assign(document.createElement('div'), { lang: 'es-MX' });
    const el = Object.assign(document.createElement('psybook-widget'), {
      api: 'https://clinic.test',
      variant: 'click_to_chat',
      fetch: api.fetch,
    });
    page.append(el);
    document.body.append(page);
    try {
      await waitUntil(() => el.shadowRoot!.querySelector('a.chat-button'), 'no chat button', { timeout: 5000 });
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a.chat-button')!;
      expect(link.textContent).to.contain('Escribir por WhatsApp');
      expect(decodeURIComponent(link.href)).to.contain('Hola Clínica Serena, quiero reservar una cita.');
    } finally {
      page.remove();
    }
  });

  it('switches language when the page changes its <html lang>, as a site language switch does', async () => {
    const api = new FakeApi();
    const root = document.documentElement;
    const before = root.getAttribute('lang');
    root.lang = 'en';
    const el = Object.assign(document.createElement('psybook-widget'), {
      api: 'https://clinic.test',
      variant: 'click_to_chat',
      fetch: api.fetch,
    });
    document.body.append(el);
    try {
      const link = () => el.shadowRoot!.querySelector<HTMLAnchorElement>('a.chat-button');
      await waitUntil(() => link()?.textContent?.includes('Chat on WhatsApp'), 'no English chat button', {
        timeout: 5000,
      });
      root.lang = 'es';
      await waitUntil(() => link()!.textContent!.includes('Escribir por WhatsApp'), 'never switched to Spanish', {
        timeout: 5000,
      });
      expect(el.shadowRoot!.querySelector('section')!.getAttribute('lang')).to.equal('es');
    } finally {
      el.remove();
      if (before === null) root.removeAttribute('lang');
      else root.lang = before;
    }
  });

  it('shows times in the visitor zone and notes the clinic time when the zones differ', async () => {
    const m = await mount({ timeZone: 'America/New_York' }, { timezone: 'Europe/Madrid' });
    (await find(m, 'button.choice')).click();
    (await find(m, 'button.day')).click();
    const first = await find(m, 'button.time');
    expect(m.$('[part=timezone-note]').textContent)
      .to.contain('your time zone (New York)')
      .and.to.contain('Clinic time (Madrid)');
    // 10:00 in Madrid is 4:00 or 5:00 in New York, depending on the DST weeks.
    expect(first.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^[45]:00 AM \(10:00 AM clinic time10:00 AM\)$/);
    await expectAccessible(m);
  });

  it('shows plain times without a note when the visitor is in the clinic zone', async () => {
    const m = await mount({ timeZone: 'Europe/Madrid' }, { timezone: 'Europe/Madrid' });
    await goToReview(m);
    expect(m.$('[part=timezone-note]')).to.equal(null);
    expect(m.$('.summary').textContent).not.to.contain('clinic time');
  });
});
