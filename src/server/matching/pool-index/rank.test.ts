import { describe, expect, it } from "vitest";
import { rankPool, type RankQuery } from "./rank";
import { flag, PoolRows, type PoolRow, weekDay, weekParity, weekWords } from "./rows";

const week = weekDay("2026-11-30");
const parity = weekParity(week);
const open = flag.listed | flag.hasRoom;

/** Words with the given quarters set. */
function quarters(...set: number[]): Uint32Array {
  const words = new Uint32Array(weekWords);
  for (const q of set) words[q >>> 5]! |= 1 << (q & 31);
  return words;
}
const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

function row(memberId: string, bits: Uint32Array, changes: Partial<PoolRow> = {}): PoolRow {
  const weeks: PoolRow["weeks"] = [null, null];
  const slots: PoolRow["bits"] = [null, null];
  weeks[parity] = week;
  slots[parity] = bits;
  return { memberId, flags: open, languages: ["en"], pendingIncoming: 0, priorityUntil: 0, weeks, bits: slots, answers: null, ...changes };
}

const now = Date.parse("2026-12-01T12:00:00Z");
function query(changes: Partial<RankQuery> = {}): RankQuery {
  return {
    week,
    bits: quarters(...range(0, 100)),
    languages: ["en"],
    mustShareLanguage: false,
    needsSobrietyFriendlyPartner: false,
    sobrietyFriendly: false,
    excluded: new Set(["me"]),
    fullInbox: new Set(),
    maxPendingIncoming: 3,
    nowMs: now,
    limit: 500,
    ...changes,
  };
}

function pool(...rows: PoolRow[]): PoolRows {
  const pool = new PoolRows();
  for (const r of rows) pool.set(r);
  return pool;
}
const ids = (rows: PoolRows, q: RankQuery = query()) => rankPool(rows, q).map((r) => r.memberId);

describe("rankPool", () => {
  it("orders by overlap, then member id, and drops those without overlap", () => {
    const rows = pool(row("b", quarters(...range(0, 10))), row("a", quarters(...range(0, 10))), row("c", quarters(...range(0, 20))), row("d", quarters(200)));
    expect(rankPool(rows, query())).toEqual([
      { memberId: "c", overlap: 20, priority: false },
      { memberId: "a", overlap: 10, priority: false },
      { memberId: "b", overlap: 10, priority: false },
    ]);
  });

  it("ranks a rematch priority ahead of any overlap while it lasts", () => {
    const rows = pool(row("wide", quarters(...range(0, 90))), row("left", quarters(5), { priorityUntil: now + 1000 }), row("over", quarters(5), { priorityUntil: now - 1 }));
    expect(rankPool(rows, query())).toEqual([
      { memberId: "left", overlap: 1, priority: true },
      { memberId: "wide", overlap: 90, priority: false },
      { memberId: "over", overlap: 1, priority: false },
    ]);
  });

  it("cuts at the limit, breaking the tie at the cut by member id", () => {
    const rows = pool(row("top", quarters(...range(0, 50))), ...["e", "b", "d", "a", "c"].map((id) => row(id, quarters(...range(0, 10)))));
    expect(ids(rows, query({ limit: 3 }))).toEqual(["top", "a", "b"]);
    expect(ids(rows, query({ limit: 1 }))).toEqual(["top"]);
    expect(ids(rows, query({ limit: 0 }))).toEqual([]);
    expect(ids(rows, query({ limit: 100 }))).toEqual(["top", "a", "b", "c", "d", "e"]);
  });

  it("keeps the hard filters: listed, room, this week, sobriety and language both ways, full inbox, exclusions", () => {
    const bits = quarters(1, 2, 3);
    const rows = pool(
      row("fine", bits),
      row("me", bits),
      row("blocked", bits),
      row("unlisted", bits, { flags: flag.hasRoom }),
      row("full", bits, { flags: flag.listed }),
      row("other-week", bits, { weeks: [week - 14, week - 7] }),
      row("needs-sober", bits, { flags: open | flag.needsSobrietyFriendlyPartner }),
      row("japanese", bits, { languages: ["ja"], flags: open | flag.mustShareLanguage }),
      row("inbox", bits, { pendingIncoming: 3 }),
      row("inbox-expired", bits, { pendingIncoming: 3 }),
    );
    const q = query({ excluded: new Set(["me", "blocked"]), fullInbox: new Set(["inbox"]) });
    expect(ids(rows, q)).toEqual(["fine", "inbox-expired"]);
    // The member's own dealbreakers.
    const friendly = row("friendly", bits, { flags: open | flag.sobrietyFriendly, languages: ["ja"] });
    expect(ids(pool(friendly, row("plain", bits)), query({ needsSobrietyFriendlyPartner: true }))).toEqual(["friendly"]);
    expect(ids(pool(friendly, row("plain", bits)), query({ mustShareLanguage: true }))).toEqual(["plain"]);
    expect(ids(pool(row("needs-sober", bits, { flags: open | flag.needsSobrietyFriendlyPartner })), query({ sobrietyFriendly: true }))).toEqual(["needs-sober"]);
  });

  it("checks shared languages beyond the 31 that get a bit of their own", () => {
    const bits = quarters(1, 2, 3);
    const many = Array.from({ length: 40 }, (_, i) => `l${i}`);
    // Each row one language, so the last nine share the overflow bit and strings decide.
    const rows = pool(...many.map((language) => row(language, bits, { languages: [language], flags: open | flag.mustShareLanguage })));
    expect(ids(rows, query({ languages: ["l3"] }))).toEqual(["l3"]);
    expect(ids(rows, query({ languages: ["l35"] }))).toEqual(["l35"]);
    expect(ids(rows, query({ languages: ["l35", "l2", "l39"] }))).toEqual(["l2", "l35", "l39"]);
    expect(ids(rows, query({ languages: ["unheard"] }))).toEqual([]);
    rows.set(row("l36", bits, { languages: ["l1"], flags: open | flag.mustShareLanguage }));
    expect(ids(rows, query({ languages: ["l36"] }))).toEqual([]);
    expect(ids(rows, query({ languages: ["l1"] }))).toEqual(["l1", "l36"]);
  });

  it("forgets one ranking's exclusions and full inboxes before the next", () => {
    const bits = quarters(1, 2, 3);
    const rows = pool(row("a", bits, { pendingIncoming: 3 }), row("b", bits));
    expect(ids(rows, query({ excluded: new Set(["b"]), fullInbox: new Set(["a"]) }))).toEqual([]);
    expect(ids(rows, query({ excluded: new Set() }))).toEqual(["a", "b"]);
  });

  it("forgets removed members, reuses their place, and takes changes to a row", () => {
    const rows = pool(row("a", quarters(1)), row("b", quarters(1, 2)));
    rows.remove("a");
    expect(ids(rows)).toEqual(["b"]);
    rows.set(row("c", quarters(1, 2, 3)));
    rows.set(row("b", quarters(1, 2, 3, 4)));
    expect(ids(rows)).toEqual(["b", "c"]);
    expect(rows.count).toBe(2);
    expect(rows.size).toBe(2);
  });

  it("agrees with a full sort on a few thousand random rows", () => {
    let seed = 7;
    const random = () => ((seed = Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5), (seed >>> 0) / 2 ** 32);
    const rows = new PoolRows();
    const all: PoolRow[] = [];
    for (let i = 0; i < 3000; i++) {
      const set = range(0, 672).filter(() => random() < 0.02);
      const r = row(`m${Math.floor(random() * 1e9).toString(36)}${i}`, quarters(...set), { priorityUntil: random() < 0.05 ? now + 1 : 0 });
      rows.set(r);
      all.push(r);
    }
    const q = query({ bits: quarters(...range(0, 672).filter(() => random() < 0.3)), limit: 200 });
    const overlap = (r: PoolRow) => Array.from(r.bits[parity]!).reduce((n, w, i) => n + [...((w & q.bits[i]!) >>> 0).toString(2)].filter((c) => c === "1").length, 0);
    const expected = all
      .map((r) => ({ memberId: r.memberId, overlap: overlap(r), priority: r.priorityUntil > now }))
      .filter((r) => r.overlap > 0)
      .sort((x, y) => Number(y.priority) - Number(x.priority) || y.overlap - x.overlap || (x.memberId < y.memberId ? -1 : 1))
      .slice(0, 200);
    expect(rankPool(rows, q)).toEqual(expected);
  });
});

describe("weekParity", () => {
  it("counts weeks from Monday 2000-01-03 as SQL's matching_week_slot does", () => {
    expect(weekParity(weekDay("2000-01-03"))).toBe(0);
    expect(weekParity(weekDay("2000-01-10"))).toBe(1);
    expect(weekParity(weekDay("1999-12-27"))).toBe(1);
    expect(weekParity(weekDay("2026-11-30")) !== weekParity(weekDay("2026-12-07"))).toBe(true);
  });
});
