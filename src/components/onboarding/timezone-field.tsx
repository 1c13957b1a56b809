"use client";

import { ChevronDown } from "lucide-react";
import { useId, useMemo } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Field } from "@/components/ui/field";
import { useHydrated } from "@/components/ui/use-hydrated";

const DEFAULT_TIME_ZONE = "UTC";

/**
 * The same rule as `isValidTimeZone` in shared/accounts/schemas, which this can't import: that
 * module defines zod schemas, and the questionnaire's pages ship no zod.
 */
function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return zone.includes("/") || zone === DEFAULT_TIME_ZONE;
  } catch {
    return false;
  }
}

function detectTimeZone(): string | null {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return zone && isValidTimeZone(zone) ? zone : null;
  } catch {
    return null;
  }
}

function offsetLabel(zone: string, now: Date): string {
  try {
    const part = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "shortOffset" })
      .formatToParts(now)
      .find((p) => p.type === "timeZoneName");
    return part?.value ?? "";
  } catch {
    return "";
  }
}

type Group = { region: string; zones: { value: string; label: string }[] };

/** Zones grouped by region ("America", "Europe" …), labelled "New York (GMT-4)"; `extra` zones are always listed. */
function groupZones(extra: readonly (string | null)[]): Group[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf("timeZone");
  } catch {
    zones = [];
  }
  const all = new Set(zones.filter((z) => z.includes("/") && isValidTimeZone(z)));
  for (const zone of extra) if (zone && zone !== DEFAULT_TIME_ZONE && isValidTimeZone(zone)) all.add(zone);
  const now = new Date();
  const groups = new Map<string, Group>();
  for (const zone of [...all].sort()) {
    const slash = zone.indexOf("/");
    const region = slash > 0 ? zone.slice(0, slash) : "Other";
    const place = zone.slice(slash + 1).replaceAll("_", " ").replaceAll("/", " / ");
    const offset = offsetLabel(zone, now);
    let group = groups.get(region);
    if (!group) groups.set(region, (group = { region, zones: [] }));
    group.zones.push({ value: zone, label: offset ? `${place} (${offset})` : place });
  }
  return [...groups.values()];
}

const selectClass =
  "block min-h-11 w-full appearance-none rounded-xl border border-line-strong bg-surface py-2.5 pr-10 pl-3.5 text-base text-fg " +
  "transition-colors duration-150 hover:border-fg focus-visible:border-focus focus-visible:outline-3 focus-visible:outline-offset-2 " +
  "focus-visible:outline-focus aria-invalid:border-danger aria-invalid:ring-1 aria-invalid:ring-danger";

export type TimezoneFieldProps = {
  label: string;
  value: string;
  onChange: (zone: string) => void;
  error?: string;
  name?: string;
};

/**
 * A labelled timezone `<select>` holding a saved zone: the server renders "UTC" and that zone;
 * after hydration the full list appears, and a device zone that differs is offered, for the
 * member to take or leave. (The accounts forms' TimezoneSelect, without a form library.)
 */
export function TimezoneField({ label, value, onChange, error, name = "timezone" }: TimezoneFieldProps) {
  const id = useId();
  const hydrated = useHydrated();
  const detected = hydrated ? detectTimeZone() : null;
  const groups = useMemo(() => (hydrated ? groupZones([detected, value]) : []), [hydrated, detected, value]);
  const offer = detected && detected !== value ? detected : null;

  return (
    <Field id={id} label={label} hint="Check-in times will show in this timezone." error={error}>
      {(p) => (
        <div className="space-y-3">
          <div className="relative">
            <select {...p} name={name} value={value} onChange={(event) => onChange(event.target.value)} className={cn(selectClass)}>
              <option value={DEFAULT_TIME_ZONE}>UTC (Coordinated Universal Time)</option>
              {/* Until the list is built in the browser, the field's own zone is still there to show. */}
              {!hydrated && value && value !== DEFAULT_TIME_ZONE ? <option value={value}>{value}</option> : null}
              {groups.map((g) => (
                <optgroup key={g.region} label={g.region}>
                  {g.zones.map((z) => (
                    <option key={z.value} value={z.value}>
                      {z.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            <ChevronDown aria-hidden="true" className="pointer-events-none absolute top-1/2 right-3 size-5 -translate-y-1/2 text-muted" />
          </div>
          {offer ? (
            <div className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm">
              <p>Your device says {offer} — use it?</p>
              <Button
                variant="secondary"
                size="sm"
                className="px-3"
                onClick={() => {
                  onChange(offer);
                  // The button goes away once the zone is taken, so focus stays with the choice.
                  document.getElementById(id)?.focus();
                }}
              >
                Use {offer}
              </Button>
            </div>
          ) : null}
        </div>
      )}
    </Field>
  );
}
