import { resolveDatabase } from "./src/cli/database";
import { applyMigrations } from "./src/server/db/migrations";
const t = Date.now();
const db = await resolveDatabase();
console.log("started", db.url, Date.now() - t);
console.log(await applyMigrations(db.url));
await db.stop();
console.log("stopped", Date.now() - t);
