import { dbInfo, getPrisma } from "./client";

export async function openAtBoot(): Promise<void> {
  try {
    await getPrisma().$queryRaw`SELECT 1`;
    const info = dbInfo();
    console.log(`[db] connected: ${info.kind === "pglite" ? `embedded PostgreSQL in ${info.dir}` : info.url}`);
  } catch (error) {
    console.error(`[db] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
