"use client";

import { ChevronDown } from "lucide-react";
import { useEffect, useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useHydrated } from "@/components/ui/use-hydrated";
import { isValidTimeZone } from "@/shared/accounts/time-zone";

export const DEFAULT_TIME_ZONE = "UTC";

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

/** "New York (GMT-4)" for every zone the browser knows, once per page (built after hydration). */
let zoneLabels: Map<string, string> | null = null;
/** Zones labelled per task: one `Intl.DateTimeFormat` each is costly on a slow phone, so no task may block input for long. */
const zonesPerTask = 25;

async function buildZoneLabels(cancelled: () => boolean): Promise<Map<string, string> | null> {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf("timeZone");
  } catch {
    zones = [];
  }
  const now = new Date();
  const labels = new Map<string, string>();
  for (let i = 0; i < zones.length; i += zonesPerTask) {
    for (const zone of zones.slice(i, i + zonesPerTask)) if (zone.includes("/") && isValidTimeZone(zone)) labels.set(zone, labelOf(zone, now));
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (cancelled()) return null;
  }
  return labels;
}

function labelOf(zone: string, now: Date): string {
  const place = zone.slice(zone.indexOf("/") + 1).replaceAll("_", " ").replaceAll("/", " / ");
  const offset = offsetLabel(zone, now);
  return offset ? `${place} (${offset})` : place;
}

function useZoneLabels(): Map<string, string> | null {
  const [labels, setLabels] = useState(zoneLabels);
  useEffect(() => {
    if (labels) return;
    let cancelled = false;
    void buildZoneLabels(() => cancelled).then((built) => {
      if (!built) return;
      zoneLabels = built;
      setLabels(built);
    });
    return () => {
      cancelled = true;
    };
  }, [labels]);
  return labels;
}

/** Zones grouped by region ("America", "Europe" …); `extra` zones are always listed. */
function groupZones(labels: Map<string, string>, extra: readonly (string | null)[]): Group[] {
  const all = new Map(labels);
  const now = new Date();
  for (const zone of extra) if (zone && zone !== DEFAULT_TIME_ZONE && !all.has(zone) && isValidTimeZone(zone)) all.set(zone, labelOf(zone, now));
  const groups = new Map<string, Group>();
  for (const zone of [...all.keys()].sort()) {
    const slash = zone.indexOf("/");
    const region = slash > 0 ? zone.slice(0, slash) : "Other";
    let group = groups.get(region);
    if (!group) groups.set(region, (group = { region, zones: [] }));
    group.zones.push({ value: zone, label: all.get(zone)! });
  }
  return [...groups.values()];
}

const selectClass =
  "block min-h-11 w-full appearance-none rounded-xl border border-line-strong bg-surface py-2.5 pr-10 pl-3.5 text-base text-fg " +
  "transition-colors duration-150 hover:border-fg focus-visible:border-focus focus-visible:outline-3 focus-visible:outline-offset-2 " +
  "focus-visible:outline-focus aria-invalid:border-danger aria-invalid:ring-1 aria-invalid:ring-danger";

export type TimezoneFieldProps = {
  name?: string;
  label?: string;
  value: string;
  onChange: (zone: string) => void;
  onBlur?: () => void;
  error?: string;
  /**
   * What the device's own zone is used for. "default": it fills the field until the member picks
   * one (sign-up, where nothing is saved yet). "offer": the field keeps its value (a saved zone),
   * and a different device zone is only offered, for the member to take or leave.
   */
  deviceZone?: "default" | "offer";
};

/**
 * A labelled timezone `<select>` (controlled; its value is also posted under `name`). The server
 * renders "UTC" and the field's own zone; after hydration the full list is built a few zones per
 * task (`zonesPerTask`) and appears when done, in well under a second.
 */
export function TimezoneField({ name = "timezone", label = "Timezone", value, onChange, onBlur, error, deviceZone = "offer" }: TimezoneFieldProps) {
  const hydrated = useHydrated();
  const detected = hydrated ? detectTimeZone() : null;
  const labels = useZoneLabels();
  const groups = useMemo(() => (labels ? groupZones(labels, [detected, value]) : []), [labels, detected, value]);
  const chosen = useRef(false);
  const ownRef = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    if (deviceZone === "default" && detected && !chosen.current) onChange(detected);
  }, [deviceZone, detected, onChange]);

  const offer = deviceZone === "offer" && detected && detected !== value ? detected : null;
  const hint =
    deviceZone === "default" && detected
      ? "Detected from your browser. Change it if it's wrong. Check-in times will show in this timezone."
      : "Check-in times will show in this timezone.";

  return (
    <Field label={label} hint={hint} error={error}>
      {(p) => (
        <div className="space-y-3">
          <div className="relative">
            <select
              {...p}
              name={name}
              ref={ownRef}
              value={value}
              onChange={(event) => {
                chosen.current = true;
                onChange(event.target.value);
              }}
              onBlur={onBlur}
              className={selectClass}
            >
              <option value={DEFAULT_TIME_ZONE}>UTC (Coordinated Universal Time)</option>
              {/* Until the list is built in the browser, the field's own zone is still there to show (and to post). */}
              {!groups.length && value && value !== DEFAULT_TIME_ZONE ? <option value={value}>{value}</option> : null}
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
                  chosen.current = true;
                  onChange(offer);
                  // The button goes away once the zone is taken, so focus stays with the choice.
                  ownRef.current?.focus();
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
