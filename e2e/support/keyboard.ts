import type { Page } from 'playwright-core';

/** Describes the focused element, looking through shadow roots (tag#id.class "text"). */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return '';
    const id = el.id ? `#${el.id}` : '';
    const cls = el.classList.length ? `.${[...el.classList].join('.')}` : '';
    return `${el.tagName.toLowerCase()}${id}${cls} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60)}"`;
  });
}

/**
 * Presses Tab (Shift+Tab when `backwards`) until the focused element's description matches,
 * as a keyboard user would; fails after `limit` presses.
 */
export async function tabTo(page: Page, match: RegExp, { limit = 60, backwards = false } = {}): Promise<string> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (match.test(now)) return now;
  }
  throw new Error(`Tab never reached ${match} (last: ${await focused(page)})`);
}
