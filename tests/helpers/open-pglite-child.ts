// Run as a separate process by tests/int/db-lock.int.test.ts: opens the embedded database folder
// given as the first argument and prints what it finds, or the error and exit code 2.
import { createPrisma } from "@/lib/db/client";

try {
  const db = createPrisma({ pgliteDir: process.argv[2] ?? "" });
  try {
    const posts = await db.prisma.post.findMany({ select: { title: true } });
    console.log(JSON.stringify({ titles: posts.map((p) => p.title) }));
  } finally {
    await db.close();
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
