/** The moderator forms' choices and limits, without zod, so the browser can use them (schemas.ts builds on these). */
export const reasonMaxLength = 2000;

export const reportActions = ["DISMISS", "WARN", "SUSPEND"] as const;
export type ReportAction = (typeof reportActions)[number];
