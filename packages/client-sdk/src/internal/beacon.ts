/**
 * Sends a body while the page is going away. `sendBeacon` with a text/plain Blob is a
 * CORS-safelisted request (no preflight, which a dying page could not wait for); the server
 * accepts text/plain JSON on `/v1/metrics` for exactly this. When the beacon is refused (too
 * big, or unavailable) a `keepalive` fetch carries it instead. Returns false if neither could
 * be handed to the browser.
 */
export function sendOnExit(url: string, json: string): boolean {
  const nav = (globalThis as { navigator?: { sendBeacon?: (url: string, data: Blob) => boolean } }).navigator;
  try {
    if (typeof nav?.sendBeacon === 'function' && nav.sendBeacon(url, new Blob([json], { type: 'text/plain' })))
      return true;
  } catch {
    // Some browsers throw on a beacon over their quota instead of returning false.
  }
  try {
    void globalThis
      .fetch(url, { method: 'POST', body: json, keepalive: true, headers: { 'content-type': 'text/plain' } })
      .catch(() => undefined);
    return true;
  } catch {
    return false;
  }
}

interface Listening {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

/**
 * Calls `onExit` when the page is hidden or unloaded (`visibilitychange` to hidden is the
 * last event mobile browsers reliably fire; `pagehide` covers desktop navigation and bfcache).
 * Returns the function that removes the listeners. A no-op outside browsers.
 */
export function onPageExit(onExit: () => void): () => void {
  // Typed structurally so the SDK also compiles for Node without the DOM library.
  const win = globalThis as Partial<Listening>;
  const doc = (globalThis as { document?: Listening & { visibilityState: string } }).document;
  if (typeof win.addEventListener !== 'function') return () => undefined;
  const onVisibility = () => {
    if (doc?.visibilityState === 'hidden') onExit();
  };
  win.addEventListener('pagehide', onExit);
  doc?.addEventListener('visibilitychange', onVisibility);
  return () => {
    win.removeEventListener?.('pagehide', onExit);
    doc?.removeEventListener('visibilitychange', onVisibility);
  };
}
