/**
 * The candidate ranking on the index's typed arrays: the same hard filters and order as step 2 of
 * `candidates.ts` (`candidateQuery`), as one pass of AND + popcount over the pool. Pure.
 */
import { QUARTERS_PER_WEEK } from "@/shared/time/availability";
import { flag, otherLanguages, type PoolRows, weekParity, weekWords } from "./rows";

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

/** Marks by slot (`rankPool`): the member must not meet them, or their inbox is full. */
const excludedMark = 1;
const fullInboxMark = 2;

/**
 * Per-pass buffers, kept between calls (a ranking is synchronous, so one set serves every call):
 * `marks` is all zeros between calls, `passing` and `keys` are overwritten.
 */
let scratch = { marks: new Uint8Array(0), passing: new Int32Array(0), keys: new Uint16Array(0) };
function scratchFor(size: number): typeof scratch {
  if (scratch.marks.length < size) {
    const capacity = Math.max(size, 2 * scratch.marks.length);
    scratch = { marks: new Uint8Array(capacity), passing: new Int32Array(capacity), keys: new Uint16Array(capacity) };
  }
  return scratch;
}

function markSlots(rows: PoolRows, marks: Uint8Array, memberIds: Iterable<string>, mark: number, marked: number[]): void {
  for (const memberId of memberIds) {
    const slot = rows.slotOf(memberId);
    if (slot === undefined) continue;
    marks[slot]! |= mark;
    marked.push(slot);
  }
}

/**
 * The best `limit` candidates by (priority DESC, overlap DESC, memberId), candidates without overlap
 * left out. The hard filters on flags fold into one mask and compare; the few excluded members and
 * full inboxes are marks by slot (no id lookup per row); the overlap is AND + popcount over only
 * the words in which the member has time. Keys are small integers, so the cut is a histogram
 * instead of a sort of the whole pool; only the selected rows (and ties at the cut) are sorted.
 */
export function rankPool(rows: PoolRows, q: RankQuery): Ranked[] {
  const parity = weekParity(q.week);
  const { ids, flags, languageMasks, languages, pendingIncoming, priorityUntil, size } = rows;
  const weeks = rows.weeks[parity];
  const bits = rows.bits[parity];
  // Listed with room, and both members' sobriety dealbreakers: (flags & mask) === want.
  const mask = flag.listed | flag.hasRoom | (q.needsSobrietyFriendlyPartner ? flag.sobrietyFriendly : 0) | (q.sobrietyFriendly ? 0 : flag.needsSobrietyFriendlyPartner);
  const want = flag.listed | flag.hasRoom | (q.needsSobrietyFriendlyPartner ? flag.sobrietyFriendly : 0);
  // A row must share a language when either side asks for it (every passing row is listed).
  const languageRequired = q.mustShareLanguage ? flag.listed : flag.mustShareLanguage;
  const myLanguages = rows.languageMask(q.languages);
  // The member's words with time in them: the overlap is zero in every other word.
  const myWords: number[] = [];
  const myValues: number[] = [];
  for (let w = 0; w < weekWords; w++) {
    if (q.bits[w] === 0) continue;
    myWords.push(w);
    myValues.push(q.bits[w]!);
  }
  const wordCount = myWords.length;
  const { maxPendingIncoming, nowMs, week } = q;

  const { marks, passing, keys } = scratchFor(size);
  const marked: number[] = [];
  markSlots(rows, marks, q.excluded, excludedMark, marked);
  markSlots(rows, marks, q.fullInbox, fullInboxMark, marked);
  const histogram = new Int32Array(2 * priorityKey);
  let passed = 0;
  try {
    for (let slot = 0; slot < size; slot++) {
      const f = flags[slot]!;
      if ((f & mask) !== want || weeks[slot] !== week) continue;
      const m = marks[slot]!;
      if (m !== 0 && (m & excludedMark || pendingIncoming[slot]! >= maxPendingIncoming)) continue;
      if (f & languageRequired) {
        const shared = languageMasks[slot]! & myLanguages;
        if (shared === 0 || (shared === otherLanguages && !languages[slot]!.some((l) => q.languages.includes(l)))) continue;
      }
      const base = slot * weekWords;
      let overlap = 0;
      for (let k = 0; k < wordCount; k++) overlap += popcount(bits[base + myWords[k]!]! & myValues[k]!);
      if (overlap === 0) continue;
      const key = priorityUntil[slot]! > nowMs ? overlap + priorityKey : overlap;
      passing[passed] = slot;
      keys[passed++] = key;
      histogram[key]!++;
    }
  } finally {
    for (const slot of marked) marks[slot] = 0;
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
