/** What a patient sent, reduced to what the conversation needs. */
export type InboundContent =
  | { kind: 'text'; text: string }
  /** A tapped reply button or list row (or a template quick reply): our own option id. */
  | { kind: 'choice'; id: string; title: string }
  /** Images, audio, stickers, locations…: answered with a polite text. */
  | { kind: 'unsupported'; type: string };

export interface InboundMessage {
  /** Meta's message id (`wamid.…`): handled once, whatever the redeliveries. */
  id: string;
  /** The sender's wa_id: digits, no `+`. Replies go to it as received. */
  from: string;
  /** Seconds since the epoch, as Meta stamps it. */
  timestamp: number;
  /** The sender's WhatsApp profile name, when Meta includes it. */
  profileName?: string;
  content: InboundContent;
}

/** A delivery report for a message we sent. */
export interface StatusUpdate {
  id: string;
  status: string;
  recipientId: string;
  errors: { code: number; title: string }[];
}

export interface ReplyButton {
  id: string;
  title: string;
}

export interface ListRow {
  id: string;
  title: string;
  description?: string;
}

/** A reply the bot sends; `sender/graph.ts` turns it into a Cloud API request. */
export type Outbound =
  | { type: 'text'; body: string }
  | { type: 'buttons'; body: string; buttons: ReplyButton[] }
  | { type: 'list'; body: string; button: string; rows: ListRow[] };

export type Lang = 'es' | 'en';
