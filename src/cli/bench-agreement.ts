/**
 * `npm run bench:agreement`: the agreement's real-time transport, each figure beside a baseline
 * measured in the same run on the same database.
 *
 * 1. Round trip: member A pushes a burst of typing through the tRPC caller (service → PostgreSQL →
 *    NOTIFY at commit); member B's subscription, on a second relay and Prisma pool as a second app
 *    instance would have, wakes, reads the row and yields it. Baseline: a bare NOTIFY → LISTEN.
 * 2. Loading a draft with 10,000 stored updates (loadAgreement, then merged into a Y.Doc and read
 *    as the browser does) before and after compactDraft: time and bytes sent.
 *
 * Prints a table and writes bench-results/agreement.json.
 * Options: --updates 500  --stored 10000  --load-samples 30  --no-fsync (commits skip the WAL flush, to see its share)
 */
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import { gzipSync } from "node:zlib";
import pgDriver from "pg";
import * as Y from "yjs";
import { benchDatabase } from "../bench/database";
import { option, round, spread, type Spread } from "../bench/stats";
import { typist } from "../bench/typing";
import { closeRateLimits } from "../server/accounts/rate-limits";
import { compactDraft } from "../server/agreements/compaction";
import { appendUpdate, initialDraft } from "../server/agreements/drafts";
import { agreementUpdates } from "../server/agreements/live";
import { base64, loadAgreement, type AgreementState } from "../server/agreements/service";
import { createDb, getDb, type Db } from "../server/db/client";
import { stopBoss } from "../server/jobs/boss";
import { prng } from "../server/seed/profile-generator";
import { channels } from "../server/realtime/channels";
import { NotificationRelay } from "../server/realtime/relay";
import { docFromStored, readAgreementDoc } from "../shared/agreement/doc";
import { callerFor } from "../test/callers";
import { newPartnership } from "../test/partners";

const warmup = 20;
const fromBase64 = (text: string) => new Uint8Array(Buffer.from(text, "base64"));

const storedOf = (state: AgreementState) => [...(state.snapshot ? [state.snapshot] : []), ...state.updates.map((u) => u.update)].map(fromBase64);

/** As the editor does (docFromState in use-agreement-sync.ts): each stored update in turn, in one transaction. */
const docFromState = (state: AgreementState): Y.Doc => docFromStored(storedOf(state));

/** The alternative measured beside it, which the editor used before: merge what was loaded, apply once. */
function docMerged(state: AgreementState): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.mergeUpdates(storedOf(state)));
  return doc;
}

const textOf = (doc: Y.Doc) => JSON.stringify(readAgreementDoc(doc).content);

type Partners = Awaited<ReturnType<typeof newPartnership>>;
type RoundTrip = { push: Spread; roundTrip: Spread; baseline: Spread; baseline_with_commit: Spread; converged: boolean };

/** A pushes `count` bursts one after another; each is timed until B's subscription on the second instance yields it. */
async function roundTrips(url: string, count: number, { partnershipId, sender: a, recipient: b }: Partners): Promise<RoundTrip> {
  const api = callerFor({ member: a }).api;
  const docA = docFromState(await api.agreement.load({ partnershipId }));
  const typing = typist(docA, prng(12));

  const secondDb = createDb(url);
  const secondRelay = new NotificationRelay(url, Object.values(channels));
  const stateB = await loadAgreement(secondDb, b.id, partnershipId);
  const docB = docFromState(stateB);
  const abort = new AbortController();
  // Resuming after the id B loaded, as the browser does, so no push can slip in before the subscription starts.
  const stream = agreementUpdates(secondDb, secondRelay, b.id, { partnershipId, lastEventId: stateB.lastId }, abort.signal)[Symbol.asyncIterator]();

  const push: number[] = [];
  const roundTrip: number[] = [];
  try {
    for (let i = 0; i < warmup + count; i++) {
      const update = base64(typing.burst());
      const heard = stream.next();
      const started = performance.now();
      const { id } = await api.agreement.push({ partnershipId, update });
      const pushed = performance.now();
      const event = await heard;
      const received = performance.now();
      if (event.done) throw new Error("B's subscription ended.");
      const [heardId, data] = event.value;
      if (heardId !== id) throw new Error(`B heard update ${heardId}, expected ${id}.`);
      Y.applyUpdate(docB, fromBase64(data.update));
      if (i < warmup) continue;
      push.push(pushed - started);
      roundTrip.push(received - started);
    }
  } finally {
    abort.abort();
    await stream.return?.(undefined);
    await secondRelay.stop();
    await secondDb.$disconnect();
  }
  const baseline = spread(await notifyBaseline(url, count, false));
  const withCommit = spread(await notifyBaseline(url, count, true));
  return { push: spread(push), roundTrip: spread(roundTrip), baseline, baseline_with_commit: withCommit, converged: textOf(docA) === textOf(docB) };
}

/**
 * The floors under any relay: one connection NOTIFYs, another LISTENs. `withCommit` makes each
 * NOTIFY ride on a transaction that inserts a row of an update's size, as a push does, so its
 * commit waits for the WAL flush.
 */
async function notifyBaseline(url: string, count: number, withCommit: boolean): Promise<number[]> {
  const listener = new pgDriver.Client({ connectionString: url });
  const notifier = new pgDriver.Client({ connectionString: url });
  await Promise.all([listener.connect(), notifier.connect()]);
  await listener.query("LISTEN bench_baseline");
  await notifier.query("CREATE TABLE IF NOT EXISTS bench_baseline (id bigserial PRIMARY KEY, update bytea NOT NULL)");
  const payload = JSON.stringify({ draftId: "c".repeat(25), partnershipId: "c".repeat(25), id: "123456" });
  const row = Buffer.alloc(40, 7);
  const times: number[] = [];
  try {
    for (let i = 0; i < warmup + count; i++) {
      const heard = new Promise((resolve) => listener.once("notification", resolve));
      const started = performance.now();
      if (withCommit) {
        await notifier.query("BEGIN");
        await notifier.query("INSERT INTO bench_baseline (update) VALUES ($1)", [row]);
        await notifier.query("SELECT pg_notify('bench_baseline', $1)", [payload]);
        await notifier.query("COMMIT");
      } else {
        await notifier.query("SELECT pg_notify('bench_baseline', $1)", [payload]);
      }
      await heard;
      if (i >= warmup) times.push(performance.now() - started);
    }
  } finally {
    await Promise.all([listener.end(), notifier.end()]);
  }
  return times;
}

type Load = { total: Spread; server: Spread; browser: Spread; browser_merged: Spread; rows: number; json_bytes: number; gzip_bytes: number };

/**
 * B opens the draft `samples` times (after three untimed loads): the server's part, then the
 * browser's (as the editor builds it), then — not counted in the total — the same state merged first.
 */
async function loads(db: Db, memberId: string, partnershipId: string, samples: number): Promise<{ load: Load; text: string }> {
  const server: number[] = [];
  const browser: number[] = [];
  const byMerge: number[] = [];
  let last: { state: AgreementState; text: string } | undefined;
  const timed = (build: (state: AgreementState) => Y.Doc, state: AgreementState) => {
    const started = performance.now();
    const doc = build(state);
    const text = textOf(doc);
    const ms = performance.now() - started;
    doc.destroy();
    return { text, ms };
  };
  for (let i = 0; i < samples + 3; i++) {
    const started = performance.now();
    const state = await loadAgreement(db, memberId, partnershipId);
    const serverMs = performance.now() - started;
    const applied = timed(docFromState, state);
    const merged = timed(docMerged, state);
    if (applied.text !== merged.text) throw new Error("Applying update by update reads differently from merging.");
    last = { state, text: applied.text };
    if (i < 3) continue;
    server.push(serverMs);
    browser.push(applied.ms);
    byMerge.push(merged.ms);
  }
  const json = JSON.stringify(last!.state);
  const rows = last!.state.updates.length + (last!.state.snapshot ? 1 : 0);
  const total = server.map((ms, i) => ms + browser[i]!);
  const load = { total: spread(total), server: spread(server), browser: spread(browser), browser_merged: spread(byMerge), rows, json_bytes: Buffer.byteLength(json), gzip_bytes: gzipSync(json).byteLength };
  return { load, text: last!.text };
}

/** Both members type `stored` bursts into one draft, taking turns in runs of 1–40, stored as pushes store them. */
async function storeEdits(db: Db, partnershipId: string, members: [{ id: string }, { id: string }], stored: number): Promise<void> {
  const draft = await initialDraft(db, partnershipId);
  const state = await loadAgreement(db, members[0].id, partnershipId);
  const random = prng(34);
  const typists = [typist(docFromState(state), prng(56)), typist(docFromState(state), prng(78))] as const;
  let turn = 0;
  let left = 0;
  for (let done = 0; done < stored; ) {
    const batch = Math.min(500, stored - done);
    await db.$transaction(async (tx) => {
      for (let i = 0; i < batch; i++) {
        if (left-- <= 0) {
          turn = 1 - turn;
          left = 1 + Math.floor(random() * 40);
        }
        const update = typists[turn]!.burst();
        Y.applyUpdate(typists[1 - turn]!.doc, update);
        await appendUpdate(tx, draft, update, members[turn]!.id);
      }
    }, { timeout: 120_000 });
    done += batch;
  }
}

async function main() {
  const updates = Number(option("updates", "500"));
  const stored = Number(option("stored", "10000"));
  const loadSamples = Number(option("load-samples", "30"));
  // Commits wait for the WAL flush as on a real server: each push's latency includes it.
  const durable = !process.argv.includes("--no-fsync");
  const database = await benchDatabase("agreement", { durable });
  // The app's process environment, as `npm start` gives it; the bench pushes faster than the per-member limit allows.
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET ??= "bench-only-secret-not-for-any-deployment";
  process.env.RATE_LIMIT_AGREEMENT_PUSH_MEMBER = "1000000/60";
  const db = getDb();
  let results;
  try {
    const [pushing, loading] = [await newPartnership(db), await newPartnership(db)];
    // Accepting a request queues jobs; the job queue's polling has no part in what is measured.
    await stopBoss();
    console.log(`[bench] Round trip: ${updates} pushes from A, each heard by B on a second relay …`);
    const trips = await roundTrips(database.url, updates, pushing);
    if (!trips.converged) throw new Error("A's and B's documents differ after the round trips.");

    const { partnershipId, sender, recipient } = loading;
    let started = performance.now();
    await storeEdits(db, partnershipId, [sender, recipient], stored);
    console.log(`[bench] ${stored.toLocaleString("en")} updates stored (${((performance.now() - started) / 1000).toFixed(1)} s); loading before compaction …`);
    await db.$executeRawUnsafe("VACUUM ANALYZE");
    const before = await loads(db, recipient.id, partnershipId, loadSamples);
    started = performance.now();
    const merged = await compactDraft(db, (await initialDraft(db, partnershipId)).id);
    const compactionMs = round(performance.now() - started);
    console.log(`[bench] Compacted ${merged.toLocaleString("en")} updates in ${compactionMs} ms; loading after …`);
    const after = await loads(db, recipient.id, partnershipId, loadSamples);
    if (after.text !== before.text) throw new Error("The compacted draft reads differently from the stored updates.");

    results = {
      durable_commits: durable,
      // The load average says how much else the (often shared) machine was doing meanwhile.
      machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? "unknown", memory_gb: Math.round(os.totalmem() / 2 ** 30), node: process.version, load_average_1m_at_end: round(os.loadavg()[0]!) },
      round_trip: { updates, ...trips },
      load: { stored_updates: stored, compaction_ms: compactionMs, merged_updates: merged, before: before.load, after: after.load },
    };
  } finally {
    await Promise.all([db.$disconnect(), stopBoss(), closeRateLimits()]);
    await database.drop();
  }

  const { round_trip: rt, load } = results;
  const row = (name: string, s: Spread, extra = "") => console.log(`| ${name} | ${s.p50_ms} | ${s.p95_ms} | ${s.max_ms} | ${extra} |`);
  console.log(`\n| measure | p50 ms | p95 ms | max ms | notes |`);
  console.log("|---|---:|---:|---:|---|");
  row("update round trip A → B (second instance)", rt.roundTrip, `${updates} bursts of typing`);
  row("… of which A's push (mutation returns)", rt.push);
  row("baseline: bare NOTIFY → LISTEN", rt.baseline, "same database");
  row("baseline: INSERT + NOTIFY, COMMIT → LISTEN", rt.baseline_with_commit, "one 40-byte row per commit, same fsync setting");
  for (const [name, l] of [[`load, ${stored.toLocaleString("en")} updates stored`, load.before], ["load, after compaction", load.after]] as const) {
    row(name, l.total, `${l.rows.toLocaleString("en")} ${l.rows === 1 ? "row" : "rows"}, ${Math.round(l.json_bytes / 1024)} KB JSON (${Math.round(l.gzip_bytes / 1024)} KB gzipped); server p50 ${l.server.p50_ms} ms, browser p50 ${l.browser.p50_ms} ms`);
    row("… browser part, merged first instead", l.browser_merged, "Y.mergeUpdates applied once, as the editor did before");
  }
  console.log(`\nCompaction merged ${load.merged_updates.toLocaleString("en")} updates in ${load.compaction_ms} ms.`);
  await mkdir("bench-results", { recursive: true });
  await writeFile("bench-results/agreement.json", `${JSON.stringify(results, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
