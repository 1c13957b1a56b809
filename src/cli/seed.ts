/** `npm run db:seed`: demo data into an empty database (local mode only). */
import { env } from "../env";
import { createDb } from "../server/db/client";
import { seedDemo } from "../server/seed/demo";
import { resolveDatabase } from "./database";

async function main() {
  if (env.APP_ENV === "production") throw new Error("Demo data is never seeded in real-deployment mode.");
  const db = await resolveDatabase();
  const prisma = createDb(db.url);
  try {
    console.log((await seedDemo(prisma)) ? "Seeded demo data." : "The database already has members; nothing seeded.");
  } finally {
    await prisma.$disconnect();
    await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
