import { Sprout } from "@/components/illustrations/sprout";
import { dayWords } from "@/components/requests/dates";
import type { Milestone } from "@/shared/check-ins/progress";
import { milestoneWords } from "./summaries";

/** The milestones reached, each a small, quiet celebration with its date. Nothing moves. */
export function Milestones({ milestones, zone, now }: { milestones: readonly Milestone[]; zone: string; now: Date }) {
  if (milestones.length === 0) return null;
  return (
    <section aria-labelledby="milestones-heading" className="mt-8 flex items-start gap-4 rounded-2xl bg-primary-soft p-5 sm:p-6" data-testid="milestones">
      <Sprout className="w-16 shrink-0 sm:w-20" />
      <div className="min-w-0">
        <h2 id="milestones-heading" className="text-lg font-semibold">
          Milestones together
        </h2>
        <ul className="mt-3 space-y-2">
          {milestones.map((m) => (
            <li key={m.kind} className="flex items-start gap-3">
              <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" className="mt-1 shrink-0 fill-primary">
                <path d="M8 0l2 5.5 6 .5-4.6 3.8L12.9 16 8 12.6 3.1 16l1.5-6.2L0 6l6-.5z" />
              </svg>
              <span>
                {milestoneWords[m.kind]}{" "}
                <span className="text-muted">
                  · <time dateTime={m.reachedAt.toISOString()}>{dayWords(m.reachedAt, zone, now)}</time>
                </span>
              </span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
