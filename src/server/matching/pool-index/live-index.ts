import "server-only";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { log } from "@/server/log";
import { type AnswerRow, answerColumns, toAnswerProfile } from "../answer-row";
import { weekBitsFromHex } from "../scorer/overlap";
import type { AnswerProfile } from "../scorer/scorer";
import { AnswerInterner } from "./answer-interner";
import { rankPool, type Ranked, type RankQuery } from "./rank";
import { flag, PoolRows, type PoolRow } from "./rows";

/** The channel the `matching_pool` triggers notify (migration `…_matching_pool_notify`). */
export const poolChannel = "matching_pool";
const retryMs = 1000;
const loadBatch = 10_000;
/** A request waits at most this long for the index to catch up, then uses the SQL path. */
const catchUpTimeoutMs = 500;

/** A pool row, and a listed member's answers (the rest never reach the scorer). */
const rowSql = `SELECT p."memberId", p.open AND p.active, p."openPartnerships" < p."partnershipCapacity",
    p."needsSobrietyFriendlyPartner", p."sobrietyFriendly", p."mustShareLanguage", coalesce(p.languages, '{}'), p."pendingIncoming",
    coalesce(extract(epoch FROM p."rematchPriorityUntil") * 1000, 0)::float8,
    p."evenWeek" - DATE '2000-01-03', p."oddWeek" - DATE '2000-01-03',
    encode(substring(varbit_send(p."evenBits") from 5), 'hex'), encode(substring(varbit_send(p."oddBits") from 5), 'hex'),
    CASE WHEN p.open AND p.active THEN (SELECT row_to_json(a) FROM (SELECT ${answerColumns("c")}) a) END
  FROM matching_pool p JOIN profile c ON c."memberId" = p."memberId" JOIN member m ON m.id = p."memberId"`;
type RowValues = [string, boolean, boolean, boolean, boolean, boolean, string[], number, number, number | null, number | null, string | null, string | null, AnswerRow | null];

function toPoolRow(v: RowValues, interner: AnswerInterner): PoolRow {
  const [memberId, listed, hasRoom, needs, friendly, mustShare, languages, pendingIncoming, priorityUntil, evenWeek, oddWeek, evenBits, oddBits, answers] = v;
  return {
    memberId,
    flags:
      (listed ? flag.listed : 0) |
      (hasRoom ? flag.hasRoom : 0) |
      (needs ? flag.needsSobrietyFriendlyPartner : 0) |
      (friendly ? flag.sobrietyFriendly : 0) |
      (mustShare ? flag.mustShareLanguage : 0),
    languages,
    pendingIncoming,
    priorityUntil,
    weeks: [evenWeek, oddWeek],
    bits: [evenBits === null ? null : weekBitsFromHex(evenBits), oddBits === null ? null : weekBitsFromHex(oddBits)],
    answers: answers && interner.answers(memberId, toAnswerProfile(answers)),
  };
}

export type IndexStats = { rows: number; loadMs: number; typedBytes: number };

/**
 * An in-process copy of `matching_pool`'s ranking inputs and listed members' answers (`PoolRows`),
 * kept fresh through NOTIFY on one dedicated connection (the pool's triggers, and those on the
 * answers: migration `…_matching_answers_notify`): each notification names the changed members and their rows are re-read
 * (batched); '*' or a reconnect reloads everything. Every app instance keeps its own, so several
 * instances stay correct. `rank` answers null while the index is not ready (loading, reloading or
 * disconnected): callers then use the SQL path. The index only chooses whom step 2 reads; step 2
 * checks every hard filter again in SQL, so a stale index can drop a candidate but never show one.
 */
export class LiveCandidateIndex {
  private rows = new PoolRows();
  private interner = new AnswerInterner();
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private ready = false;
  private stopped = false;
  private paused = false;
  private reloadAll = true;
  private readonly dirty = new Set<string>();
  private applying: Promise<void> = Promise.resolve();
  /** This index's own channel: a NOTIFY on it comes back after every notification committed before it. */
  private readonly syncChannel = `matching_pool_sync_${randomBytes(6).toString("hex")}`;
  private readonly syncWaiters = new Map<string, (synced: boolean) => void>();
  private syncCounter = 0;
  private lastLoad: IndexStats = { rows: 0, loadMs: 0, typedBytes: 0 };

  constructor(private readonly connectionString: string) {}

  /** Starts listening and loading (once); resolves when the first load is done. */
  start(): Promise<void> {
    if (this.client || this.stopped) return this.applying;
    this.connecting ??= this.connect().finally(() => (this.connecting = null));
    return this.connecting;
  }

  get isReady(): boolean {
    return this.ready;
  }

  stats(): IndexStats {
    return this.lastLoad;
  }

  /**
   * Waits until every pool change committed before this call is in the index (a NOTIFY on this
   * index's own channel comes back after them, in commit order), so a request sees its own and
   * everyone's earlier writes. False when the index is not ready or does not answer in time.
   */
  async catchUp(): Promise<boolean> {
    void this.start().catch(() => undefined);
    const client = this.client;
    if (!client || !this.isReady) return false;
    const token = String(++this.syncCounter);
    const synced = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => settle(false), catchUpTimeoutMs);
      const settle = (ok: boolean) => {
        clearTimeout(timer);
        this.syncWaiters.delete(token);
        resolve(ok && this.isReady);
      };
      this.syncWaiters.set(token, settle);
    });
    // In line with the index's reads: one connection runs one query at a time (pg 9 will insist).
    const sent = this.applying.catch(() => undefined).then(() => client.query("SELECT pg_notify($1, $2)", [this.syncChannel, token]));
    this.applying = sent.then(
      () => undefined,
      () => this.syncWaiters.get(token)?.(false),
    );
    return synced;
  }

  /** The ranked winners, or null when not ready (use the SQL path). */
  rank(query: RankQuery): Ranked[] | null {
    return this.isReady ? rankPool(this.rows, query) : null;
  }

  /**
   * The members' answers and bits for `week` as the index holds them (call it right after `rank`,
   * so they are what it ranked on; the bits are copied, answers are never changed in place). A
   * member it holds no answers or no such week for is left out.
   */
  held(memberIds: readonly string[], week: number): Map<string, { answers: AnswerProfile; bits: Uint32Array }> {
    const held = new Map<string, { answers: AnswerProfile; bits: Uint32Array }>();
    for (const id of memberIds) {
      const answers = this.rows.answersOf(id);
      const bits = this.rows.weekBits(id, week);
      if (answers && bits) held.set(id, { answers, bits });
    }
    return held;
  }

  /** For tests: stop applying notifications (they are kept), so a stale index can be observed; `resume` applies them. */
  pause(): void {
    this.paused = true;
  }

  resume(): Promise<void> {
    this.paused = false;
    return this.apply();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.ready = false;
    await this.connecting?.catch(() => undefined);
    const client = this.client;
    this.client = null;
    for (const settle of [...this.syncWaiters.values()]) settle(false);
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString, application_name: "tandem candidate index" });
    client.on("notification", (n) => this.heard(n.channel, n.payload ?? ""));
    client.on("error", (err) => {
      log.warn({ err }, "Candidate index connection lost; reconnecting");
      this.drop(client);
    });
    client.on("end", () => this.drop(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${pg.escapeIdentifier(poolChannel)}`);
      await client.query(`LISTEN ${pg.escapeIdentifier(this.syncChannel)}`);
    } catch (err) {
      void client.end().catch(() => undefined);
      throw err;
    }
    if (this.stopped) {
      await client.end();
      return;
    }
    this.client = client;
    // Anything may have changed while no one listened: load everything, after LISTEN is in place.
    this.reloadAll = true;
    try {
      await this.apply();
    } catch (err) {
      log.warn({ err }, "Candidate index could not load; retrying");
      this.drop(client);
      throw err;
    }
  }

  private drop(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = null;
    this.ready = false;
    for (const settle of [...this.syncWaiters.values()]) settle(false);
    client.removeAllListeners("notification");
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    const retry = () => void this.start().catch(() => setTimeout(retry, retryMs));
    setTimeout(retry, retryMs);
  }

  private heard(channel: string, payload: string): void {
    if (channel === this.syncChannel) {
      const settle = this.syncWaiters.get(payload);
      // Every notification before this one is queued: done once those are applied.
      if (settle) void this.apply().then(() => settle(true), () => settle(false));
      return;
    }
    if (payload === "*") this.reloadAll = true;
    else for (const id of payload.split(",")) if (id) this.dirty.add(id);
    if (!this.paused) void this.apply().catch(() => undefined);
  }

  /** Applies what was heard so far, one batch at a time; resolves once this call's batch is in. */
  private apply(): Promise<void> {
    this.applying = this.applying.catch(() => undefined).then(() => this.applyPending());
    return this.applying;
  }

  private async applyPending(): Promise<void> {
    const client = this.client;
    if (!client || this.paused) return;
    if (this.reloadAll) {
      this.reloadAll = false;
      this.dirty.clear();
      this.ready = false;
      ({ rows: this.rows, interner: this.interner } = await this.loadAll(client));
      this.ready = this.client === client;
      return;
    }
    if (!this.dirty.size) return;
    const ids = [...this.dirty];
    this.dirty.clear();
    const { rows } = await client.query<RowValues>({ text: `${rowSql} WHERE p."memberId" = ANY ($1::text[])`, values: [ids], rowMode: "array" });
    const found = new Set<string>();
    for (const values of rows) {
      this.rows.set(toPoolRow(values, this.interner));
      found.add(values[0]);
    }
    for (const id of ids) if (!found.has(id)) this.rows.remove(id);
  }

  private async loadAll(client: pg.Client): Promise<{ rows: PoolRows; interner: AnswerInterner }> {
    const started = performance.now();
    const rows = new PoolRows();
    const interner = new AnswerInterner();
    let after = "";
    for (;;) {
      const batch = await client.query<RowValues>({
        text: `${rowSql} WHERE p."memberId" > $1 ORDER BY p."memberId" LIMIT ${loadBatch}`,
        values: [after],
        rowMode: "array",
      });
      for (const values of batch.rows) rows.set(toPoolRow(values, interner));
      if (batch.rows.length < loadBatch) break;
      after = batch.rows.at(-1)![0];
    }
    this.lastLoad = { rows: rows.count, loadMs: performance.now() - started, typedBytes: rows.typedBytes() };
    return { rows, interner };
  }
}
