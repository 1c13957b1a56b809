import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/** What one member may see of another: never email, never questionnaire answers beyond the card. */
export const publicMemberSelect = {
  id: true,
  displayName: true,
  timezone: true,
  profile: { select: { pronouns: true, intro: true, focusAreas: true, languages: true } },
} as const satisfies Prisma.MemberSelect;

type PublicMemberRow = Prisma.MemberGetPayload<{ select: typeof publicMemberSelect }>;

export type PublicMember = {
  memberId: string;
  displayName: string;
  timezone: string;
  pronouns: string | null;
  intro: string | null;
  focusAreas: string[];
  languages: string[];
};

export function toPublicMember(row: PublicMemberRow): PublicMember {
  return {
    memberId: row.id,
    displayName: row.displayName,
    timezone: row.timezone,
    pronouns: row.profile?.pronouns ?? null,
    intro: row.profile?.intro ?? null,
    focusAreas: row.profile?.focusAreas ?? [],
    languages: row.profile?.languages ?? [],
  };
}
