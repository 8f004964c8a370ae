/**
 * The reader's choices kept in this browser for the next visit (language, large type). Storage
 * can be switched off or full; a choice then simply lasts for the visit.
 */
export function loadPreference(key: string): string | null {
  try {
    return localStorage.getItem(`explorer.${key}`);
  } catch {
    return null;
  }
}

export function savePreference(key: string, value: string): void {
  try {
    localStorage.setItem(`explorer.${key}`, value);
  } catch {
    // As above: without storage the choice lasts for the visit.
  }
}
