import "server-only";
import { readExtras } from "@/server/onboarding/extras";
import type { ExportSection } from "./section";

/** The questionnaire answers as stored, with the weekly availability grid. */
export const profileSection: ExportSection = {
  key: "profile",
  describes: "Your profile and questionnaire answers, your weekly availability grid, and whether you're open to matching.",
  read: async (db, memberId) => {
    const profile = await db.profile.findUnique({ where: { memberId }, omit: { memberId: true } });
    if (!profile) return null;
    const { extras, availabilitySlots, ...answers } = profile;
    return {
      ...answers,
      ...readExtras(extras),
      availability: {
        explained: "Half-hour slots in your own timezone: 0 is Monday 00:00–00:30, 47 is Monday 23:30–24:00, 48 is Tuesday 00:00, and so on to 335.",
        slots: availabilitySlots,
      },
    };
  },
};
