import { ALERTS_AUDIT_LABELS } from "@/lib/alerts/labels";
import { ASSET_AUDIT_LABELS } from "@/lib/media/labels";
import { AUTH_AUDIT_LABELS } from "@/lib/auth/labels";
import { EVENT_AUDIT_LABELS } from "@/lib/calendar/labels";
import { CONTEST_AUDIT_LABELS, ELECTION_AUDIT_LABELS } from "@/lib/elections/labels";
import type { Prisma } from "@/lib/generated/prisma/client";
import { EXECUTIVE_AUDIT_LABELS, OFFICE_PAGE_AUDIT_LABELS } from "@/lib/office/labels";
import { OFFICE_AUDIT_LABELS } from "@/lib/offices/labels";
import { CENTRAL_PIN_AUDIT_LABELS, POST_AUDIT_LABELS } from "@/lib/posts/labels";
import { PROCUREMENT_AUDIT_LABELS } from "@/lib/procurement/labels";
import { SETTINGS_AUDIT_LABELS } from "@/lib/settings/labels";
import { formatThaiDateTime } from "@/lib/thai-date";
import { USER_AUDIT_LABELS } from "@/lib/users/labels";
import type { EntityAuditLabels } from "./entity-labels";

// Turns audit entries into Thai a staff member can read: action names, entity names, field names
// and values (dates in Bangkok time, roles and statuses by their Thai labels). Each domain knows
// its own labels (lib/<domain>/labels.ts); this module only looks them up by entity type. Unknown
// codes are shown as they are rather than hidden.

// Entity type (AuditLog.entity) → its domain's labels. The order is the order of the fields on
// the audit page: a field two domains share (title, status, kind) is placed where it first appears.
const REGISTRY: Record<string, EntityAuditLabels> = {
  settings: SETTINGS_AUDIT_LABELS,
  event: EVENT_AUDIT_LABELS,
  user: USER_AUDIT_LABELS,
  post: POST_AUDIT_LABELS,
  central_pin: CENTRAL_PIN_AUDIT_LABELS,
  asset: ASSET_AUDIT_LABELS,
  election: ELECTION_AUDIT_LABELS,
  contest: CONTEST_AUDIT_LABELS,
  office_page: OFFICE_PAGE_AUDIT_LABELS,
  executive: EXECUTIVE_AUDIT_LABELS,
  procurement: PROCUREMENT_AUDIT_LABELS,
  auth: AUTH_AUDIT_LABELS,
  office: OFFICE_AUDIT_LABELS,
  alerts: ALERTS_AUDIT_LABELS,
};

const DOMAINS = Object.values(REGISTRY);

export const ACTION_LABELS: Record<string, string> = Object.assign({}, ...DOMAINS.map((d) => d.actions));

export const ENTITY_LABELS: Record<string, string> = Object.fromEntries(
  Object.entries(REGISTRY).map(([entity, d]) => [entity, d.name]),
);

// Entries carry no entity beside each field, so field and value names are looked up across all
// domains; where two domains share a field name they give it the same Thai name, and their coded
// values do not overlap (post and contest statuses, election and procurement kinds).
const FIELD_LABELS: Record<string, string> = {};
const VALUE_LABELS: Record<string, Record<string, string>> = {};
for (const d of DOMAINS) {
  for (const [field, label] of Object.entries(d.fields ?? {})) FIELD_LABELS[field] ??= label;
  for (const [field, codes] of Object.entries(d.values ?? {}))
    VALUE_LABELS[field] = { ...codes, ...VALUE_LABELS[field] };
}

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

export function entityLabel(entity: string): string {
  return ENTITY_LABELS[entity] ?? entity;
}

export function fieldLabel(field: string): string {
  if (Object.hasOwn(FIELD_LABELS, field)) return FIELD_LABELS[field]!;
  for (const d of DOMAINS) {
    const described = d.describeField?.(field);
    if (described) return described;
  }
  return field;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const LONG_TEXT = 300;

/** One value as plain text (never HTML: the page prints it as text). */
export function formatAuditValue(field: string, value: Prisma.JsonValue | undefined): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "ใช่" : "ไม่ใช่";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") {
    const coded = VALUE_LABELS[field]?.[value];
    if (coded) return coded;
    if (ISO_INSTANT.test(value)) {
      const d = new Date(value);
      if (!Number.isNaN(d.getTime())) return formatThaiDateTime(d);
    }
    return value.length > LONG_TEXT
      ? `${value.slice(0, LONG_TEXT)}… (${value.length.toLocaleString("th-TH")} ตัวอักษร)`
      : value;
  }
  if (Array.isArray(value)) return value.map((v) => formatAuditValue(field, v)).join(", ") || "—";
  return JSON.stringify(value);
}

export type AuditChange = { field: string; label: string; before: string; after: string };

// PostgreSQL's jsonb keeps keys in its own order (shortest first): rows follow the forms' order
// instead (the domains' field lists, in the order of REGISTRY), with unknown fields at the end.
const FIELD_ORDER = new Map(Object.keys(FIELD_LABELS).map((k, i) => [k, i]));
const orderOf = (field: string) => FIELD_ORDER.get(field) ?? Number.MAX_SAFE_INTEGER;

/** Field-by-field rows of an entry's before/after, in the forms' field order. */
export function auditChanges(before: Prisma.JsonValue | null, after: Prisma.JsonValue | null): AuditChange[] {
  const b = isObject(before) ? before : {};
  const a = isObject(after) ? after : {};
  // Numeric order among unknown fields too: candidate.2 before candidate.10.
  const byName = (x: string, y: string) => x.localeCompare(y, "en", { numeric: true });
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort(
    (x, y) => orderOf(x) - orderOf(y) || byName(x, y),
  );
  return fields.map((field) => ({
    field,
    label: fieldLabel(field),
    before: field in b ? formatAuditValue(field, b[field]) : "—",
    after: field in a ? formatAuditValue(field, a[field]) : "—",
  }));
}

function isObject(v: Prisma.JsonValue | null): v is Prisma.JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The staff page of the entity an entry is about, when there is one. */
export function entityHref(entity: string, entityId: string | null): string | null {
  return (Object.hasOwn(REGISTRY, entity) && REGISTRY[entity]!.href?.(entityId)) || null;
}
