/** Report inputs, shared by the report form and the procedures. */
import { z } from "zod";
import { zId } from "@/shared/ids";
import { zPlainText } from "@/shared/text/plain-text";
import { reportCategories, reportDetailsMaxLength, reportSubjects } from "./limits";

export { reportCategories, reportDetailsMaxLength, reportSubjects, type ReportCategoryInput, type ReportSubjectInput } from "./limits";

const zSubject = z.enum(reportSubjects, { error: "Say what the report is about." });

/** Who and what a report is about; the id is required for everything but a profile. */
export const zReportAboutInput = z
  .object({
    memberId: zId("member"),
    about: zSubject,
    id: zId("item").optional(),
  })
  .refine((input) => input.about === "PROFILE" || input.id !== undefined, { message: "Say which request, partnership or check-in you mean.", path: ["id"] });
export type ReportAboutInput = z.input<typeof zReportAboutInput>;

export const zCreateReportInput = z
  .object({
    memberId: zId("member"),
    about: zSubject,
    id: zId("item").optional(),
    category: z.enum(reportCategories, { error: "Choose what best describes what happened." }),
    details: zPlainText()
      .trim()
      .min(1, "Tell us a little about what happened.")
      .max(reportDetailsMaxLength, `Keep the details to ${reportDetailsMaxLength} characters or fewer.`),
    /** Block them in the same step: the report and the block are written together. */
    alsoBlock: z.boolean({ error: "Say whether to block them too." }).default(false),
  })
  .refine((input) => input.about === "PROFILE" || input.id !== undefined, { message: "Say which request, partnership or check-in you mean.", path: ["id"] });
export type CreateReportInput = z.input<typeof zCreateReportInput>;
