// `npm run user:create -- --email somchai@example.go.th --name "สมชาย ใจดี" --role ADMIN [--password …]`
// Creates a staff account on the configured database (DATABASE_URL, or the embedded one; stop the
// site first, the embedded database takes one process at a time). Without --password a password
// is generated and printed once; it is stored only as an argon2id hash.
import "dotenv/config";
import { mkdirSync } from "node:fs";
import { parseArgs } from "node:util";
import { createUserAccount, newUserSchema, UserExistsError } from "@/lib/auth/bootstrap";
import { configuredOptions, createPrisma } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { env } from "@/lib/env";

const USAGE = 'Usage: npm run user:create -- --email <e-mail> --name "<name>" --role ADMIN|EDITOR|AUTHOR [--password <at least 10 characters>]';

async function main(): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" }, password: { type: "string" }, help: { type: "boolean" } },
      strict: true,
    }));
  } catch (e) {
    console.error(`✗ ${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const input = { email: values.email, name: values.name, role: typeof values.role === "string" ? values.role.toUpperCase() : values.role, password: values.password };
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`✗ --${issue.path.join(".")}: ${issue.path.length && input[issue.path[0] as keyof typeof input] === undefined ? "missing" : issue.message}`);
    console.error(USAGE);
    return 2;
  }

  const config = env();
  if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
  const db = createPrisma(configuredOptions());
  try {
    await applyMigrations(db.runner);
    const user = await createUserAccount(db.prisma, parsed.data, "cli");
    console.log(`✓ Created ${parsed.data.role} ${user.email} (id ${user.id}).`);
    if (user.generated) console.log(`  Password: ${user.password}\n  (shown once; it is not stored anywhere in clear — note it now)`);
    return 0;
  } catch (e) {
    if (e instanceof UserExistsError) {
      console.error(`✗ ${e.message}`);
      return 1;
    }
    throw e;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
