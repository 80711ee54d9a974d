/**
 * A load made once and shared by every caller; a failed one is forgotten, so
 * the next call tries again (offline, then back online: nothing stays broken
 * until the page is reloaded).
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    }));
}
