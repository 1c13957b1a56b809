/** Matching's fixed limits (PRODUCT.md §4 and "Decisions on details"), shared by SQL and services. */
export const maxPendingIncoming = 3;
export const maxPendingOutgoing = 3;
export const requestLifetimeDays = 7;
export const declineHiddenDays = 90;
/** Requests received within this window count towards a candidate's exposure penalty. */
export const exposureWindowDays = 14;
/** A member passed on ("Not for me") stays out of the passer's suggestions this long, like a decline, unless undone sooner. */
export const passHiddenDays = 90;
