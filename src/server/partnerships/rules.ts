/**
 * The partnership state machine, pure (PRODUCT.md §5): created in DRAFTING, then DRAFTING → ACTIVE
 * ⇄ PAUSED → ENDED, and DRAFTING → ENDED when the two decide not to go ahead. Every move records
 * exactly one timeline event of the type named here (src/server/partnerships/transitions.ts).
 */
export type PartnershipStatus = "DRAFTING" | "ACTIVE" | "PAUSED" | "ENDED";
export type PartnershipAction = "CREATE" | "ACTIVATE" | "PAUSE" | "RESUME" | "END";

/** Statuses that take up a place in a member's capacity (PRODUCT.md decisions). */
export const capacityStatuses = ["DRAFTING", "ACTIVE", "PAUSED"] as const satisfies readonly PartnershipStatus[];

/** `null` is "no partnership yet": only CREATE starts there. */
type From = PartnershipStatus | null;

export const moves = {
  CREATE: { from: [null], to: "DRAFTING", event: "CREATED" },
  ACTIVATE: { from: ["DRAFTING"], to: "ACTIVE", event: "ACTIVATED" },
  PAUSE: { from: ["ACTIVE"], to: "PAUSED", event: "PAUSED" },
  RESUME: { from: ["PAUSED"], to: "ACTIVE", event: "RESUMED" },
  END: { from: ["DRAFTING", "ACTIVE", "PAUSED"], to: "ENDED", event: "ENDED" },
} as const satisfies Record<PartnershipAction, { from: readonly From[]; to: PartnershipStatus; event: string }>;

/** The timeline event each action records. */
export type EventOf<A extends PartnershipAction> = (typeof moves)[A]["event"];

export type PartnershipTransition = { ok: true; status: PartnershipStatus } | { ok: false; reason: "INVALID_TRANSITION"; from: From };

/**
 * Where `action` takes a partnership in `status`. `only` narrows the statuses a feature's own move
 * starts from (a subset of the state machine's), e.g. deciding not to go ahead ends only a draft.
 */
export function transition(status: From, action: PartnershipAction, only?: readonly PartnershipStatus[]): PartnershipTransition {
  const move = moves[action];
  const allowed = (move.from as readonly From[]).includes(status) && (only === undefined || (status !== null && only.includes(status)));
  return allowed ? { ok: true, status: move.to } : { ok: false, reason: "INVALID_TRANSITION", from: status };
}

/**
 * The ways a partnership ends (recorded as the ENDED event's `how`) and the statuses each ends
 * from. Deciding not to go ahead closes a draft only: endings of a partnership that has started
 * come with their own flow (PRODUCT.md §9). QUIETLY is the one ending nobody chose in the
 * partnership's own flow — a block, a suspension, a deleted account — recorded with no actor and
 * no notice, so neither partner can tell from it which of those happened or who caused it.
 * CHOSEN records who chose it; with `quietly` the partner is shown only that it ended.
 */
export const endings = {
  NOT_GOING_AHEAD: { from: ["DRAFTING"] },
  QUIETLY: { from: ["DRAFTING", "ACTIVE", "PAUSED"] },
  /** A partner chose to end through the ending flow (PRODUCT.md §9), now or after one final check-in. */
  CHOSEN: { from: ["ACTIVE", "PAUSED"] },
} as const satisfies Record<string, { from: readonly PartnershipStatus[] }>;
export type Ending = keyof typeof endings;
export const endingIds = Object.keys(endings) as [Ending, ...Ending[]];

export function atCapacity(openPartnerships: number, capacity: number): boolean {
  return openPartnerships >= capacity;
}
