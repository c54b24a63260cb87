// `npm run user:create -- --email somchai@example.go.th --name "สมชาย ใจดี" --role ADMIN`
// Creates a staff account on the configured database (DATABASE_URL, or the embedded one; stop the
// site first, the embedded database takes one process at a time). A chosen password is never a
// command-line argument (it would show in `ps` and the shell history): at a terminal it is asked
// for without echo, typed twice; otherwise it is read from standard input (its first line), e.g.
// `pass show ect/somchai | npm run user:create -- …`. An empty answer, or empty standard input,
// generates a password, printed once, which its owner must replace at first sign-in.
import "dotenv/config";
import { mkdirSync } from "node:fs";
import { parseArgs } from "node:util";
import { createUserAccount, newUserSchema, UserExistsError } from "@/lib/auth/bootstrap";
import { passwordProblem } from "@/lib/auth/password";
import { configuredOptions, createPrisma } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { env } from "@/lib/env";
import { scopeToOffice } from "@/lib/offices/scope";

const USAGE = [
  'Usage: npm run user:create -- --email <e-mail> --name "<name>" --role ADMIN|EDITOR|AUTHOR [--office <code>] [--platform-admin]',
  "  --office: the office the account works for (its code, e.g. nan; the default office when left out)",
  "  --platform-admin: the central IT's account, an admin in every office (with --role ADMIN)",
  "  The password is asked for at the terminal (leave it empty to generate one), or read from",
  "  standard input when that is not a terminal: printf '%s\\n' \"$PASSWORD\" | npm run user:create -- …",
].join("\n");

const NO_PASSWORD_FLAG =
  "--password is not accepted: a password on the command line shows in `ps` and in the shell history.\n" +
  "  Type it at the prompt, or pipe it on standard input.";

/** Reads one line at the terminal without showing what is typed. */
async function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding("utf8");
  return new Promise((resolve, reject) => {
    let typed = "";
    const done = (result: string | Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off("data", onData);
      process.stderr.write("\n");
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n") return done(typed);
        if (ch === "\u0003") return done(new Error("cancelled"));
        if (ch === "\u007f" || ch === "\b") typed = [...typed].slice(0, -1).join("");
        else if (ch >= " ") typed += ch;
      }
    };
    stdin.on("data", onData);
  });
}

/** Standard input up to its end; the first line is the password (a trailing newline is not part of it). */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
}

/** The chosen password, or undefined to generate one; a string is an error to print. */
async function choosePassword(): Promise<{ password?: string } | { error: string }> {
  let password: string;
  if (process.stdin.isTTY) {
    password = await promptHidden("Password (at least 10 characters; leave empty to generate one): ");
    if (password === "") return {};
    const again = await promptHidden("The same password again: ");
    if (again !== password) return { error: "the two passwords differ; nothing was changed" };
  } else {
    password = await readStdin();
    if (password === "") return {};
  }
  const problem = passwordProblem(password);
  return problem ? { error: `password: ${problem}` } : { password };
}

async function main(): Promise<number> {
  if (process.argv.slice(2).some((a) => a === "--password" || a.startsWith("--password="))) {
    console.error(`✗ ${NO_PASSWORD_FLAG}\n${USAGE}`);
    return 2;
  }
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      options: {
        email: { type: "string" },
        name: { type: "string" },
        role: { type: "string" },
        office: { type: "string" },
        "platform-admin": { type: "boolean" },
        help: { type: "boolean" },
      },
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
  const input = {
    email: values.email,
    name: values.name,
    role: typeof values.role === "string" ? values.role.toUpperCase() : values.role,
  };
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      console.error(
        `✗ --${issue.path.join(".")}: ${issue.path.length && input[issue.path[0] as keyof typeof input] === undefined ? "missing" : issue.message}`,
      );
    console.error(USAGE);
    return 2;
  }
  const chosen = await choosePassword();
  if ("error" in chosen) {
    console.error(`✗ ${chosen.error}`);
    return 2;
  }

  const config = env();
  if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
  const db = createPrisma(configuredOptions());
  try {
    await applyMigrations(db.runner);
    // The account belongs to one office: --office <code>, else the default office.
    const code = typeof values.office === "string" ? values.office.trim().toLowerCase() : undefined;
    const office = await db.prisma.office.findFirst({ where: code ? { code } : { isDefault: true } });
    if (!office) {
      console.error(`✗ --office: no office has the code "${code}" (codes as in ../shared/offices.tsv, or ect)`);
      return 2;
    }
    const platform = values["platform-admin"] === true;
    if (platform && parsed.data.role !== "ADMIN") {
      console.error("✗ --platform-admin: a platform administrator's role is ADMIN");
      return 2;
    }
    const user = await createUserAccount(
      scopeToOffice(db.prisma, () => office.id),
      { ...parsed.data, password: chosen.password },
      "cli",
    );
    if (platform) await db.prisma.user.update({ where: { id: user.id }, data: { isPlatformAdmin: true } });
    console.log(
      `✓ Created ${platform ? "platform administrator" : parsed.data.role} ${user.email} (id ${user.id}) in ${office.nameTh} (${office.code}).`,
    );
    if (user.generated) {
      console.log(
        `  Password: ${user.password}\n  (shown once; it is not stored anywhere in clear — note it now. The first sign-in asks for a password of their own.)`,
      );
    }
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
