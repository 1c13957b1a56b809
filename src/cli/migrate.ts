/** `npm run db:migrate` | `npm run db:migration -- <name>` | `npm run db:status` */
import { applyMigrations, createMigration, migrationStatus } from "../server/db/migrations";
import { runToCompletion } from "./command";
import { resolveDatabase } from "./database";

async function main(): Promise<number> {
  const [command, name] = process.argv.slice(2);
  if (command === "create" && !name) throw new Error("Name the migration: npm run db:migration -- add_profiles");
  const db = await resolveDatabase();
  try {
    if (command === "create" && name) {
      const created = await createMigration(db.url, name);
      console.log(created ? `Created ${created}. Review its SQL, then run npm run db:migrate.` : "schema.prisma has no changes since the last migration.");
    } else if (command === "apply") {
      const applied = await applyMigrations(db.url);
      console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations.");
    } else if (command === "status") {
      const status = await migrationStatus(db.url);
      console.log(status.summary);
      if (status.failed.length) console.log(`Failed: ${status.failed.join(", ")}`);
      if (status.edited.length) console.log(`Edited after being applied: ${status.edited.join(", ")}`);
      return status.applied ? 0 : 1;
    } else {
      throw new Error(`Unknown command "${command}". Use apply, create or status.`);
    }
    return 0;
  } finally {
    await db.stop();
  }
}

const scripts: Record<string, string> = { apply: "db:migrate", create: "db:migration", status: "db:status" };
runToCompletion(`npm run ${scripts[process.argv[2] ?? ""] ?? "db:migrate"}`, main);
