import { describe, expect, it } from 'vitest';
import { parseChatRef as sdkParseChatRef, chatLink } from '../../../packages/client-sdk/src/chat-link.js';
import { isMyAppointments, isRestart, optionNumber, parseDay, parseTime } from '../../src/whatsapp/answers.js';
import { detectLanguage, languageRequest } from '../../src/whatsapp/i18n/index.js';
import { fit, limitViolations } from '../../src/whatsapp/limits.js';
import { waIdToE164 } from '../../src/whatsapp/phone.js';
import { parseChatRef } from '../../src/whatsapp/ref.js';

const MONDAY = '2026-11-30';

describe('typed answers', () => {
  it('reads relative days, weekdays and dates in both languages', () => {
    expect(parseDay('Mañana', MONDAY)).toEqual({ date: '2026-12-01' });
    expect(parseDay('manana', MONDAY)).toEqual({ date: '2026-12-01' });
    expect(parseDay('tomorrow', MONDAY)).toEqual({ date: '2026-12-01' });
    expect(parseDay('hoy', MONDAY)).toEqual({ date: MONDAY });
    expect(parseDay('pasado mañana', MONDAY)).toEqual({ date: '2026-12-02' });
    expect(parseDay('el miércoles', MONDAY)).toEqual({ weekday: 3 });
    expect(parseDay('Lunes', MONDAY)).toEqual({ weekday: 1 });
    expect(parseDay('Friday', MONDAY)).toEqual({ weekday: 5 });
    expect(parseDay('4/12', MONDAY)).toEqual({ date: '2026-12-04' });
    expect(parseDay('3/1', MONDAY)).toEqual({ date: '2027-01-03' });
    expect(parseDay('2026-12-07', MONDAY)).toEqual({ date: '2026-12-07' });
    expect(parseDay('31/13', MONDAY)).toBeUndefined();
    expect(parseDay('cuando puedas', MONDAY)).toBeUndefined();
  });

  it('reads times as 24 h, am/pm and bare hours (afternoon first)', () => {
    expect(parseTime('17:00')).toEqual(['17:00']);
    expect(parseTime('17.30')).toEqual(['17:30']);
    expect(parseTime('17h')).toEqual(['17:00']);
    expect(parseTime('5pm')).toEqual(['17:00']);
    expect(parseTime('5 PM')).toEqual(['17:00']);
    expect(parseTime('9am')).toEqual(['09:00']);
    expect(parseTime('12pm')).toEqual(['12:00']);
    expect(parseTime('a las 5')).toEqual(['17:00', '05:00']);
    expect(parseTime('at 10:00')).toEqual(['10:00', '22:00']);
    expect(parseTime('25:00')).toEqual([]);
    expect(parseTime('13pm')).toEqual([]);
    expect(parseTime('later')).toEqual([]);
  });

  it('knows restart words, "my appointments" and option numbers', () => {
    for (const word of ['menu', 'Menú', 'cancel', 'CANCELAR', 'reiniciar', 'restart'])
      expect(isRestart(word)).toBe(true);
    expect(isRestart('cancelar la cita del lunes')).toBe(false);
    expect(isMyAppointments('Mis citas')).toBe(true);
    expect(isMyAppointments('my appointments')).toBe(true);
    expect(optionNumber('2')).toBe(2);
    expect(optionNumber('#10')).toBe(10);
    expect(optionNumber('2 pm')).toBeUndefined();
  });

  it('detects the language from the first message, then from the number', () => {
    expect(detectLanguage('Hola, quiero reservar', '447700900123', 'en')).toBe('es');
    expect(detectLanguage("Hi, I'd like to book a session", '34600111222', 'es')).toBe('en');
    expect(detectLanguage('👋', '34600111222', 'en')).toBe('es');
    expect(detectLanguage('👋', '447700900123', 'es')).toBe('en');
    expect(detectLanguage('👋', '4915112345678', 'es')).toBe('es');
    expect(languageRequest('English')).toBe('en');
    expect(languageRequest('Español')).toBe('es');
    expect(languageRequest('hola')).toBeUndefined();
  });
});

describe('phones and references', () => {
  it('turns wa_ids into E.164, dropping the Mexican and Argentine mobile digit', () => {
    expect(waIdToE164('34600111222')).toBe('+34600111222');
    expect(waIdToE164('5215512345678')).toBe('+525512345678');
    expect(waIdToE164('5491123456789')).toBe('+541123456789');
    expect(waIdToE164('447700900123')).toBe('+447700900123');
  });

  it('reads the reference code exactly as the SDK writes and parses it', () => {
    const link = chatLink({ phone: '+34 600 000 000', text: 'Hola, quiero una cita', ref: 'sess_AbC-123' });
    const text = decodeURIComponent(new URL(link).searchParams.get('text')!);
    expect(parseChatRef(text)).toBe('sess_AbC-123');
    for (const sample of [text, 'Hola (ref: abc)', 'Hola (ref: a b c)', 'sin código', '(ref: ok-code) y algo más']) {
      expect(parseChatRef(sample)).toBe(sdkParseChatRef(sample));
    }
  });
});

describe('limits', () => {
  it('cuts labels by characters without splitting an emoji', () => {
    expect(fit('Más opciones ➡️ y mucho más texto', 20)).toHaveLength(20);
    expect([...fit('😊'.repeat(30), 24)]).toHaveLength(24);
    expect(fit('corto', 20)).toBe('corto');
  });

  it('finds every broken limit of an outbound message', () => {
    expect(
      limitViolations({ type: 'buttons', body: 'x', buttons: [1, 2, 3, 4].map((n) => ({ id: `${n}`, title: 'ok' })) }),
    ).toEqual(['4 buttons']);
    expect(
      limitViolations({ type: 'list', body: 'x', button: 'b', rows: [{ id: '1', title: 'x'.repeat(25) }] }),
    ).toHaveLength(1);
    expect(limitViolations({ type: 'text', body: 'fine' })).toEqual([]);
  });
});
