/**
 * `matching_pool`'s ranking inputs in typed arrays, one slot per member: what the candidate index
 * scans instead of the table. Pure storage, no I/O. Weeks are day numbers counted from Monday
 * 2000-01-03 (the pool's slot epoch), so a week's parity is its slot.
 */
import { QUARTERS_PER_WEEK } from "@/shared/time/availability";
import type { AnswerProfile } from "../scorer/scorer";

export const weekWords = QUARTERS_PER_WEEK / 32;
/** A slot's week when it holds none. */
export const noWeek = -0x80000000;

/** Bits of `PoolRows.flags`. */
export const flag = {
  /** Open to matching with a finished questionnaire, active and verified (`listedSql`). */
  listed: 1,
  /** Fewer drafting, active or paused partnerships than their capacity. */
  hasRoom: 2,
  needsSobrietyFriendlyPartner: 4,
  sobrietyFriendly: 8,
  mustShareLanguage: 16,
} as const;

/** One pool row as the index keeps it. `weeks`/`bits`: the even and the odd slot (null when empty). */
export type PoolRow = {
  memberId: string;
  flags: number;
  languages: readonly string[];
  pendingIncoming: number;
  /** `rematchPriorityUntil` in epoch milliseconds, 0 when none. */
  priorityUntil: number;
  weeks: [number | null, number | null];
  bits: [Uint32Array | null, Uint32Array | null];
  /** What the scorer reads, for a listed member (null otherwise: nobody is shown them). */
  answers: AnswerProfile | null;
};

const initialCapacity = 1024;
/** `PoolRows.languageMasks`: a member with a language the 31 bits ran out for (then strings decide). */
export const otherLanguages = 1 << 31;

export class PoolRows {
  /** One past the highest slot ever used; freed slots inside stay with flags 0 (never listed). */
  size = 0;
  ids: (string | null)[] = [];
  languages: (readonly string[])[] = [];
  /** Replaced, never changed in place: a caller may keep one while rows change. */
  answers: (AnswerProfile | null)[] = [];
  flags = new Uint8Array(initialCapacity);
  /** One bit per language (`languageBit`), so most language checks are one AND. */
  languageMasks = new Int32Array(initialCapacity);
  pendingIncoming = new Int32Array(initialCapacity);
  priorityUntil = new Float64Array(initialCapacity);
  /** Per parity (even, odd): each slot's week. */
  weeks: [Int32Array, Int32Array] = [new Int32Array(initialCapacity), new Int32Array(initialCapacity)];
  /** Per parity (even, odd): `weekWords` per slot, so a ranking reads one contiguous array. */
  bits: [Uint32Array, Uint32Array] = [new Uint32Array(weekWords * initialCapacity), new Uint32Array(weekWords * initialCapacity)];
  private readonly slots = new Map<string, number>();
  private readonly free: number[] = [];
  private readonly languageBits = new Map<string, number>();

  get count(): number {
    return this.slots.size;
  }

  /** The member's slot, if held. */
  slotOf(memberId: string): number | undefined {
    return this.slots.get(memberId);
  }

  /**
   * The languages as a mask of `languageMasks` bits. Only `set` hands out new bits: a language no
   * row has gets none (no row can share it), unless the bits ran out (then `otherLanguages`).
   */
  languageMask(languages: readonly string[], assign = false): number {
    let mask = 0;
    for (const language of languages) {
      let bit = this.languageBits.get(language);
      if (bit === undefined && assign && this.languageBits.size < 31) this.languageBits.set(language, (bit = 1 << this.languageBits.size));
      mask |= bit ?? (this.languageBits.size === 31 ? otherLanguages : 0);
    }
    return mask;
  }

  /** A copy of the member's bits for `week` (a `weekDay`), or null when their row holds another week or none. */
  weekBits(memberId: string, week: number): Uint32Array | null {
    const slot = this.slots.get(memberId);
    const parity = weekParity(week);
    if (slot === undefined || this.weeks[parity][slot] !== week) return null;
    return this.bits[parity].slice(slot * weekWords, (slot + 1) * weekWords);
  }

  /** The member's answers as held, if listed. */
  answersOf(memberId: string): AnswerProfile | null {
    const slot = this.slots.get(memberId);
    return slot === undefined ? null : this.answers[slot]!;
  }

  /** Adds or replaces the member's row. */
  set(row: PoolRow): void {
    let slot = this.slots.get(row.memberId);
    if (slot === undefined) {
      slot = this.free.pop() ?? this.size++;
      if (slot >= this.flags.length) this.grow();
      this.slots.set(row.memberId, slot);
      this.ids[slot] = row.memberId;
    }
    this.flags[slot] = row.flags;
    this.languages[slot] = row.languages;
    this.answers[slot] = row.answers;
    this.languageMasks[slot] = this.languageMask(row.languages, true);
    this.pendingIncoming[slot] = row.pendingIncoming;
    this.priorityUntil[slot] = row.priorityUntil;
    for (const parity of [0, 1] as const) {
      this.weeks[parity][slot] = row.weeks[parity] ?? noWeek;
      const base = slot * weekWords;
      const bits = row.bits[parity];
      if (bits) this.bits[parity].set(bits, base);
      else this.bits[parity].fill(0, base, base + weekWords);
    }
  }

  remove(memberId: string): void {
    const slot = this.slots.get(memberId);
    if (slot === undefined) return;
    this.slots.delete(memberId);
    this.ids[slot] = null;
    this.languages[slot] = [];
    this.answers[slot] = null;
    this.languageMasks[slot] = 0;
    this.flags[slot] = 0;
    this.free.push(slot);
  }

  /** Bytes held in typed arrays (ids, languages and the id map come on top, on the JS heap). */
  typedBytes(): number {
    const perParity = (pair: [ArrayBufferView, ArrayBufferView]) => pair[0].byteLength + pair[1].byteLength;
    return this.flags.byteLength + this.languageMasks.byteLength + this.pendingIncoming.byteLength + this.priorityUntil.byteLength + perParity(this.weeks) + perParity(this.bits);
  }

  private grow(): void {
    const capacity = this.flags.length * 2;
    const grown = <T extends Uint8Array | Int32Array | Float64Array | Uint32Array>(old: T, make: (n: number) => T, perSlot: number): T => {
      const next = make(capacity * perSlot);
      next.set(old);
      return next;
    };
    const int32 = (n: number) => new Int32Array(n);
    const uint32 = (n: number) => new Uint32Array(n);
    this.flags = grown(this.flags, (n) => new Uint8Array(n), 1);
    this.languageMasks = grown(this.languageMasks, int32, 1);
    this.pendingIncoming = grown(this.pendingIncoming, int32, 1);
    this.priorityUntil = grown(this.priorityUntil, (n) => new Float64Array(n), 1);
    this.weeks = [grown(this.weeks[0], int32, 1), grown(this.weeks[1], int32, 1)];
    this.bits = [grown(this.bits[0], uint32, weekWords), grown(this.bits[1], uint32, weekWords)];
  }
}

const epochDay = Date.UTC(2000, 0, 3) / 86_400_000;

/** A `YYYY-MM-DD` week start as the index's day number. */
export function weekDay(weekStart: string): number {
  return Date.parse(`${weekStart}T00:00:00Z`) / 86_400_000 - epochDay;
}

/** The pool slot (0 even, 1 odd) of a week, as SQL's `matching_week_slot`. */
export function weekParity(day: number): 0 | 1 {
  return (((Math.round(day / 7) % 2) + 2) % 2) as 0 | 1;
}
