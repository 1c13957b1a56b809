import Link from "next/link";
import { StandingNote, type Standing } from "@/components/partnerships/standing-note";
import { StatusBadge } from "@/components/partnerships/status-badge";
import { Card, CardTitle } from "@/components/ui/card";
import type { PartnershipStatus } from "@/generated/prisma/enums";

type OpenPartnership = Standing & { status: PartnershipStatus; partner: { displayName: string }; pausedUntil: Date | null };

/** The member's current partnerships (not ended), each a link to its page. Renders nothing without any. */
export function PartnershipsCard({ partnerships, zone, now }: { partnerships: OpenPartnership[]; zone?: string; now: Date }) {
  if (partnerships.length === 0) return null;
  return (
    <Card as="section" aria-labelledby="partnerships-heading" className="mt-8">
      <CardTitle id="partnerships-heading">{partnerships.length === 1 ? "Your partnership" : "Your partnerships"}</CardTitle>
      <ul className="mt-3 space-y-3">
        {partnerships.map((p) => (
          <li key={p.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
            <Link href={`/partnerships/${p.id}`} className="inline-flex min-h-11 items-center font-medium break-words text-primary-text underline underline-offset-4">
              You and {p.partner.displayName}
            </Link>
            <StatusBadge status={p.status} pausedUntil={p.pausedUntil} zone={zone} />
            <div className="w-full">
              <StandingNote partnership={p} zone={zone ?? null} now={now} />
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}
