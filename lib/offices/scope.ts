import { Prisma, type PrismaClient } from "../generated/prisma/client";

// Isolation between offices, in one place: every query the application makes through getPrisma()
// names its office here, so no listing, page or action can forget to. Each model is one of three
// kinds, and a test (tests/unit/office-scope.test.ts) fails for a model that is none of them:
// - owned: the row has its own officeId, added to every filter and every row created;
// - child: the row belongs to an owned parent, and every filter reaches the office through it;
// - shared: platform data that no office owns (people, sign-in, holidays, the offices).
// Raw SQL is not seen here: its few callers add the office themselves (currentOfficeId()).

type ModelName = Prisma.ModelName;
type Filter = Record<string, unknown>;

export const OWNED_MODELS = [
  "User",
  "Post",
  "Asset",
  "AssetContent",
  "Subscriber",
  "AlertDelivery",
  "Tag",
  "Event",
  "SiteSettings",
  "AuditLog",
  "OnlineVisitor",
  "Election",
  "OfficePage",
  "Executive",
  "ProcurementDisclosure",
  "CentralPin",
] as const satisfies readonly ModelName[];

/** How a child row reaches its office: the relation filter to its owned ancestor. */
export const CHILD_MODELS = {
  Session: (officeId: number) => ({ user: { officeId } }),
  PostSlug: (officeId: number) => ({ post: { officeId } }),
  ChangeNote: (officeId: number) => ({ post: { officeId } }),
  PostRevision: (officeId: number) => ({ post: { officeId } }),
  PostAttachment: (officeId: number) => ({ post: { officeId } }),
  PostImage: (officeId: number) => ({ post: { officeId } }),
  PostTag: (officeId: number) => ({ post: { officeId } }),
  Contest: (officeId: number) => ({ election: { officeId } }),
  Candidate: (officeId: number) => ({ contest: { election: { officeId } } }),
  ElectionPost: (officeId: number) => ({ election: { officeId } }),
} as const satisfies Partial<Record<ModelName, (officeId: number) => Filter>>;

/** Why each shared model belongs to no office. */
export const SHARED_MODELS = {
  Office: "the offices themselves",
  OfficeHost: "the host names that say which office a request is for",
  LoginAttempt: "sign-in throttling, per account and address",
  Holiday: "public holidays are national",
  AssetBodyUse: "written only by database triggers from an owned body; read by asset or post id",
} as const satisfies Partial<Record<ModelName, string>>;

const owned = new Set<string>(OWNED_MODELS);
const children = CHILD_MODELS as Partial<Record<string, (officeId: number) => Filter>>;

// Operations that name one row by a unique key: the office joins that key at the top level.
const UNIQUE = new Set(["findUnique", "findUniqueOrThrow", "update", "delete", "upsert"]);
const CREATE = new Set(["create", "createMany", "createManyAndReturn"]);

function scopeFilter(model: string, officeId: number): Filter | null {
  if (owned.has(model)) return { officeId };
  return children[model]?.(officeId) ?? null;
}

/** The arguments of one query, confined to one office. */
export function confine(model: string, operation: string, args: unknown, officeId: number): unknown {
  const filter = scopeFilter(model, officeId);
  if (!filter) return args;
  const a = { ...(args as Record<string, unknown>) };
  const stamp = (row: unknown) => (owned.has(model) ? { ...(row as Filter), officeId } : row);
  if (CREATE.has(operation)) {
    a.data = Array.isArray(a.data) ? a.data.map(stamp) : stamp(a.data);
    return a;
  }
  if (UNIQUE.has(operation)) {
    a.where = { ...(a.where as Filter), ...filter };
    if (operation === "upsert") a.create = stamp(a.create);
    return a;
  }
  a.where = a.where ? { AND: [a.where, filter] } : filter;
  return a;
}

/**
 * `prisma` with every model query confined to the office `officeId()` names (looked up on each
 * query, so that one client serves whichever office a request is for). Query hooks change no
 * types, so the result is typed as the client it wraps.
 */
export function scopeToOffice(prisma: PrismaClient, officeId: () => number | Promise<number>): PrismaClient {
  return prisma.$extends({
    name: "office-scope",
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          return query(confine(model, operation, args, await officeId()) as typeof args);
        },
      },
    },
  }) as unknown as PrismaClient;
}
