/**
 * `npm run db:seed`: demo data into an empty database (local mode only).
 * `npm run db:seed -- --members N`: N more generated, onboarded members (for benchmarks).
 */
import { env } from "../env";
import { createDb } from "../server/db/client";
import { seedDemo, seedMoreMembers } from "../server/seed/demo";
import { runToCompletion } from "./command";
import { resolveDatabase } from "./database";

function membersOption(): number | null {
  const at = process.argv.indexOf("--members");
  if (at === -1) return null;
  const count = Number(process.argv[at + 1]);
  if (!Number.isInteger(count) || count < 1 || count > 1_000_000) throw new Error("--members takes a whole number from 1 to 1,000,000.");
  return count;
}

async function main() {
  if (env.APP_ENV === "production") throw new Error("Demo data is never seeded in real-deployment mode.");
  const more = membersOption();
  const db = await resolveDatabase();
  const prisma = createDb(db.url);
  try {
    if (more) {
      const started = Date.now();
      await seedMoreMembers(prisma, more);
      console.log(`Seeded ${more.toLocaleString("en")} members in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    } else {
      console.log((await seedDemo(prisma)) ? "Seeded demo data." : "The database already has members; nothing seeded.");
    }
  } finally {
    await prisma.$disconnect();
    await db.stop();
  }
}

runToCompletion("npm run db:seed", main);
