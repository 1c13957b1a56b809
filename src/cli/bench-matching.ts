/**
 * `npm run bench:matching`: suggestions at 10,000 and 100,000 onboarded profiles, against a naive
 * baseline measured in the same run (every open profile loaded through Prisma and scored in
 * TypeScript). The seed includes requests, partnerships and blocks (`generateActivity`), so the
 * hard filters run on realistic data. Prints a table and writes bench-results/matching.json and
 * the candidate query's EXPLAIN ANALYZE. Options: --sizes 10000,100000  --samples 60  --baseline-samples 5
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import pgDriver from "pg";
import { createDb, type Db } from "../server/db/client";
import { startEmbeddedPostgres } from "../server/db/embedded";
import { applyMigrations } from "../server/db/migrations";
import { utcWeekBits, weekStartUtc } from "../shared/time/availability";
import { candidateLimit, candidateQuery, candidateQueryParams, selfQuery, toMatchProfile } from "../server/matching/candidates";
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

async function main() {
  const sizes = option("sizes", "10000,100000").split(",").map(Number);
  const samples = Number(option("samples", "60"));
  const baselineSamples = Number(option("baseline-samples", "5"));
  const now = new Date();
  const database = `tandem_bench_${Date.now()}`;
  console.log(`[bench] Starting an embedded PostgreSQL for a fresh database (${database}) …`);
  const pg = await startEmbeddedPostgres({ dataDir: path.resolve(process.env.DATA_DIR || ".data", "bench-postgres"), database, throwaway: true });
  const db = createDb(pg.url);
  const results: { name: string; profiles: number; p50_ms: number; p95_ms: number; baseline_p95_ms: number; candidates_scored_avg: number; baseline_scored_avg: number }[] = [];
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

      const members = await sampleMembers(db, samples + 3, size);
      for (const id of members.slice(0, 3)) await suggestionsFor(db, id, now); // warm the pool and caches
      const latencies: number[] = [];
      const scoredCounts: number[] = [];
      for (const id of members.slice(3)) {
        const t = performance.now();
        const result = await suggestionsFor(db, id, now);
        latencies.push(performance.now() - t);
        scoredCounts.push(result.scored);
      }

      const baseline: number[] = [];
      const baselineScored: number[] = [];
      for (const id of members.slice(3, 3 + baselineSamples)) {
        const t = performance.now();
        baselineScored.push(await naiveSuggestions(db, id, now));
        baseline.push(performance.now() - t);
      }
      results.push({
        name: "suggestions",
        profiles: size,
        p50_ms: round(percentile(latencies, 50)),
        p95_ms: round(percentile(latencies, 95)),
        baseline_p95_ms: round(percentile(baseline, 95)),
        candidates_scored_avg: Math.round(scoredCounts.reduce((a, b) => a + b, 0) / scoredCounts.length),
        baseline_scored_avg: Math.round(baselineScored.reduce((a, b) => a + b, 0) / baselineScored.length),
      });
      if (size === sizes.at(-1)) {
        const week = weekStartUtc(now).toISOString().slice(0, 10);
        const plan = async (sql: string, params: unknown[]) =>
          (await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, ...params)).map((r) => r["QUERY PLAN"]).join("\n");
        const params = await candidateQueryParams(db, members[3]!, week, candidateLimit, now);
        const self = await plan(selfQuery, [members[3], week, now.toISOString(), maxPendingIncoming, declineHiddenDays, passHiddenDays]);
        explain = `-- Step 1: the member's own pool row and exclusions\n${self}\n\n-- Step 2: the ranking and the winners' profiles\n${params ? await plan(candidateQuery, params) : "(no availability this week)"}`;
      }
    }
  } finally {
    await db.$disconnect();
    // Each run seeds its own database (about 400 MB at 100,000 profiles): drop it before stopping.
    const admin = new pgDriver.Client({ connectionString: pg.url.replace(/\/[^/]*$/, "/postgres") });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).finally(() => admin.end());
    await pg.stop();
  }

  console.log("\n| profiles | p50 ms | p95 ms | candidates scored (avg) | naive baseline p95 ms | naive scored (avg) |");
  console.log("|---:|---:|---:|---:|---:|---:|");
  for (const r of results) {
    console.log(`| ${r.profiles.toLocaleString("en")} | ${r.p50_ms} | ${r.p95_ms} | ${r.candidates_scored_avg} | ${r.baseline_p95_ms} | ${r.baseline_scored_avg} |`);
  }
  await mkdir("bench-results", { recursive: true });
  await writeFile("bench-results/matching.json", `${JSON.stringify(results, null, 2)}\n`);
  if (explain) {
    await writeFile("bench-results/matching-explain.txt", `${explain}\n`);
    console.log(`\nCandidate query plan at ${sizes.at(-1)?.toLocaleString("en")} profiles:\n${explain}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
