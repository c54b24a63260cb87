/** Escapes text for HTML the server writes itself (refusal pages, e-mail messages). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
