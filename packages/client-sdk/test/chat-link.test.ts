import { describe, expect, it } from 'vitest';
import { SessionId, chatLink, newSessionId, parseChatRef } from '../src/index.js';

describe('chatLink', () => {
  it('builds a wa.me link with digits only and the encoded text ending in the reference', () => {
    const link = chatLink({ phone: '+34 600-12-34-56', text: 'Hola, quiero reservar una cita', ref: 'ABC123' });
    expect(link).toBe('https://wa.me/34600123456?text=Hola%2C%20quiero%20reservar%20una%20cita%20(ref%3A%20ABC123)');
    const text = new URL(link).searchParams.get('text');
    expect(text).toBe('Hola, quiero reservar una cita (ref: ABC123)');
  });

  it('round-trips a session id through the message the bot receives', () => {
    const ref = newSessionId();
    expect(SessionId.safeParse(ref).success).toBe(true);
    const text = new URL(
      chatLink({ phone: '+52 1 55 1234 5678', text: '¿Tienen cita mañana? 🙂', ref }),
    ).searchParams.get('text')!;
    expect(parseChatRef(text)).toBe(ref);
  });

  it('finds no reference when the patient edited it away or wrote their own text', () => {
    expect(parseChatRef('Hola, quiero una cita')).toBeUndefined();
    expect(parseChatRef('Hola (ref: ABC123) y algo más')).toBeUndefined();
    expect(parseChatRef('(ref: a b)')).toBeUndefined();
    expect(parseChatRef('hola (ref:XYZ789)  ')).toBe('XYZ789');
  });

  it('opens another base URL when given one (the demo simulator), keeping the reference', () => {
    const link = chatLink({
      phone: '+34600123456',
      text: 'Hola',
      ref: 'ABC123',
      baseUrl: 'http://127.0.0.1:3000/chat',
    });
    expect(link).toBe('http://127.0.0.1:3000/chat?text=Hola%20(ref%3A%20ABC123)');
    expect(parseChatRef(new URL(link).searchParams.get('text')!)).toBe('ABC123');
  });

  it('refuses a phone without digits or a reference the bot could not read back', () => {
    expect(() => chatLink({ phone: 'call us', text: 'Hola', ref: 'ABC123' })).toThrow(TypeError);
    expect(() => chatLink({ phone: '+34600123456', text: 'Hola', ref: 'a b)' })).toThrow(TypeError);
  });
});
