/**
 * `matching_pool`'s ranking inputs in typed arrays, one slot per member: what the candidate index
 * scans instead of the table. Pure storage, no I/O. Weeks are day numbers counted from Monday
 * 2000-01-03 (the pool's slot epoch), so a week's parity is its slot.
 */
import { QUARTERS_PER_WEEK } from "@/shared/time/availability";

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
};

const initialCapacity = 1024;

export class PoolRows {
  /** One past the highest slot ever used; freed slots inside stay with flags 0 (never listed). */
  size = 0;
  ids: (string | null)[] = [];
  languages: (readonly string[])[] = [];
  flags = new Uint8Array(initialCapacity);
  pendingIncoming = new Int32Array(initialCapacity);
  priorityUntil = new Float64Array(initialCapacity);
  /** Two per slot: the even slot's week, then the odd slot's. */
  weeks = new Int32Array(2 * initialCapacity);
  /** `2 * weekWords` per slot: the even slot's bits, then the odd slot's. */
  bits = new Uint32Array(2 * weekWords * initialCapacity);
  private readonly slots = new Map<string, number>();
  private readonly free: number[] = [];

  get count(): number {
    return this.slots.size;
  }

  /** The member's slot, if held. */
  slotOf(memberId: string): number | undefined {
    return this.slots.get(memberId);
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
    this.pendingIncoming[slot] = row.pendingIncoming;
    this.priorityUntil[slot] = row.priorityUntil;
    for (const parity of [0, 1] as const) {
      this.weeks[2 * slot + parity] = row.weeks[parity] ?? noWeek;
      const base = (2 * slot + parity) * weekWords;
      const bits = row.bits[parity];
      if (bits) this.bits.set(bits, base);
      else this.bits.fill(0, base, base + weekWords);
    }
  }

  remove(memberId: string): void {
    const slot = this.slots.get(memberId);
    if (slot === undefined) return;
    this.slots.delete(memberId);
    this.ids[slot] = null;
    this.languages[slot] = [];
    this.flags[slot] = 0;
    this.free.push(slot);
  }

  /** Bytes held in typed arrays (ids, languages and the id map come on top, on the JS heap). */
  typedBytes(): number {
    return this.flags.byteLength + this.pendingIncoming.byteLength + this.priorityUntil.byteLength + this.weeks.byteLength + this.bits.byteLength;
  }

  private grow(): void {
    const capacity = this.flags.length * 2;
    const grown = <T extends Uint8Array | Int32Array | Float64Array | Uint32Array>(old: T, make: (n: number) => T, perSlot: number): T => {
      const next = make(capacity * perSlot);
      next.set(old);
      return next;
    };
    this.flags = grown(this.flags, (n) => new Uint8Array(n), 1);
    this.pendingIncoming = grown(this.pendingIncoming, (n) => new Int32Array(n), 1);
    this.priorityUntil = grown(this.priorityUntil, (n) => new Float64Array(n), 1);
    this.weeks = grown(this.weeks, (n) => new Int32Array(n), 2);
    this.bits = grown(this.bits, (n) => new Uint32Array(n), 2 * weekWords);
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
