// What a domain tells the audit page about one kind of entity it writes audit entries for. Each
// domain keeps these beside its own code (lib/<domain>/labels.ts); lib/audit/labels.ts only
// collects them (STYLE.md principle 13: audit asks the domain rather than knowing it).

export type EntityAuditLabels = {
  /** Thai name of the entity ("ข่าว/ประกาศ"). */
  name: string;
  /** Thai names of the action codes written for this entity ("post.publish"). */
  actions: Record<string, string>;
  /** Thai names of the fields of its before/after snapshots, in the staff form's order. */
  fields?: Record<string, string>;
  /** Fields named by a pattern rather than listed ("candidate.7"): a Thai name, or null. */
  describeField?: (field: string) => string | null;
  /** Thai names of coded values, by field ("status" → "PUBLISHED" → "เผยแพร่แล้ว"). */
  values?: Record<string, Record<string, string>>;
  /** The staff page of one entity, when there is one. */
  href?: (entityId: string | null) => string | null;
};

/** href for entities whose staff page is `${base}/${id}`: numeric ids only, anything else has none. */
export function numericIdHref(base: string): (entityId: string | null) => string | null {
  return (entityId) => (entityId && /^\d+$/.test(entityId) ? `${base}/${entityId}` : null);
}
