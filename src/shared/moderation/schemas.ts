/** Moderation inputs, shared by the moderator forms and the procedures. */
import { z } from "zod";
import { zId } from "@/shared/ids";
import { zPlainText } from "@/shared/text/plain-text";
import { reasonMaxLength, reportActions } from "./limits";

export { reasonMaxLength, reportActions, type ReportAction } from "./limits";

/** Why a moderator acted: kept in the audit log, seen by moderators only. */
const zReason = zPlainText()
  .trim()
  .min(1, "Write down why, for the audit log.")
  .max(reasonMaxLength, `Keep the reason to ${reasonMaxLength} characters or fewer.`);

export const zReportIdInput = z.object({ reportId: zId("report") });

export const zActInput = z.object({
  reportId: zId("report"),
  action: z.enum(reportActions, { error: "Choose dismiss, warn or suspend." }),
  reason: zReason,
});
export type ActInput = z.input<typeof zActInput>;

export const zUnsuspendInput = z.object({ memberId: zId("member"), reason: zReason });
export type UnsuspendInput = z.input<typeof zUnsuspendInput>;

/** A page of a bounded list (the queue, the audit log), counting from 0. */
export const zPageInput = z.object({ page: z.number().int("Pages are whole numbers.").min(0).max(1000) });
