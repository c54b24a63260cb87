import { DISPLAY_KEY, type Display } from "@/lib/display/reader-choices";

// The reader's display choice as an external store for useSyncExternalStore: localStorage is the
// truth (the inline boot script reads it before the first paint); choosing writes it and the
// <html> data attributes from an event handler, outside React's render.

const listeners = new Set<() => void>();
// A choice localStorage refused (private mode): it holds for this page only.
let unsaved: string | null = null;

export function subscribeDisplay(onChange: () => void): () => void {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

/** The stored choice as saved (a string, so React compares snapshots by value). */
export function storedDisplay(): string | null {
  if (unsaved !== null) return unsaved;
  try {
    return localStorage.getItem(DISPLAY_KEY);
  } catch {
    return null;
  }
}

export function chooseDisplay(next: Display): void {
  const html = document.documentElement;
  if (next.text === "m") delete html.dataset.text;
  else html.dataset.text = next.text;
  if (next.contrast === "normal") delete html.dataset.contrast;
  else html.dataset.contrast = next.contrast;
  const raw = JSON.stringify(next);
  try {
    localStorage.setItem(DISPLAY_KEY, raw);
    unsaved = null;
  } catch {
    unsaved = raw;
  }
  for (const listener of listeners) listener();
}
