/**
 * The sliding-window counter (as Cloudflare's and Redis' rate limiters): the previous fixed
 * window's hits count in proportion to how much of it the last `windowMs` still overlaps. A
 * burst just before and just after a window boundary is then one burst, not two.
 */
export function slidingCount(hits: { current: number; previous: number }, elapsedMs: number, windowMs: number): number {
  return hits.previous * (1 - elapsedMs / windowMs) + hits.current;
}

/**
 * Seconds until one more hit would be allowed, given the hits so far (the refused one not
 * counted): within this window if the previous one fades enough, else into the next one.
 */
export function secondsUntilAllowed(
  hits: { current: number; previous: number },
  elapsedMs: number,
  windowMs: number,
  limit: number,
): number {
  // One more hit is allowed when previous × (1 − t / W) + current + 1 ≤ limit.
  const room = limit - hits.current - 1;
  let waitMs: number;
  if (room >= 0 && hits.previous > 0) {
    waitMs = windowMs * (1 - room / hits.previous) - elapsedMs;
  } else {
    // In the next window this one's hits are the previous: cur × (1 − t' / W) + 1 ≤ limit.
    const fade = hits.current > 0 ? windowMs * Math.max(0, 1 - (limit - 1) / hits.current) : 0;
    waitMs = windowMs - elapsedMs + fade;
  }
  return Math.max(1, Math.ceil(waitMs / 1000));
}
