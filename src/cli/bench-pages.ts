/**
 * `npm run bench:pages`: the production build under load, each signed-in page and tRPC call beside
 * the same build's anonymous /help measured right before it in the same run.
 * `npm run bench:soak` (this script with --soak): 200 connections, each a different signed-in
 * member, browsing and saving for 60 s against one instance, with the server's memory sampled
 * every second.
 *
 * Both start from nothing: a fresh embedded PostgreSQL database, migrations, 10,000 generated
 * members with requests and partnerships, a few partnerships with a signed agreement and past
 * check-ins (made through the services), sessions minted as the app mints them, and the app built
 * into .next-bench and served by src/cli/serve.mjs. Load comes from autocannon on the same machine.
 * Prints a table and writes bench-results/pages.json (or soak.json); with --only, only to --out (a
 * subset must not replace the whole run's results, which the README's tables quote).
 * Options: --members 10000  --connections 20  --seconds 10  --soak-seconds 60  --soak-connections 200
 *   --only <text> (measure only targets whose name contains it)  --cpu-prof (the server writes a V8 CPU
 *   profile into bench-results/profiles/ when it stops, to see where a page's time goes)
 *   --heap-mb 512 (soak only: the server's V8 heap cap, --max-old-space-size)
 *   --out <file> (where the results go; needed with --only)
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import os from "node:os";
import { appServerEnv, startAppServer, treeRssMb, type AppServer } from "../bench/app-server";
import { benchDatabase } from "../bench/database";
import { load, type BenchRequest, type LoadResult } from "../bench/http-load";
import { sessionCookie } from "../bench/sessions";
import { option, round } from "../bench/stats";
import { closeRateLimits } from "../server/accounts/rate-limits";
import { getDb, type Db } from "../server/db/client";
import { stopBoss } from "../server/jobs/boss";
import { seedGeneratedMembers } from "../server/seed/bulk-profiles";
import { checkInPartnership } from "../test/check-ins";

const secret = "bench-only-secret-not-for-any-deployment";
/** Partnerships with a signed agreement and a month of daily check-ins, for the partnership pages. */
const signedPartnerships = 10;

type Member = { id: string; cookie: string; partnershipId?: string };

const trpcQuery = (procedure: string): string => `/api/trpc/${procedure}`;
const savePreferences: Pick<BenchRequest, "method" | "path" | "body"> = {
  method: "POST",
  path: "/api/trpc/notifications.setPreferences",
  body: JSON.stringify({ json: { choices: { REQUEST_RECEIVED: "IN_APP_AND_EMAIL", CHECK_IN_REMINDER: "IN_APP" }, quietHours: { on: true, start: "22:00", end: "07:30" } } }),
};

type Target = { name: string; kind: "page" | "query" | "mutation"; members: Member[]; request: (member: Member) => Omit<BenchRequest, "cookie"> };

function targets(seeded: Member[], partners: Member[]): Target[] {
  const page = (name: string, members: Member[], path: (m: Member) => string): Target => ({ name, kind: "page", members, request: (m) => ({ path: path(m) }) });
  const query = (procedure: string, members = seeded): Target => ({ name: `tRPC ${procedure}`, kind: "query", members, request: () => ({ path: trpcQuery(procedure) }) });
  return [
    page("/dashboard", seeded, () => "/dashboard"),
    page("/matches", seeded, () => "/matches"),
    page("/requests", seeded, () => "/requests"),
    page("/partnerships/[id]", partners, (m) => `/partnerships/${m.partnershipId}`),
    page("/partnerships/[id]/agreement", partners, (m) => `/partnerships/${m.partnershipId}/agreement`),
    page("/partnerships/[id]/check-ins", partners, (m) => `/partnerships/${m.partnershipId}/check-ins`),
    query("notifications.list"),
    query("matching.suggestions"),
    query("partnerships.list"),
    query("requests.list"),
    { name: "tRPC checkIns.list", kind: "query", members: partners, request: (m) => ({ path: `${trpcQuery("checkIns.list")}?input=${encodeURIComponent(JSON.stringify({ json: { partnershipId: m.partnershipId } }))}` }) },
    { name: "tRPC notifications.setPreferences (save)", kind: "mutation", members: seeded, request: () => savePreferences },
  ];
}

/** Everything both modes need: the database seeded, sessions minted, the app built and serving. */
async function setUp(memberCount: number, sessions: number, heapMb: number | null): Promise<{ db: Db; seeded: Member[]; partners: Member[]; server: AppServer; drop: () => Promise<void> }> {
  const database = await benchDatabase("pages", { durable: true });
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET = secret;
  const db = getDb();
  let started = performance.now();
  await seedGeneratedMembers(db, { count: memberCount, passwordHash: "bench-no-sign-in", activity: true });
  const partners: Member[] = [];
  for (let i = 0; i < signedPartnerships; i++) {
    const { partnershipId, a, b } = await checkInPartnership(db);
    for (const member of [a, b]) partners.push({ id: member.id, partnershipId, cookie: await sessionCookie(member, secret) });
  }
  // Accepting the requests queued jobs; this process's job queue has no part in what is measured.
  await stopBoss();
  await db.$executeRawUnsafe("VACUUM ANALYZE");
  console.log(`[bench] ${memberCount.toLocaleString("en")} members and ${signedPartnerships} signed partnerships ready (${((performance.now() - started) / 1000).toFixed(1)} s).`);
  // A fixed, spread-out sample of the generated members (some in partnerships, some with requests).
  const sample = await db.$queryRaw<{ id: string }[]>`SELECT id FROM member WHERE email LIKE 'member-%' ORDER BY md5(id) LIMIT ${sessions}`;
  const seeded = await Promise.all(sample.map(async ({ id }) => ({ id, cookie: await sessionCookie({ id }, secret) })));

  started = performance.now();
  const nodeOptions = [...(process.argv.includes("--cpu-prof") ? ["--cpu-prof", "--cpu-prof-dir=bench-results/profiles"] : []), ...(heapMb ? [`--max-old-space-size=${heapMb}`] : [])];
  const server = await startAppServer(appServerEnv(database.url, secret), nodeOptions.length ? { NODE_OPTIONS: nodeOptions.join(" ") } : {});
  console.log(`[bench] App serving at ${server.url} (${((performance.now() - started) / 1000).toFixed(1)} s).`);
  return { db, seeded, partners, server, drop: database.drop };
}

/** Each target answers 200 for its members before it is measured, so a redirect to sign-in cannot pass for speed. */
async function checkAnswers(url: string, list: Target[]): Promise<void> {
  for (const target of list) {
    for (const member of target.members.slice(0, 3)) {
      const { method = "GET", path, body } = target.request(member);
      const response = await fetch(`${url}${path}`, { method, body, redirect: "manual", headers: { cookie: member.cookie, ...(body ? { "content-type": "application/json" } : {}) } });
      if (response.status !== 200) throw new Error(`${target.name} answered ${response.status} for a signed-in member: ${(await response.text()).slice(0, 300)}`);
    }
  }
}

/** Each request takes the next member in turn, whichever connection sends it. */
function rotating(target: Target) {
  let next = 0;
  return () => {
    const member = target.members[next++ % target.members.length]!;
    return { ...target.request(member), cookie: member.cookie };
  };
}

type Row = { name: string; kind: string; result: LoadResult; help: LoadResult; ratio_to_help: number };

async function benchPages(url: string, list: Target[], connections: number, seconds: number): Promise<{ rows: Row[] }> {
  const help = () => ({ path: "/help" });
  console.log(`[bench] Warming up /help …`);
  await load(url, help, { connections, seconds: 3 });
  const rows: Row[] = [];
  for (const target of list) {
    await load(url, rotating(target), { connections, seconds: 2 });
    const helpResult = await load(url, help, { connections, seconds });
    const result = await load(url, rotating(target), { connections, seconds });
    const row = { name: target.name, kind: target.kind, result, help: helpResult, ratio_to_help: round((100 * result.requests_per_s) / helpResult.requests_per_s) };
    console.log(`[bench] ${target.name}: ${result.requests_per_s} req/s, p99 ${result.p99_ms} ms (${row.ratio_to_help}% of /help at ${helpResult.requests_per_s} req/s)`);
    rows.push(row);
  }
  return { rows };
}

/** Each connection is one member going round their own pages and saving their preferences. */
function soakRequests(seeded: Member[], partners: Member[]) {
  const members = [...partners, ...seeded];
  let nextMember = 0;
  const rounds = (m: Member): Omit<BenchRequest, "cookie">[] =>
    m.partnershipId
      ? [{ path: "/dashboard" }, { path: `/partnerships/${m.partnershipId}` }, { path: `/partnerships/${m.partnershipId}/agreement` }, savePreferences, { path: `/partnerships/${m.partnershipId}/check-ins` }, { path: trpcQuery("notifications.list") }]
      : [{ path: "/dashboard" }, { path: "/matches" }, { path: "/requests" }, savePreferences, { path: "/notifications" }, { path: trpcQuery("notifications.list") }];
  return (connection: Record<string, unknown>): BenchRequest => {
    // Each connection starts at a different step, so saves are spread over the whole run rather than all due at the fourth request.
    const state = (connection.member ??= { member: members[nextMember % members.length]!, step: nextMember++ }) as { member: Member; step: number };
    const steps = rounds(state.member);
    return { ...steps[state.step++ % steps.length]!, cookie: state.member.cookie };
  };
}

async function soak(server: AppServer, seeded: Member[], partners: Member[], connections: number, seconds: number) {
  const idleMb = await treeRssMb(server.pid);
  const samples: number[] = [];
  const sampler = setInterval(() => void treeRssMb(server.pid).then((mb) => samples.push(mb)), 1000);
  console.log(`[bench] Soak: ${connections} members at once for ${seconds} s (server RSS idle: ${idleMb} MB) …`);
  const result = await load(server.url, soakRequests(seeded, partners), { connections, seconds });
  clearInterval(sampler);
  await new Promise((r) => setTimeout(r, 5000));
  const afterMb = await treeRssMb(server.pid);
  const half = Math.floor(samples.length / 2);
  const mean = (xs: number[]) => round(xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length));
  return {
    connections,
    seconds,
    distinct_members: Math.min(connections, seeded.length + partners.length),
    result,
    rss_mb: {
      idle_before: idleMb,
      max: Math.max(...samples),
      mean_first_half: mean(samples.slice(0, half)),
      mean_second_half: mean(samples.slice(half)),
      five_seconds_after: afterMb,
      samples,
    },
  };
}

const machine = () => ({ cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? "unknown", memory_gb: Math.round(os.totalmem() / 2 ** 30), node: process.version, load_average_1m_at_end: round(os.loadavg()[0]!) });

async function main() {
  const soakMode = process.argv.includes("--soak");
  const memberCount = Number(option("members", "10000"));
  const connections = Number(option(soakMode ? "soak-connections" : "connections", soakMode ? "200" : "20"));
  const seconds = Number(option(soakMode ? "soak-seconds" : "seconds", soakMode ? "60" : "10"));
  // The soak caps the server's V8 heap, so "memory stays bounded" is tested rather than watched: past the cap the server would crash and requests fail.
  const heapMb = soakMode ? Number(option("heap-mb", "512")) : null;
  const { db, seeded, partners, server, drop } = await setUp(memberCount, soakMode ? connections - 2 * signedPartnerships : 200, heapMb);
  let results: Record<string, unknown>;
  try {
    const only = option("only", "");
    const list = targets(seeded, partners).filter((target) => target.name.includes(only));
    await checkAnswers(server.url, list);
    const base = { machine: machine(), members: memberCount, build: "production (next build, served by src/cli/serve.mjs)", load_generator: "autocannon, same machine" };
    if (soakMode) {
      const outcome = await soak(server, seeded, partners, connections, seconds);
      results = { ...base, server_heap_cap_mb: heapMb, soak: outcome };
      const { result: r, rss_mb: m } = outcome;
      console.log(`\n| soak | req/s | p50 ms | p99 ms | max ms | requests | errors | timeouts | non-2xx | RSS idle → max → after, MB |`);
      console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
      console.log(`| ${connections} members, ${seconds} s | ${r.requests_per_s} | ${r.p50_ms} | ${r.p99_ms} | ${r.max_ms} | ${r.requests} | ${r.errors} | ${r.timeouts} | ${r.non_2xx} | ${m.idle_before} → ${m.max} → ${m.five_seconds_after} (halves ${m.mean_first_half} / ${m.mean_second_half}) |`);
      if (r.non_2xx) console.log(`Answers other than 2xx: ${JSON.stringify(r.non_2xx_by_request)}`);
      if (r.errors + r.timeouts + r.non_2xx > 0) process.exitCode = 1;
    } else {
      const { rows } = await benchPages(server.url, list, connections, seconds);
      results = { ...base, connections, seconds_each: seconds, rows };
      console.log(`\n| ${connections} connections, ${seconds} s each | req/s | p50 ms | p99 ms | errors | non-2xx | /help req/s just before | % of /help |`);
      console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
      for (const { name, result: r, help, ratio_to_help } of rows) console.log(`| ${name} | ${r.requests_per_s} | ${r.p50_ms} | ${r.p99_ms} | ${r.errors + r.timeouts} | ${r.non_2xx} | ${help.requests_per_s} | ${ratio_to_help}% |`);
    }
  } finally {
    await server.stop();
    await Promise.all([db.$disconnect(), stopBoss(), closeRateLimits()]);
    await drop();
  }
  const out = option("out", option("only", "") ? "" : `bench-results/${soakMode ? "soak" : "pages"}.json`);
  if (!out) {
    console.log("\nNot written: these are the --only targets, not a whole run. Pass --out <file> to keep them.");
    return;
  }
  await mkdir(path.dirname(path.resolve(out)), { recursive: true });
  await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${out}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
