/** What goes into a click-to-chat link. */
export interface ChatLinkOptions {
  /** The clinic's WhatsApp number in any format (`+34 600 12 34 56`); only digits are kept. */
  phone: string;
  /** The prefilled message, e.g. "Hola, quiero reservar una cita". */
  text: string;
  /** The reference code tying the chat to the web visit, usually the metrics `sessionId`. */
  ref: string;
  /**
   * Where the link opens instead of WhatsApp, e.g. the local simulator in the demo
   * (`ClinicConfig.chatUrl`). @default `https://wa.me/<digits>`
   */
  baseUrl?: string | undefined;
}

// The reference rides at the end of the message as "(ref: CODE)". The patient can edit or
// delete it, so the bot treats it as an optional, untrusted hint (parseChatRef).
const REF_PATTERN = /\(ref:\s*([A-Za-z0-9_-]{4,100})\)\s*$/;

/** `https://wa.me/<digits>?text=<text> (ref: <ref>)`: opens WhatsApp with the message typed. */
export function chatLink({ phone, text, ref, baseUrl }: ChatLinkOptions): string {
  const digits = phone.replace(/\D/g, '');
  if (!digits) throw new TypeError('chatLink needs a phone number with digits');
  if (!/^[A-Za-z0-9_-]{4,100}$/.test(ref))
    throw new TypeError('chatLink ref must be 4–100 letters, digits, "-" or "_"');
  const message = `${text.trim()} (ref: ${ref})`.trim();
  const base = baseUrl ?? `https://wa.me/${digits}`;
  return `${base}${base.includes('?') ? '&' : '?'}text=${encodeURIComponent(message)}`;
}

/** The reference code at the end of a chat message made by `chatLink`, if it survived. */
export function parseChatRef(text: string): string | undefined {
  return REF_PATTERN.exec(text)?.[1];
}
