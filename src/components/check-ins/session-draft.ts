/**
 * A form's unsaved draft in this tab's sessionStorage, so a reload keeps it and it is gone when
 * the tab closes. Keyed by member, so nobody else signing in on the tab sees it. A convenience:
 * private browsing or a full store just means no draft.
 */
export function readDraft(key: string): unknown {
  try {
    const raw = window.sessionStorage.getItem(key);
    return raw ? JSON.parse(raw) : null;
  } catch {
    return null;
  }
}

export function writeDraft(key: string, value: unknown): void {
  try {
    window.sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // No draft this time.
  }
}

export function dropDraft(key: string): void {
  try {
    window.sessionStorage.removeItem(key);
  } catch {
    // As above.
  }
}
