/** The NOTIFY channels the app uses; the process relay LISTENs on all of them. */
export const channels = {
  /** `{ draftId, partnershipId, id }` of each stored agreement update: ids only, never content. */
  agreementUpdates: "agreement_updates",
} as const;
