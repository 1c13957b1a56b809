import { describe, expect, it } from "vitest";
import { agreementActions, agreementPhases, agreementStep, phaseOf, type Actor, type AgreementAction, type AgreementPhase } from "./rules";

/** What each cell should be, for the proposer / the partner: "PHASE/OUTCOME" or "!REFUSAL". */
type Cell = string | { PROPOSER: string; PARTNER: string };

const expected: Record<AgreementPhase, Record<AgreementAction, Cell>> = {
  DRAFT: {
    PROPOSE: "PROPOSED/FREEZE",
    SIGN: "!NOTHING_PROPOSED",
    REQUEST_CHANGES: "!NOTHING_PROPOSED",
    EDIT: "DRAFT/NONE",
    WITHDRAW: "!NOTHING_TO_WITHDRAW",
    OPEN_AMENDMENT: "!NOT_IN_FORCE_YET",
  },
  PROPOSED: {
    PROPOSE: "!ALREADY_PROPOSED",
    SIGN: { PROPOSER: "!ALREADY_SIGNED", PARTNER: "IN_FORCE/PUT_IN_FORCE" },
    REQUEST_CHANGES: { PROPOSER: "!OWN_PROPOSAL", PARTNER: "DRAFT/CHANGES_REQUESTED" },
    EDIT: "DRAFT/WITHDRAWN_EDITED",
    WITHDRAW: "DRAFT/WITHDRAWN_BY_MEMBER",
    OPEN_AMENDMENT: "!NOT_IN_FORCE_YET",
  },
  IN_FORCE: {
    PROPOSE: "!IN_FORCE",
    SIGN: "!NOTHING_PROPOSED",
    REQUEST_CHANGES: "!NOTHING_PROPOSED",
    EDIT: "!IN_FORCE",
    WITHDRAW: "!NOTHING_TO_WITHDRAW",
    OPEN_AMENDMENT: "AMENDMENT_OPEN/OPEN_AMENDMENT",
  },
  AMENDMENT_OPEN: {
    PROPOSE: "AMENDMENT_PROPOSED/FREEZE",
    SIGN: "!NOTHING_PROPOSED",
    REQUEST_CHANGES: "!NOTHING_PROPOSED",
    EDIT: "AMENDMENT_OPEN/NONE",
    WITHDRAW: "IN_FORCE/CLOSE_AMENDMENT",
    OPEN_AMENDMENT: "!AMENDMENT_ALREADY_OPEN",
  },
  AMENDMENT_PROPOSED: {
    PROPOSE: "!ALREADY_PROPOSED",
    SIGN: { PROPOSER: "!ALREADY_SIGNED", PARTNER: "IN_FORCE/PUT_IN_FORCE" },
    REQUEST_CHANGES: { PROPOSER: "!OWN_PROPOSAL", PARTNER: "AMENDMENT_OPEN/CHANGES_REQUESTED" },
    EDIT: "AMENDMENT_OPEN/WITHDRAWN_EDITED",
    WITHDRAW: "IN_FORCE/CLOSE_AMENDMENT",
    OPEN_AMENDMENT: "!AMENDMENT_ALREADY_OPEN",
  },
  ENDED: {
    PROPOSE: "!ENDED",
    SIGN: "!ENDED",
    REQUEST_CHANGES: "!ENDED",
    EDIT: "!ENDED",
    WITHDRAW: "!ENDED",
    OPEN_AMENDMENT: "!ENDED",
  },
};

const actors: Actor[] = ["PROPOSER", "PARTNER"];
const cells = agreementPhases.flatMap((phase) => agreementActions.flatMap((action) => actors.map((actor) => [phase, action, actor] as const)));

function written(phase: AgreementPhase, action: AgreementAction, actor: Actor): string {
  const step = agreementStep(phase, action, actor);
  return step.ok ? `${step.phase}/${step.outcome}` : `!${step.reason}`;
}

describe("agreement state machine", () => {
  it("covers every phase and action", () => {
    expect(cells).toHaveLength(6 * 6 * 2);
    expect(Object.keys(expected).sort()).toEqual([...agreementPhases].sort());
  });

  it.each(cells)("%s --%s by %s-->", (phase, action, actor) => {
    const cell = expected[phase][action];
    expect(written(phase, action, actor)).toBe(typeof cell === "string" ? cell : cell[actor]);
  });

  it("never leaves ENDED and only a partner's signature puts a proposal in force", () => {
    for (const [phase, action, actor] of cells) {
      const step = agreementStep(phase, action, actor);
      if (phase === "ENDED") expect(step.ok).toBe(false);
      if (step.ok && step.outcome === "PUT_IN_FORCE") expect([action, actor]).toEqual(["SIGN", "PARTNER"]);
    }
  });
});

describe("phaseOf", () => {
  it.each([
    [{ status: "DRAFTING", amendmentOpen: false, proposed: false }, "DRAFT"],
    [{ status: "DRAFTING", amendmentOpen: false, proposed: true }, "PROPOSED"],
    [{ status: "ACTIVE", amendmentOpen: false, proposed: false }, "IN_FORCE"],
    [{ status: "PAUSED", amendmentOpen: false, proposed: false }, "IN_FORCE"],
    [{ status: "ACTIVE", amendmentOpen: true, proposed: false }, "AMENDMENT_OPEN"],
    [{ status: "PAUSED", amendmentOpen: true, proposed: true }, "AMENDMENT_PROPOSED"],
    [{ status: "ENDED", amendmentOpen: true, proposed: true }, "ENDED"],
    [{ status: "ENDED", amendmentOpen: false, proposed: false }, "ENDED"],
  ] as const)("%o is %s", (state, phase) => {
    expect(phaseOf(state)).toBe(phase);
  });
});
