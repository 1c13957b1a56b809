import { randomBytes } from "node:crypto";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { applyMigrations, loadMigrationsList, migrationStatus, pendingSchemaSql } from "./migrations";

const url = () => process.env.DATABASE_URL!;

async function scratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `tandem_scratch_${randomBytes(4).toString("hex")}`;
  const admin = new URL(url());
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await run(`CREATE DATABASE "${name}"`);
  const scratch = new URL(url());
  scratch.pathname = `/${name}`;
  return { url: scratch.toString(), drop: () => run(`DROP DATABASE "${name}" WITH (FORCE)`) };
}

describe("migrations", () => {
  it("schema.prisma has no change that lacks a migration", async () => {
    // Fails when someone edits schema.prisma without `npm run db:migration -- <name>`.
    expect(await pendingSchemaSql(url())).toBe("");
  });

  it("reports the test database as fully migrated", async () => {
    const status = await migrationStatus(url());
    expect(status).toMatchObject({ applied: true, pending: [], failed: [], edited: [] });
  });

  it("applies every migration to an empty database once, and nothing the second time", async () => {
    const scratch = await scratchDatabase();
    try {
      const all = (await loadMigrationsList()).migrationDirectories.map((m) => m.path);
      expect((await migrationStatus(scratch.url)).pending).toEqual(all);
      expect(await applyMigrations(scratch.url)).toEqual(all);
      expect(await applyMigrations(scratch.url)).toEqual([]);
      const client = new pg.Client({ connectionString: scratch.url });
      await client.connect();
      const recorded = await client.query<{ migration_name: string }>(
        "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name",
      );
      await client.end();
      expect(recorded.rows.map((r) => r.migration_name)).toEqual(all);
    } finally {
      await scratch.drop();
    }
  });
});
