/**
 * The reference code the click-to-chat link puts at the end of the prefilled message,
 * "… (ref: CODE)" — the same format as the SDK's `chatLink`/`parseChatRef` (a test keeps them
 * in step; the SDK's index pulls in browser code, so the server does not import it). The
 * patient may have edited it away or made it up: it only names the metrics session.
 */
const REF_PATTERN = /\(ref:\s*([A-Za-z0-9_-]{4,100})\)\s*$/;

export function parseChatRef(text: string): string | undefined {
  return REF_PATTERN.exec(text)?.[1];
}

/** The message without its reference code, for reading the patient's own words. */
export function withoutRef(text: string): string {
  return text.replace(REF_PATTERN, '').trim();
}
