// What the post editor's pickers show and submit for one uploaded file.
export type PickedAsset = {
  id: number;
  fileName: string;
  mimeType: string;
  size: number;
  /** Address of the file (/files/{id}-{token}/{name}; the public may open it once published content uses it). */
  src: string;
  isImage: boolean;
};

/** Moves the item at `from` by `by` places (−1 up, +1 down); out-of-range moves change nothing. */
export function moveItem<T>(items: T[], from: number, by: number): T[] {
  const to = from + by;
  if (from < 0 || from >= items.length || to < 0 || to >= items.length) return items;
  const next = items.slice();
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}
