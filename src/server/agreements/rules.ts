/**
 * The agreement's state machine, pure (PRODUCT.md §5, issue 13). The service reads the phase from
 * the locked rows, asks `agreementStep` what an action does, and writes that in one transaction.
 *
 * Proposing is the proposer's signature: they freeze exactly what they agree to, and "the other
 * signs that exact version". So a proposal is always "signed by one" (PROPOSED here), and the
 * partner's signature puts it in force. Withdrawn, changes-requested and superseded are what
 * becomes of a version (`VersionOutcome`), not phases: the draft is open again after each.
 */
export type AgreementPhase =
  /** The first draft is open and nothing is proposed (also after a withdrawal or a request for changes). */
  | "DRAFT"
  /** A version of the first draft is frozen and signed by its proposer: waiting for the partner. */
  | "PROPOSED"
  /** A version is in force and no amendment is open. */
  | "IN_FORCE"
  /** In force, with an amendment draft open and nothing of it proposed. */
  | "AMENDMENT_OPEN"
  /** In force, with a version of the amendment signed by its proposer. */
  | "AMENDMENT_PROPOSED"
  /** The partnership ended: its agreement no longer changes. */
  | "ENDED";

export const agreementPhases = ["DRAFT", "PROPOSED", "IN_FORCE", "AMENDMENT_OPEN", "AMENDMENT_PROPOSED", "ENDED"] as const satisfies readonly AgreementPhase[];

export type AgreementAction = "PROPOSE" | "SIGN" | "REQUEST_CHANGES" | "EDIT" | "WITHDRAW" | "OPEN_AMENDMENT";
export const agreementActions = ["PROPOSE", "SIGN", "REQUEST_CHANGES", "EDIT", "WITHDRAW", "OPEN_AMENDMENT"] as const satisfies readonly AgreementAction[];

/** Who acts, relative to the open proposal: its proposer or the partner. With none open, "PARTNER". */
export type Actor = "PROPOSER" | "PARTNER";

/** What the step does to versions, for the service to write. */
export type VersionOutcome =
  /** Freeze the open draft as the next version, signed by the actor. */
  | "FREEZE"
  /** The actor signs; both have now signed: the proposal is in force (and replaces any version in force). */
  | "PUT_IN_FORCE"
  | "CHANGES_REQUESTED"
  /** The draft changed after proposing: the proposal and its signatures are void. */
  | "WITHDRAWN_EDITED"
  | "WITHDRAWN_BY_MEMBER"
  /** Store the edit; no version changes. */
  | "NONE"
  /** Seed a new amendment draft from the version in force. */
  | "OPEN_AMENDMENT"
  /** Close the amendment draft (and withdraw its proposal, if any); the version in force stays. */
  | "CLOSE_AMENDMENT";

export type Refusal =
  | "ENDED"
  /** Something is already proposed: sign it, ask for changes, or edit to withdraw it first. */
  | "ALREADY_PROPOSED"
  | "NOTHING_PROPOSED"
  /** The proposer already signed by proposing. */
  | "ALREADY_SIGNED"
  /** The proposer asks for changes to their own proposal: they withdraw or edit instead. */
  | "OWN_PROPOSAL"
  /** The agreement is in force; changes come through an amendment. */
  | "IN_FORCE"
  | "AMENDMENT_ALREADY_OPEN"
  /** Renegotiation needs an agreement in force first. */
  | "NOT_IN_FORCE_YET"
  /** The first draft can't be withdrawn: not going ahead is ending the partnership. */
  | "NOTHING_TO_WITHDRAW";

export type AgreementStep = { ok: true; phase: AgreementPhase; outcome: VersionOutcome } | { ok: false; reason: Refusal };

const to = (phase: AgreementPhase, outcome: VersionOutcome): AgreementStep => ({ ok: true, phase, outcome });
const refuse = (reason: Refusal): AgreementStep => ({ ok: false, reason });

type Table = Record<AgreementPhase, Record<AgreementAction, (actor: Actor) => AgreementStep>>;

/** Every phase × action, spelled out; the unit test walks the whole table. */
const table: Table = {
  DRAFT: {
    PROPOSE: () => to("PROPOSED", "FREEZE"),
    SIGN: () => refuse("NOTHING_PROPOSED"),
    REQUEST_CHANGES: () => refuse("NOTHING_PROPOSED"),
    EDIT: () => to("DRAFT", "NONE"),
    WITHDRAW: () => refuse("NOTHING_TO_WITHDRAW"),
    OPEN_AMENDMENT: () => refuse("NOT_IN_FORCE_YET"),
  },
  PROPOSED: {
    PROPOSE: () => refuse("ALREADY_PROPOSED"),
    SIGN: (actor) => (actor === "PROPOSER" ? refuse("ALREADY_SIGNED") : to("IN_FORCE", "PUT_IN_FORCE")),
    REQUEST_CHANGES: (actor) => (actor === "PROPOSER" ? refuse("OWN_PROPOSAL") : to("DRAFT", "CHANGES_REQUESTED")),
    EDIT: () => to("DRAFT", "WITHDRAWN_EDITED"),
    WITHDRAW: () => to("DRAFT", "WITHDRAWN_BY_MEMBER"),
    OPEN_AMENDMENT: () => refuse("NOT_IN_FORCE_YET"),
  },
  IN_FORCE: {
    PROPOSE: () => refuse("IN_FORCE"),
    SIGN: () => refuse("NOTHING_PROPOSED"),
    REQUEST_CHANGES: () => refuse("NOTHING_PROPOSED"),
    EDIT: () => refuse("IN_FORCE"),
    WITHDRAW: () => refuse("NOTHING_TO_WITHDRAW"),
    OPEN_AMENDMENT: () => to("AMENDMENT_OPEN", "OPEN_AMENDMENT"),
  },
  AMENDMENT_OPEN: {
    PROPOSE: () => to("AMENDMENT_PROPOSED", "FREEZE"),
    SIGN: () => refuse("NOTHING_PROPOSED"),
    REQUEST_CHANGES: () => refuse("NOTHING_PROPOSED"),
    EDIT: () => to("AMENDMENT_OPEN", "NONE"),
    WITHDRAW: () => to("IN_FORCE", "CLOSE_AMENDMENT"),
    OPEN_AMENDMENT: () => refuse("AMENDMENT_ALREADY_OPEN"),
  },
  AMENDMENT_PROPOSED: {
    PROPOSE: () => refuse("ALREADY_PROPOSED"),
    SIGN: (actor) => (actor === "PROPOSER" ? refuse("ALREADY_SIGNED") : to("IN_FORCE", "PUT_IN_FORCE")),
    REQUEST_CHANGES: (actor) => (actor === "PROPOSER" ? refuse("OWN_PROPOSAL") : to("AMENDMENT_OPEN", "CHANGES_REQUESTED")),
    EDIT: () => to("AMENDMENT_OPEN", "WITHDRAWN_EDITED"),
    WITHDRAW: () => to("IN_FORCE", "CLOSE_AMENDMENT"),
    OPEN_AMENDMENT: () => refuse("AMENDMENT_ALREADY_OPEN"),
  },
  ENDED: {
    PROPOSE: () => refuse("ENDED"),
    SIGN: () => refuse("ENDED"),
    REQUEST_CHANGES: () => refuse("ENDED"),
    EDIT: () => refuse("ENDED"),
    WITHDRAW: () => refuse("ENDED"),
    OPEN_AMENDMENT: () => refuse("ENDED"),
  },
};

export function agreementStep(phase: AgreementPhase, action: AgreementAction, actor: Actor): AgreementStep {
  return table[phase][action](actor);
}

/** The phase, from what is stored: the partnership's status, whether an amendment draft is open, whether a version is proposed. */
export function phaseOf(state: { status: "DRAFTING" | "ACTIVE" | "PAUSED" | "ENDED"; amendmentOpen: boolean; proposed: boolean }): AgreementPhase {
  if (state.status === "ENDED") return "ENDED";
  if (state.status === "DRAFTING") return state.proposed ? "PROPOSED" : "DRAFT";
  if (!state.amendmentOpen) return "IN_FORCE";
  return state.proposed ? "AMENDMENT_PROPOSED" : "AMENDMENT_OPEN";
}
