import type { EntryMethod } from './schema/common.js';

/**
 * 32-bit FNV-1a over the id's UTF-16 code units, with a murmur3 finaliser: FNV-1a alone puts
 * ids that differ only in their last character next to each other, the finaliser spreads
 * them over the whole range so a split by threshold is even.
 */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/**
 * The experiment arm for a visitor: the same id always gets the same arm, and over many
 * visitors the share shown `web_form` is `webFormShare` (0–1, from `GET /v1/config`).
 */
export function assignVariant(visitorId: string, webFormShare: number): EntryMethod {
  const share = Number.isFinite(webFormShare) ? Math.min(1, Math.max(0, webFormShare)) : 0.5;
  return stableHash(visitorId) / 2 ** 32 < share ? 'web_form' : 'click_to_chat';
}
