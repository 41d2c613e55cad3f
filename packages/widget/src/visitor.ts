const KEY = 'psybook:visitor';
let memory: string | undefined;

/**
 * This browser's visitor id, kept in localStorage so the A/B arm is sticky across visits; in
 * memory (sticky for this page) where storage is blocked, e.g. some private windows or iframes.
 */
export function visitorId(make: () => string): string {
  try {
    const stored = localStorage.getItem(KEY);
    if (stored) return stored;
    const id = make();
    localStorage.setItem(KEY, id);
    return id;
  } catch {
    memory ??= make();
    return memory;
  }
}

export const VISITOR_STORAGE_KEY = KEY;
