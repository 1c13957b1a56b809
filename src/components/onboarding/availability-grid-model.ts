/**
 * Pure helpers for the availability grid: a selection is kept as a 336-entry mask (1 = chosen)
 * while the grid works on it, and handed out as sorted, unique slot indices.
 * Slot index = day * 48 + halfHour (day 0 = Monday, halfHour 0 = 00:00–00:30), as in
 * `@/shared/time/availability-summary`.
 */

export const DAY_COUNT = 7;
export const HALF_HOURS = 48;
export const SLOT_COUNT = DAY_COUNT * HALF_HOURS;
/** Rows 0–11 are 00:00–06:00, tucked away by default. */
export const EARLY_ROWS = 12;

export const dayOf = (slot: number): number => Math.floor(slot / HALF_HOURS);
export const halfHourOf = (slot: number): number => slot % HALF_HOURS;
export const isEarly = (slot: number): boolean => halfHourOf(slot) < EARLY_ROWS;

export function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}

export function toMask(slots: readonly number[]): Uint8Array {
  const mask = new Uint8Array(SLOT_COUNT);
  for (const slot of slots) if (Number.isInteger(slot) && slot >= 0 && slot < SLOT_COUNT) mask[slot] = 1;
  return mask;
}

export function fromMask(mask: Uint8Array): number[] {
  const slots: number[] = [];
  for (let i = 0; i < SLOT_COUNT; i++) if (mask[i]) slots.push(i);
  return slots;
}

/** Whether `slot` lies in the rectangle (days × times) spanned by slots `a` and `b`. */
export function inRect(a: number, b: number, slot: number): boolean {
  const d = dayOf(slot);
  const h = halfHourOf(slot);
  return (
    d >= Math.min(dayOf(a), dayOf(b)) &&
    d <= Math.max(dayOf(a), dayOf(b)) &&
    h >= Math.min(halfHourOf(a), halfHourOf(b)) &&
    h <= Math.max(halfHourOf(a), halfHourOf(b))
  );
}

/** A copy of `base` with every slot in the rectangle from `a` to `b` set to `on`. */
export function paintRect(base: Uint8Array, a: number, b: number, on: boolean): Uint8Array {
  const next = base.slice();
  const d0 = Math.min(dayOf(a), dayOf(b));
  const d1 = Math.max(dayOf(a), dayOf(b));
  const h0 = Math.min(halfHourOf(a), halfHourOf(b));
  const h1 = Math.max(halfHourOf(a), halfHourOf(b));
  for (let d = d0; d <= d1; d++) for (let h = h0; h <= h1; h++) next[d * HALF_HOURS + h] = on ? 1 : 0;
  return next;
}

/** A copy of `base` with `slots` set to `on`, and how many slots actually changed. */
export function applySlots(base: Uint8Array, slots: readonly number[], on: boolean): { mask: Uint8Array; changed: number } {
  const mask = base.slice();
  let changed = 0;
  for (const slot of slots) {
    if (slot < 0 || slot >= SLOT_COUNT) continue;
    if (Boolean(mask[slot]) !== on) changed++;
    mask[slot] = on ? 1 : 0;
  }
  return { mask, changed };
}

export function sameSlots(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** "30 minutes", "1 hour", "2½ hours" for a count of half-hour slots. */
export function describeDuration(slotCount: number): string {
  if (slotCount === 1) return "30 minutes";
  const hours = Math.floor(slotCount / 2);
  const half = slotCount % 2 === 1 ? "½" : "";
  return `${hours}${half} ${hours === 1 && !half ? "hour" : "hours"}`;
}
