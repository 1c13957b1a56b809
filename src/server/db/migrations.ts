/**
 * Migrations through Prisma's WebAssembly schema engine. The CLI's native engine cannot be
 * downloaded on these machines (TOOLCHAIN.md), but the wasm engine applies migrations exactly
 * as `prisma migrate deploy` does, recording them in `_prisma_migrations`.
 *
 * New migrations are made by diffing the datamodel as of the last migration
 * (`prisma/migrations/schema.snapshot.prisma`) against the current `schema.prisma`.
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { SchemaEngine } from "@prisma/schema-engine-wasm";

export const prismaDir = path.resolve(import.meta.dirname, "../../../prisma");
const migrationsDir = path.join(prismaDir, "migrations");
const schemaPath = path.join(prismaDir, "schema.prisma");
const snapshotPath = path.join(migrationsDir, "schema.snapshot.prisma");
const lockfilePath = path.join(migrationsDir, "migration_lock.toml");
const noFilters = { externalTables: [], externalEnums: [] };

type Datamodel = [string, string][];

async function withEngine<T>(
  connectionString: string,
  datamodels: Datamodel,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  // Our own pool, closed when the engine is done: the engine takes PostgreSQL's migration
  // advisory lock on its connection, and freeing the engine does not close it, so the lock would
  // otherwise linger until the pool's idle timeout and make the next migration run wait for it.
  const pool = new pg.Pool({ connectionString });
  const logs: string[] = [];
  try {
    const engine = await SchemaEngine.new({ datamodels }, (line: string) => logs.push(line), bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool)));
    try {
      return await run(engine);
    } finally {
      engine.free();
    }
  } finally {
    await pool.end();
  }
}

async function readDatamodel(file: string): Promise<Datamodel> {
  return [[file, await readFile(file, "utf8")]];
}

async function readOptional(file: string): Promise<string | null> {
  return readFile(file, "utf8").catch(() => null);
}

/** The migrations folder as the engine wants it: every `<name>/migration.sql`, in name order. */
export async function loadMigrationsList() {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8") },
      },
    })),
  );
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: await readOptional(lockfilePath) },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/** Applies every migration not yet applied; returns the names it applied. Safe to re-run. */
export async function applyMigrations(connectionString: string): Promise<string[]> {
  const migrationsList = await loadMigrationsList();
  return withEngine(connectionString, await readDatamodel(schemaPath), async (engine) => {
    const out = await engine.applyMigrations({ migrationsList, filters: noFilters });
    return out.appliedMigrationNames;
  });
}

export type MigrationStatus = {
  applied: boolean;
  pending: string[];
  failed: string[];
  edited: string[];
  summary: string;
};

export async function migrationStatus(connectionString: string): Promise<MigrationStatus> {
  const migrationsList = await loadMigrationsList();
  return withEngine(connectionString, await readDatamodel(schemaPath), async (engine) => {
    const out = await engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: noFilters,
    });
    const history = out.history;
    const pending =
      history?.diagnostic === "databaseIsBehind" || history?.diagnostic === "historiesDiverge"
        ? history.unappliedMigrationNames
        : [];
    const summary = !out.hasMigrationsTable
      ? "No migrations applied yet."
      : history === null
        ? `Database is up to date (${migrationsList.migrationDirectories.length} migrations).`
        : history.diagnostic === "databaseIsBehind"
          ? `${pending.length} migration(s) not yet applied: ${pending.join(", ")}`
          : history.diagnostic === "migrationsDirectoryIsBehind"
            ? `The database has migrations this folder lacks: ${history.unpersistedMigrationNames.join(", ")}`
            : `Migration history diverges after ${history.lastCommonMigrationName ?? "the start"}.`;
    return {
      applied: out.hasMigrationsTable && history === null,
      pending: out.hasMigrationsTable ? pending : migrationsList.migrationDirectories.map((m) => m.path),
      failed: out.failedMigrationNames,
      edited: out.editedMigrationNames,
      summary,
    };
  });
}

/** SQL that takes the datamodel as of the last migration to the current `schema.prisma` ("" if none). */
export async function pendingSchemaSql(connectionString: string): Promise<string> {
  const current = await readDatamodel(schemaPath);
  const snapshot = await readOptional(snapshotPath);
  // The diff reads no tables, but the engine insists on a reachable database.
  return withEngine(connectionString, current, async (engine) => {
    const result = await engine.diff({
      from: snapshot === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: snapshotPath, content: snapshot }] },
      to: { tag: "schemaDatamodel", files: current.map(([p, content]) => ({ path: p, content })) },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    const sql = result.stdout ?? "";
    return isEmptyMigration(sql) ? "" : sql;
  });
}

function isEmptyMigration(sql: string): boolean {
  return sql.split("\n").every((line) => line.trim() === "" || line.trim().startsWith("--"));
}

/** Writes `prisma/migrations/<timestamp>_<name>/migration.sql` and moves the snapshot forward. */
export async function createMigration(connectionString: string, name: string, now = new Date()): Promise<string | null> {
  if (!/^[a-z0-9_]{1,60}$/.test(name)) {
    throw new Error("A migration name uses lower-case letters, digits and underscores (at most 60).");
  }
  const sql = await pendingSchemaSql(connectionString);
  if (sql === "") return null;
  const stamp = now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const dir = path.join(migrationsDir, `${stamp}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql);
  await writeFile(snapshotPath, await readFile(schemaPath, "utf8"));
  if ((await readOptional(lockfilePath)) === null) {
    await writeFile(
      lockfilePath,
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    );
  }
  return path.relative(process.cwd(), dir);
}
