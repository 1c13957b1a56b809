"use client";

import { ChevronDown } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, type ComponentProps, type FormEvent } from "react";
import { useAction } from "@/components/forms/use-action";
import { ActionError } from "@/components/requests/action-error";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { channels } from "@/shared/agreement/fields";
import { checkInLimits } from "@/shared/check-ins/limits";
import { zoneFormat } from "@/shared/time/date-format";
import { logCheckIn } from "./actions";

type Channel = (typeof channels)[number]["value"];

const selectClass =
  "block min-h-11 w-full appearance-none rounded-xl border border-line-strong bg-surface py-2.5 pr-10 pl-3.5 text-base text-fg " +
  "hover:border-fg focus-visible:border-focus focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus";

/** When it started, relative to the plan: offsets in minutes, and how we say them. */
const startChoices = [
  { offset: 0, words: "At the planned time" },
  { offset: 15, words: "About 15 minutes later" },
  { offset: 30, words: "About 30 minutes later" },
  { offset: 60, words: "About an hour later" },
  { offset: 120, words: "About two hours later" },
  { offset: -15, words: "About 15 minutes earlier" },
  { offset: -60, words: "About an hour earlier" },
] as const;

/** The start times that have passed, planned time first; "Just now" first for a check-in logged before its planned start. */
function startChoicesFor(start: Date, now: number): { key: string; words: string; at: Date }[] {
  const passed = startChoices
    .map((c) => ({ key: String(c.offset), words: c.words, at: new Date(start.getTime() + c.offset * 60_000) }))
    .filter((c) => c.at.getTime() <= now);
  return start.getTime() > now ? [{ key: "now", words: "Just now", at: new Date(now) }, ...passed] : passed;
}

function timeIn(date: Date, zone: string): string {
  return zoneFormat(zone, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);
}

function Select({ children, ...props }: ComponentProps<"select">) {
  return (
    <div className="relative">
      <select {...props} className={selectClass}>
        {children}
      </select>
      <ChevronDown aria-hidden="true" className="pointer-events-none absolute top-1/2 right-3 size-5 -translate-y-1/2 text-muted" />
    </div>
  );
}

/**
 * "Log this check-in" for one planned check-in that has come round: when it started, how long it
 * lasted and how, prefilled with what the agreement says. If the partner logged it first, this
 * joins theirs.
 */
export function LogCheckIn(props: { partnershipId: string; start: string; zone: string; agreedMinutes: number; agreedChannel: Channel | null; labelledBy: string }) {
  const { partnershipId, zone, labelledBy } = props;
  const router = useRouter();
  const start = new Date(props.start);
  const [open, setOpen] = useState(false);
  const [now] = useState(() => Date.now());
  const choices = startChoicesFor(start, now);
  const [choice, setChoice] = useState(choices[0]?.key ?? "now");
  const [minutes, setMinutes] = useState(String(props.agreedMinutes));
  const [channel, setChannel] = useState<Channel>(props.agreedChannel ?? "VIDEO");
  const log = useAction(logCheckIn);
  const duration = Number(minutes);
  const durationError =
    minutes !== "" && (!Number.isInteger(duration) || duration < checkInLimits.durationMinutes.min || duration > checkInLimits.durationMinutes.max)
      ? `Between ${checkInLimits.durationMinutes.min} and ${checkInLimits.durationMinutes.max} minutes, please.`
      : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (durationError || minutes === "") return;
    const happenedAt = choices.find((c) => c.key === choice)?.at ?? new Date(now);
    log.mutate(
      { partnershipId, occurrenceStart: start, happenedAt, durationMinutes: duration, channel },
      { onSuccess: ({ checkInId }) => router.push(`/partnerships/${encodeURIComponent(partnershipId)}/check-ins?checkIn=${encodeURIComponent(checkInId)}#answers`) },
    );
  }

  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)} aria-describedby={labelledBy}>
        Log this check-in
      </Button>
    );
  }
  return (
    <form onSubmit={submit} noValidate className="mt-3 space-y-4" aria-labelledby={labelledBy}>
      <Field label="When did it start?">
        {(control) => (
          <Select {...control} value={choice} onChange={(e) => setChoice(e.target.value)}>
            {choices.map((c) => (
              <option key={c.key} value={c.key}>
                {c.words} ({timeIn(c.at, zone)})
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="How long did it last, in minutes?" error={durationError}>
        {(control) => (
          <Input {...control} type="number" inputMode="numeric" min={checkInLimits.durationMinutes.min} max={checkInLimits.durationMinutes.max} step={5} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
        )}
      </Field>
      <Field label="How did you check in?">
        {(control) => (
          <Select {...control} value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
            {channels.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {log.isError ? <ActionError error={log.error} /> : null}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={log.isPending || log.isSuccess}>
          {log.isPending || log.isSuccess ? "Logging…" : "Log it"}
        </Button>
        <Button variant="quiet" onClick={() => setOpen(false)} disabled={log.isPending}>
          Not now
        </Button>
      </div>
    </form>
  );
}
