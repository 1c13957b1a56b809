/** `npm run make-moderator -- <email>`: promotes a member to moderator. */
import { promoteToModerator } from "../server/accounts/roles";
import { createDb } from "../server/db/client";
import { runToCompletion } from "./command";
import { resolveDatabase } from "./database";

async function main() {
  const email = process.argv[2];
  if (!email) throw new Error("Name the member: npm run make-moderator -- someone@example.com");
  const db = await resolveDatabase(() => {});
  const prisma = createDb(db.url);
  try {
    const result = await promoteToModerator(prisma, email);
    console.log(result.alreadyModerator ? `${result.displayName} is already a moderator.` : `${result.displayName} is now a moderator.`);
  } finally {
    await prisma.$disconnect();
    await db.stop();
  }
}

runToCompletion("npm run make-moderator", main);
