import { PrismaPg } from "@prisma/adapter-pg";
import pgDriver from "pg";
import { PrismaClient } from "../generated/prisma/client";
import type { Db } from "../server/db/client";

/** A hot path: "request" paths must never scan a large table; "job" paths are reported. */
export type PathKind = "request" | "job";
export type CapturedQuery = { path: string; kind: PathKind; sql: string; params: unknown[] };

/**
 * A Prisma client that records every statement it sends (Prisma's `query` event: the SQL as the
 * driver adapter sends it, with its parameters), labelled with the hot path being run.
 */
export function recordingDb(connectionString: string) {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 4 }), log: [{ emit: "event", level: "query" }] });
  const captured: CapturedQuery[] = [];
  let current: { path: string; kind: PathKind } | null = null;
  client.$on("query", (event) => {
    if (current) captured.push({ ...current, sql: event.query, params: JSON.parse(event.params) as unknown[] });
  });
  return {
    // The same client type with a logging option; services take the plain one.
    db: client as unknown as Db,
    captured,
    async during(path: string, kind: PathKind, run: () => Promise<unknown>): Promise<void> {
      current = { path, kind };
      try {
        await run();
      } finally {
        current = null;
      }
    },
  };
}

/** Above this many rows, a sequential scan on a request path is a finding. */
export const largeTableRows = 10_000;

export type PlannedQuery = {
  path: string;
  kind: PathKind;
  statement: string;
  sql: string;
  topNode: string;
  /** Every scan node, in plan order: "Index Scan using notification_memberId_createdAt_idx on notification". */
  scans: string[];
  seqScans: { table: string; rows: number }[];
  largeSeqScan: boolean;
  /**
   * Tables still scanned sequentially when the planner is told to avoid it (`enable_seqscan = off`):
   * no index serves the statement there, so the scan grows with the table. A small table's scan
   * with an index available is only the planner's choice at today's size.
   */
  noIndexFor: string[];
  /**
   * Large tables sequentially scanned by the statement's generic plan (`EXPLAIN (GENERIC_PLAN)`):
   * the plan PostgreSQL may reuse for every run of a prepared statement, which the app's named
   * statements are (`src/server/db/statement-names.ts`). Empty for a statement without parameters.
   */
  genericSeqScans: { table: string; rows: number }[];
  executionMs: number | null;
  error?: string;
};

const notPlanned = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET|SHOW|DEALLOCATE)\b/i;

/** "SELECT notification", "UPDATE match_request": the verb and the first table named. */
function statementOf(sql: string): string {
  const verb = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? "?";
  const table = /\b(?:FROM|UPDATE|INTO)\s+(?:"public"\.)?"?(\w+)"?/i.exec(sql)?.[1] ?? "?";
  return `${verb} ${table}`;
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of each distinct statement of each path, with the parameters it was
 * first sent with, inside a transaction that is rolled back (ANALYZE runs the statement, writes too).
 */
export async function planAll(connectionString: string, captured: CapturedQuery[]): Promise<{ planned: PlannedQuery[]; text: string }> {
  const client = new pgDriver.Client({ connectionString });
  await client.connect();
  const planned: PlannedQuery[] = [];
  let text = "";
  try {
    const sizes = new Map(
      (await client.query<{ relname: string; reltuples: number }>(`SELECT relname, reltuples::float8 AS reltuples FROM pg_class WHERE relkind IN ('r', 'p') AND relnamespace = 'public'::regnamespace`)).rows.map((r) => [r.relname, Math.max(0, r.reltuples)]),
    );
    const seen = new Set<string>();
    for (const query of captured) {
      const key = `${query.path}\0${query.sql}`;
      // An INSERT of given values scans nothing, and replaying it would only hit the row it wrote.
      const plainInsert = /^\s*INSERT\b/i.test(query.sql) && !/\bSELECT\b/i.test(query.sql);
      if (seen.has(key) || notPlanned.test(query.sql) || plainInsert) continue;
      seen.add(key);
      const statement = statementOf(query.sql);
      let plan = "";
      let error: string | undefined;
      await client.query("BEGIN");
      let forced = "";
      let generic = "";
      try {
        plan = (await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`, query.params)).rows.map((r) => r["QUERY PLAN"]).join("\n");
        if (plan.includes("Seq Scan on ")) {
          await client.query("SET LOCAL enable_seqscan = off");
          forced = (await client.query<{ "QUERY PLAN": string }>(`EXPLAIN ${query.sql}`, query.params)).rows.map((r) => r["QUERY PLAN"]).join("\n");
        }
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      } finally {
        await client.query("ROLLBACK");
      }
      if (query.params.length > 0) {
        // Planned without executing, so outside the transaction; a type PostgreSQL cannot infer
        // without values leaves it unplanned (the custom plan above still counts).
        generic = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (GENERIC_PLAN) ${query.sql}`).then(
          (result) => result.rows.map((r) => r["QUERY PLAN"]).join("\n"),
          (e: unknown) => `(no generic plan: ${e instanceof Error ? e.message : String(e)})`,
        );
      }
      const seqScansIn = (someplan: string) => [...someplan.matchAll(/Seq Scan on (\w+)/g)].map((m) => ({ table: m[1]!, rows: Math.round(sizes.get(m[1]!) ?? 0) }));
      const seqScans = seqScansIn(plan);
      const executionMs = /Execution Time: ([\d.]+) ms/.exec(plan)?.[1];
      planned.push({
        ...query,
        statement,
        topNode: plan ? plan.split("\n")[0]!.replace(/\s+\(cost=.*$/, "").trim() : "not planned",
        scans: [...plan.matchAll(/(?:Parallel )?(?:Seq Scan on \w+|(?:Index|Index Only) Scan(?: Backward)? using \S+ on \w+|Bitmap Index Scan on \S+)/g)].map((m) => m[0]),
        seqScans,
        largeSeqScan: seqScans.some((s) => s.rows > largeTableRows),
        noIndexFor: [...new Set([...forced.matchAll(/Seq Scan on (\w+)/g)].map((m) => m[1]!))],
        genericSeqScans: seqScansIn(generic).filter((s) => s.rows > largeTableRows),
        executionMs: executionMs === undefined ? null : Number(executionMs),
        ...(error ? { error } : {}),
      });
      text += `-- ${query.path} (${query.kind}): ${statement}\n${query.sql}\n-- parameters: ${JSON.stringify(query.params)}\n${plan || `(not planned: ${error})`}\n${generic ? `-- generic plan:\n${generic}\n` : ""}\n`;
    }
  } finally {
    await client.end();
  }
  return { planned, text };
}
