import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.mjs';

/** Debian's Chromium driven by playwright-core (no browser download), headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: ensureChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

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

/** Every console error and page error, so a CSP violation or an exception fails the test. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
