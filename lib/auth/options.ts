import type { NextAuthOptions, User } from "next-auth";
import { encode as encodeJwt, type JWTEncodeParams } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { audit } from "@/lib/audit/log";
import { getPrisma, getRootPrisma } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { lockedCode, SIGN_IN_ERRORS } from "./messages";
import { authSecret, secureCookies, sessionCookieName } from "./secret";
import { closeSession, openSession, SESSION_LIFETIME_MS, sessionStands } from "./server-sessions";
import { signInWithPassword, type SignInDeps, type SignInUser } from "./sign-in";
import { loginAddress } from "./throttle";

// next-auth v4: e-mail + password only, in an encrypted JWT cookie that names a server-side
// session (lib/auth/server-sessions.ts). What a cookie says is never trusted alone:
// lib/auth/session.ts checks its session row and re-reads the user on every request, so a
// sign-out, a role change, a deactivation or a bumped sessionVersion takes effect at once.

export const SESSION_MAX_AGE_S = SESSION_LIFETIME_MS / 1000;
const SESSION_UPDATE_AGE_S = 60 * 60;

/**
 * What the session cookie carries besides next-auth's own claims: `sid` names the server-side
 * session, `sexp` (seconds since 1970) is its fixed end, which no refresh of the cookie moves.
 */
export type SessionClaims = {
  uid: number;
  sv: number;
  role: Role;
  name: string;
  email: string;
  sid: string;
  sexp: number;
};
type AuthorizedUser = User & SignInUser;

/** next-auth's authorize(): null for a wrong password; a thrown code for the other refusals. */
export async function authorizeCredentials(
  credentials: Record<string, string> | undefined,
  headers: Record<string, string | string[] | undefined> | Headers,
  deps?: SignInDeps,
): Promise<AuthorizedUser | null> {
  const result = await signInWithPassword(
    {
      email: String(credentials?.email ?? ""),
      password: String(credentials?.password ?? ""),
      address: loginAddress(headers),
    },
    deps,
  );
  if (result.ok) return { ...result.user, id: String(result.user.id) } as unknown as AuthorizedUser;
  if (result.reason === "locked") throw new Error(lockedCode(result.scope, result.minutes));
  if (result.reason === "inactive") throw new Error(SIGN_IN_ERRORS.inactive);
  return null;
}

let cached: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  return (cached ??= buildOptions());
}

function buildOptions(): NextAuthOptions {
  const secure = secureCookies();
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S, updateAge: SESSION_UPDATE_AGE_S },
    jwt: { maxAge: SESSION_MAX_AGE_S, encode: encodeWithinSession },
    useSecureCookies: secure,
    cookies: {
      sessionToken: { name: sessionCookieName(), options: { httpOnly: true, sameSite: "lax", path: "/", secure } },
    },
    pages: { signIn: "/admin/login", error: "/admin/login" },
    providers: [
      CredentialsProvider({
        name: "อีเมลและรหัสผ่าน",
        credentials: { email: { label: "อีเมล", type: "email" }, password: { label: "รหัสผ่าน", type: "password" } },
        authorize: (credentials, req) => authorizeCredentials(credentials, req.headers ?? {}),
      }),
    ],
    callbacks: {
      jwt: jwtCallback,
      session({ session, token }) {
        const claims = token as Partial<SessionClaims>;
        // The session's own end, not next-auth's "now + maxAge" (which every refresh would move).
        const expires = typeof claims.sexp === "number" ? new Date(claims.sexp * 1000).toISOString() : session.expires;
        return {
          ...session,
          expires,
          user: { id: claims.uid, name: claims.name, email: claims.email, role: claims.role },
        } as typeof session;
      },
    },
    events: {
      async signOut({ token }) {
        const claims = token as Partial<SessionClaims> | null;
        // The session ends on the server: the cookie, replayed later, is refused.
        await closeSession(getRootPrisma(), claims?.sid);
        const uid = claims?.uid;
        if (typeof uid !== "number") return;
        // An account deleted meanwhile must not turn a sign-out into an error.
        await audit(getPrisma(), { userId: uid, action: "auth.logout", entity: "auth", entityId: uid }).catch(
          () => undefined,
        );
      },
    },
    logger: {
      // next-auth logs refused sign-ins with stacks; the audit log already has them.
      error: (code) => console.error(`[auth] ${code}`),
      warn: (code) => console.warn(`[auth] ${code}`),
      debug: () => undefined,
    },
  };
}

/**
 * At sign-in: opens the server-side session and puts its id and end, with the user's id, role,
 * name and sessionVersion, into the cookie's token. On a refresh (/api/auth/session): a token
 * whose session no longer stands is refused, and next-auth then clears the cookie.
 */
export async function jwtCallback({ token, user }: { token: Record<string, unknown>; user?: unknown }) {
  const now = new Date();
  if (user) {
    const u = user as AuthorizedUser;
    const { sid, expiresAt } = await openSession(getRootPrisma(), Number(u.id), now);
    const claims: SessionClaims = {
      uid: Number(u.id),
      sv: u.sessionVersion,
      role: u.role,
      name: u.name,
      email: u.email,
      sid,
      sexp: Math.floor(expiresAt.getTime() / 1000),
    };
    Object.assign(token, claims);
  } else {
    const { uid, sid } = token as Partial<SessionClaims>;
    if (typeof uid !== "number" || !(await sessionStands(getRootPrisma(), sid, uid, now)))
      throw new Error("SessionEnded");
  }
  return token as typeof token & Partial<SessionClaims>;
}

/**
 * next-auth re-encodes the cookie with a fresh `exp` of maxAge on every refresh; the token may never
 * outlive its session, so its lifetime is cut at `sexp`.
 */
export async function encodeWithinSession(params: JWTEncodeParams): Promise<string> {
  const sexp = (params.token as Partial<SessionClaims> | undefined)?.sexp;
  const maxAge = params.maxAge ?? SESSION_MAX_AGE_S;
  const left = typeof sexp === "number" ? sexp - Math.floor(Date.now() / 1000) : maxAge;
  return encodeJwt({ ...params, maxAge: Math.min(maxAge, left) });
}
