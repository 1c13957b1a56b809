/**
 * `npm run bench:matching`: suggestions at 10,000 and 100,000 onboarded profiles, through the
 * in-process candidate index (as the app serves them) and through the SQL-only path, against a naive
 * baseline measured in the same run (every open profile loaded through Prisma and scored in
 * TypeScript). The seed includes requests, partnerships and blocks (`generateActivity`), so the
 * hard filters run on realistic data. Prints a table with the ratio to the baseline, the index's
 * load time and memory, and writes bench-results/matching.json and the EXPLAIN ANALYZE of the SQL
 * left on the request path. Options: --sizes 10000,100000  --samples 60  --baseline-samples 5
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import pgDriver from "pg";
import { createDb, type Db } from "../server/db/client";
import { startEmbeddedPostgres } from "../server/db/embedded";
import { applyMigrations } from "../server/db/migrations";
import { utcWeekBits, weekStartUtc } from "../shared/time/availability";
import { toMatchProfile } from "../server/matching/answer-row";
import { candidateLimit, candidateQuery, candidateQueryAmong, candidateQueryParams, selfQuery } from "../server/matching/candidates";
import { LiveCandidateIndex } from "../server/matching/pool-index/live-index";
import { declineHiddenDays, maxPendingIncoming, passHiddenDays } from "../shared/matching/limits";
import { scoreMatch } from "../server/matching/scorer/scorer";
import { suggestionsFor } from "../server/matching/suggestions";
import { prng } from "../server/seed/profile-generator";
import { seedGeneratedMembers } from "../server/seed/bulk-profiles";
import { option, percentile, round } from "../bench/stats";

/** Members who get the whole suggestions path: open, and with room for another partnership. */
async function sampleMembers(db: Db, count: number, seed: number): Promise<string[]> {
  const all = await db.$queryRaw<{ memberId: string }[]>`
    SELECT p."memberId" FROM profile p
    WHERE p."openToMatching"
      AND (SELECT count(*) FROM partnership_member pm WHERE pm."memberId" = p."memberId" AND pm.status IN ('DRAFTING', 'ACTIVE', 'PAUSED')) < p."partnershipCapacity"
    ORDER BY p."memberId"`;
  const random = prng(seed);
  return Array.from({ length: count }, () => all[Math.floor(random() * all.length)]!.memberId);
}

/** The naive way: every open profile through Prisma, bits from each grid, score them all. */
async function naiveSuggestions(db: Db, memberId: string, now: Date): Promise<number> {
  const week = weekStartUtc(now);
  const rows = await db.profile.findMany({
    where: { openToMatching: true, completedAt: { not: null } },
    include: { member: { select: { displayName: true, timezone: true, status: true, emailVerifiedAt: true } } },
  });
  const profiles = rows
    .filter((r) => r.member.status === "ACTIVE" && r.member.emailVerifiedAt)
    .map((r) => toMatchProfile({ ...r, ...r.member, bits: "" } as never));
  const me = profiles.find((p) => p.memberId === memberId)!;
  const bitsA = utcWeekBits(me.availabilitySlots, me.timezone, week);
  const totals: number[] = [];
  for (const other of profiles) {
    const score = scoreMatch(me, other, { weekStart: week, bitsA, bitsB: utcWeekBits(other.availabilitySlots, other.timezone, week) });
    if (score.excluded === null) totals.push(score.total);
  }
  totals.sort((a, b) => b - a);
  return profiles.length;
}

type Result = {
  name: string;
  profiles: number;
  p50_ms: number;
  p95_ms: number;
  sql_path_p50_ms: number;
  sql_path_p95_ms: number;
  baseline_p50_ms: number;
  baseline_p95_ms: number;
  /** Naive baseline p95 over this path's p95, both measured in this run. */
  ratio_p95: number;
  ratio_p50: number;
  candidates_scored_avg: number;
  baseline_scored_avg: number;
  index_rank_p50_ms: number;
  index_catch_up_p50_ms: number;
  index_rows: number;
  index_load_ms: number;
  index_typed_mb: number;
  index_total_mb: number;
};

const mb = (bytes: number) => round(bytes / 2 ** 20);

// A full collection before each memory reading, so the index's size is not mixed with garbage.
v8.setFlagsFromString("--expose-gc");
const collectGarbage = vm.runInNewContext("gc") as () => void;
const memory = () => {
  collectGarbage();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};
const average = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) / values.length);

/** Runs `suggestionsFor` for each member (after three warm-ups), returning latencies and candidates scored. */
async function timeSuggestions(db: Db, members: string[], now: Date, index: LiveCandidateIndex | null) {
  for (const id of members.slice(0, 3)) await suggestionsFor(db, id, now, {}, index);
  const latencies: number[] = [];
  const scored: number[] = [];
  for (const id of members.slice(3)) {
    const t = performance.now();
    const result = await suggestionsFor(db, id, now, {}, index);
    latencies.push(performance.now() - t);
    scored.push(result.scored);
  }
  return { latencies, scored };
}

async function main() {
  const sizes = option("sizes", "10000,100000").split(",").map(Number);
  const samples = Number(option("samples", "60"));
  const baselineSamples = Number(option("baseline-samples", "5"));
  const now = new Date();
  const database = `tandem_bench_${Date.now()}`;
  console.log(`[bench] Starting an embedded PostgreSQL for a fresh database (${database}) …`);
  const pg = await startEmbeddedPostgres({ dataDir: path.resolve(process.env.DATA_DIR || ".data", "bench-postgres"), database, throwaway: true });
  const db = createDb(pg.url);
  const results: Result[] = [];
  let explain = "";
  try {
    await applyMigrations(pg.url);
    let seeded = 0;
    for (const size of sizes) {
      const started = Date.now();
      await seedGeneratedMembers(db, { count: size - seeded, startIndex: seeded, passwordHash: "bench-no-sign-in", now, activity: true });
      seeded = size;
      await db.$executeRawUnsafe("VACUUM ANALYZE");
      console.log(`[bench] ${size.toLocaleString("en")} profiles ready (${((Date.now() - started) / 1000).toFixed(1)} s to seed).`);

      // A fresh index per size, loaded as a starting app instance loads it.
      const memoryBefore = memory();
      const index = new LiveCandidateIndex(pg.url);
      await index.start();
      const indexBytes = memory() - memoryBefore;
      const load = index.stats();
      console.log(`[bench] Candidate index: ${load.rows.toLocaleString("en")} rows loaded in ${round(load.loadMs)} ms.`);

      const members = await sampleMembers(db, samples + 3, size);
      const indexed = await timeSuggestions(db, members, now, index);
      // The index's own parts, apart: catching up (one NOTIFY round trip on its connection) and ranking.
      const catchUps: number[] = [];
      const ranks: number[] = [];
      const week = weekStartUtc(now).toISOString().slice(0, 10);
      for (const id of members.slice(3)) {
        const step2 = await candidateQueryParams(db, id, week, candidateLimit, now);
        let t = performance.now();
        await index.catchUp();
        catchUps.push(performance.now() - t);
        t = performance.now();
        if (step2) index.rank(step2.ranking);
        ranks.push(performance.now() - t);
      }
      const sqlOnly = await timeSuggestions(db, members, now, null);

      const baseline: number[] = [];
      const baselineScored: number[] = [];
      for (const id of members.slice(3, 3 + baselineSamples)) {
        const t = performance.now();
        baselineScored.push(await naiveSuggestions(db, id, now));
        baseline.push(performance.now() - t);
      }
      const p = (values: number[], at: number) => round(percentile(values, at));
      results.push({
        name: "suggestions",
        profiles: size,
        p50_ms: p(indexed.latencies, 50),
        p95_ms: p(indexed.latencies, 95),
        sql_path_p50_ms: p(sqlOnly.latencies, 50),
        sql_path_p95_ms: p(sqlOnly.latencies, 95),
        baseline_p50_ms: p(baseline, 50),
        baseline_p95_ms: p(baseline, 95),
        ratio_p95: Math.round(percentile(baseline, 95) / percentile(indexed.latencies, 95)),
        ratio_p50: Math.round(percentile(baseline, 50) / percentile(indexed.latencies, 50)),
        candidates_scored_avg: average(indexed.scored),
        baseline_scored_avg: average(baselineScored),
        index_rank_p50_ms: p(ranks, 50),
        index_catch_up_p50_ms: p(catchUps, 50),
        index_rows: load.rows,
        index_load_ms: round(load.loadMs),
        index_typed_mb: mb(load.typedBytes),
        // All of it: typed arrays (outside the JS heap) plus ids, languages and the id map.
        index_total_mb: mb(indexBytes),
      });
      if (indexed.scored.join() !== sqlOnly.scored.join()) console.warn("[bench] The index path scored different candidate counts from the SQL path.");

      if (size === sizes.at(-1)) {
        const plan = async (sql: string, params: unknown[]) =>
          (await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, ...params)).map((r) => r["QUERY PLAN"]).join("\n");
        const step2 = await candidateQueryParams(db, members[3]!, week, candidateLimit, now);
        const self = await plan(selfQuery, [members[3], week, now.toISOString(), maxPendingIncoming, declineHiddenDays, passHiddenDays]);
        let among = "(no availability this week)";
        if (step2) {
          const rankStarted = performance.now();
          const winners = index.rank(step2.ranking)!;
          const rankMs = round(performance.now() - rankStarted);
          among = `-- (the index ranked ${load.rows.toLocaleString("en")} rows in ${rankMs} ms and chose ${winners.length})\n${await plan(candidateQueryAmong, [...step2.values, winners.map((w) => w.memberId)])}`;
        }
        explain = [
          `-- Step 1: the member's own pool row and exclusions\n${self}`,
          `-- Step 2 through the candidate index: re-check and read the index's winners\n${among}`,
          `-- For comparison, step 2 without the index (the fallback while an index loads): the whole pool\n${step2 ? await plan(candidateQuery, step2.values) : "(no availability this week)"}`,
        ].join("\n\n");
      }
      await index.stop();
    }
  } finally {
    await db.$disconnect();
    // Each run seeds its own database (about 400 MB at 100,000 profiles): drop it before stopping.
    const admin = new pgDriver.Client({ connectionString: pg.url.replace(/\/[^/]*$/, "/postgres") });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).finally(() => admin.end());
    await pg.stop();
  }

  console.log("\n| profiles | p50 ms | p95 ms | naive p95 ms | naive ÷ index (p95) | SQL-only path p50 / p95 ms | candidates scored | index: rank / catch-up p50 ms | index rows, load ms, MB (typed arrays / all) |");
  console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of results) {
    console.log(
      `| ${r.profiles.toLocaleString("en")} | ${r.p50_ms} | ${r.p95_ms} | ${r.baseline_p95_ms} | ${r.ratio_p95}× | ${r.sql_path_p50_ms} / ${r.sql_path_p95_ms} | ${r.candidates_scored_avg} | ${r.index_rank_p50_ms} / ${r.index_catch_up_p50_ms} | ${r.index_rows.toLocaleString("en")}, ${r.index_load_ms}, ${r.index_typed_mb} / ${r.index_total_mb} |`,
    );
  }
  await mkdir("bench-results", { recursive: true });
  await writeFile("bench-results/matching.json", `${JSON.stringify(results, null, 2)}\n`);
  if (explain) {
    await writeFile("bench-results/matching-explain.txt", `${explain}\n`);
    console.log(`\nThe SQL on the request path at ${sizes.at(-1)?.toLocaleString("en")} profiles:\n${explain}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
