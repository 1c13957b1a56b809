/**
 * The candidate ranking on the index's typed arrays: the same hard filters and order as step 2 of
 * `candidates.ts` (`candidateQuery`), as one pass of AND + popcount over the pool. Pure.
 */
import { QUARTERS_PER_WEEK } from "@/shared/time/availability";
import { flag, type PoolRows, weekParity, weekWords } from "./rows";

export type RankQuery = {
  /** The week as `weekDay` gives it. */
  week: number;
  /** The member's bits for that week (21 words, `parseWeekBits` layout). */
  bits: Uint32Array;
  languages: readonly string[];
  mustShareLanguage: boolean;
  needsSobrietyFriendlyPartner: boolean;
  sobrietyFriendly: boolean;
  /** The member and everyone they must not meet (step 1). */
  excluded: ReadonlySet<string>;
  /** Members at the pending-incoming limit once expired requests are left out (step 1). */
  fullInbox: ReadonlySet<string>;
  maxPendingIncoming: number;
  nowMs: number;
  limit: number;
};

export type Ranked = { memberId: string; overlap: number; priority: boolean };

/** Priority ranks above any overlap: sort keys are overlap, plus this for priority. */
const priorityKey = QUARTERS_PER_WEEK + 1;

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function markSlot(rows: PoolRows, marks: Uint8Array, memberId: string): void {
  const slot = rows.slotOf(memberId);
  if (slot !== undefined) marks[slot] = 1;
}

/**
 * The best `limit` candidates by (priority DESC, overlap DESC, memberId), candidates without overlap
 * left out. Keys are small integers, so the cut is a histogram instead of a sort of the whole pool;
 * only the selected rows (and ties at the cut) are sorted.
 */
export function rankPool(rows: PoolRows, q: RankQuery): Ranked[] {
  const parity = weekParity(q.week);
  const mine = q.languages;
  const mineBits = q.bits;
  const requireListed = flag.listed | flag.hasRoom;
  const { ids, flags, weeks, bits, languages, pendingIncoming, priorityUntil } = rows;
  // The few excluded members and full inboxes as marks by slot: no id lookup per row.
  const excluded = new Uint8Array(rows.size);
  for (const id of q.excluded) markSlot(rows, excluded, id);
  const fullInbox = new Uint8Array(rows.size);
  for (const id of q.fullInbox) markSlot(rows, fullInbox, id);
  const passing = new Int32Array(rows.size);
  const keys = new Int16Array(rows.size);
  let passed = 0;
  const histogram = new Int32Array(2 * priorityKey);
  for (let slot = 0; slot < rows.size; slot++) {
    const f = flags[slot]!;
    if ((f & requireListed) !== requireListed || weeks[2 * slot + parity] !== q.week || excluded[slot]) continue;
    if (q.needsSobrietyFriendlyPartner && !(f & flag.sobrietyFriendly)) continue;
    if (f & flag.needsSobrietyFriendlyPartner && !q.sobrietyFriendly) continue;
    if ((q.mustShareLanguage || f & flag.mustShareLanguage) && !languages[slot]!.some((l) => mine.includes(l))) continue;
    if (pendingIncoming[slot]! >= q.maxPendingIncoming && fullInbox[slot]) continue;
    const base = (2 * slot + parity) * weekWords;
    let overlap = 0;
    for (let w = 0; w < weekWords; w++) overlap += popcount(bits[base + w]! & mineBits[w]!);
    if (overlap === 0) continue;
    const key = priorityUntil[slot]! > q.nowMs ? overlap + priorityKey : overlap;
    passing[passed] = slot;
    keys[passed++] = key;
    histogram[key]!++;
  }

  // The lowest key that still makes the cut, and how many of its rows fit.
  let cut = histogram.length;
  let above = 0;
  while (cut > 0 && above + histogram[cut - 1]! < q.limit) above += histogram[--cut]!;
  const chosen: { slot: number; key: number }[] = [];
  const tied: number[] = [];
  const tieKey = cut - 1;
  for (let i = 0; i < passed; i++) {
    if (keys[i]! > tieKey) chosen.push({ slot: passing[i]!, key: keys[i]! });
    else if (keys[i] === tieKey) tied.push(passing[i]!);
  }
  if (tieKey > 0) {
    tied.sort((a, b) => byId(ids[a]!, ids[b]!));
    for (const slot of tied.slice(0, q.limit - above)) chosen.push({ slot, key: tieKey });
  }
  chosen.sort((a, b) => b.key - a.key || byId(ids[a.slot]!, ids[b.slot]!));
  return chosen.map(({ slot, key }) => ({ memberId: ids[slot]!, overlap: key >= priorityKey ? key - priorityKey : key, priority: key >= priorityKey }));
}
