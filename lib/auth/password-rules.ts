// Password length limits, importable from client components (lib/auth/password.ts is server-only).
export const PASSWORD_MIN_LENGTH = 10;
// Hashing a megabyte-long "password" is a cheap way to burn CPU: cap what we accept.
export const PASSWORD_MAX_LENGTH = 200;
