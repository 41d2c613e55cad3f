/**
 * The path of a request as it may be logged. Query strings can carry personal data and are
 * dropped; a manage token in the path is a bearer secret (it cancels an appointment), so it
 * is replaced by a placeholder.
 */
export function loggedPath(url: string): string {
  const path = url.split('?')[0] ?? '';
  return path.replace(/^\/v1\/bookings\/[^/]+/, '/v1/bookings/:token');
}
