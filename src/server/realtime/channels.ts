/** The NOTIFY channels the app uses; the process relay LISTENs on all of them. */
export const channels = {
  /** `{ draftId, partnershipId, id }` of each stored agreement update: ids only, never content. */
  agreementUpdates: "agreement_updates",
  /**
   * `{ draftId, state }`: a Yjs awareness update (who is editing which section), at most 1 KB.
   * Ephemeral, never stored, so it travels in the payload itself (NOTIFY allows 8,000 bytes).
   */
  agreementPresence: "agreement_presence",
} as const;
