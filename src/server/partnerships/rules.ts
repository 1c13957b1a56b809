/**
 * The partnership state machine, pure (PRODUCT.md §5): DRAFTING → ACTIVE ⇄ PAUSED → ENDED, and
 * DRAFTING → ENDED when the two decide not to go ahead.
 */
export type PartnershipStatus = "DRAFTING" | "ACTIVE" | "PAUSED" | "ENDED";
export type PartnershipAction = "ACTIVATE" | "PAUSE" | "RESUME" | "END";

/** Statuses that take up a place in a member's capacity (PRODUCT.md decisions). */
export const capacityStatuses = ["DRAFTING", "ACTIVE", "PAUSED"] as const satisfies readonly PartnershipStatus[];

const moves: Record<PartnershipAction, { from: readonly PartnershipStatus[]; to: PartnershipStatus }> = {
  ACTIVATE: { from: ["DRAFTING"], to: "ACTIVE" },
  PAUSE: { from: ["ACTIVE"], to: "PAUSED" },
  RESUME: { from: ["PAUSED"], to: "ACTIVE" },
  END: { from: ["DRAFTING", "ACTIVE", "PAUSED"], to: "ENDED" },
};

export const initialStatus: PartnershipStatus = "DRAFTING";

export function transition(status: PartnershipStatus, action: PartnershipAction): { ok: true; status: PartnershipStatus } | { ok: false; reason: "INVALID_TRANSITION"; from: PartnershipStatus } {
  const move = moves[action];
  return move.from.includes(status) ? { ok: true, status: move.to } : { ok: false, reason: "INVALID_TRANSITION", from: status };
}

export function atCapacity(openPartnerships: number, capacity: number): boolean {
  return openPartnerships >= capacity;
}
