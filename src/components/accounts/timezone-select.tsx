"use client";

import { ChevronDown } from "lucide-react";
import { useEffect, useMemo, useSyncExternalStore } from "react";
import { useFormContext } from "react-hook-form";
import { cn } from "@/components/ui/cn";
import { Field } from "@/components/ui/field";
import { isValidTimeZone } from "@/shared/accounts/schemas";

export const DEFAULT_TIME_ZONE = "UTC";

const noop = () => () => {};
/** False on the server and while hydrating, true afterwards: no hydration mismatch. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
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

/** Zones grouped by region ("America", "Europe" …), labelled "New York (GMT-4)". */
function groupZones(extra: string | null): Group[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf("timeZone");
  } catch {
    zones = [];
  }
  const all = new Set(zones.filter((z) => z.includes("/") && isValidTimeZone(z)));
  if (extra && extra !== DEFAULT_TIME_ZONE) all.add(extra);
  const now = new Date();
  const groups = new Map<string, Group>();
  for (const zone of [...all].sort()) {
    const slash = zone.indexOf("/");
    const region = zone.slice(0, slash);
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

/**
 * A labelled timezone `<select>` for a react-hook-form `<FormProvider>`. The server renders "UTC";
 * after hydration the full list appears and the browser's zone is chosen, unless the member has
 * already picked one.
 */
export function TimezoneSelect({ name = "timezone", label = "Timezone" }: { name?: string; label?: string }) {
  const { register, formState, getFieldState, setValue } = useFormContext();
  const hydrated = useHydrated();
  const detected = hydrated ? detectTimeZone() : null;
  const groups = useMemo(() => (hydrated ? groupZones(detected) : []), [hydrated, detected]);

  useEffect(() => {
    if (detected && !getFieldState(name).isDirty) setValue(name, detected, { shouldDirty: false });
  }, [detected, name, getFieldState, setValue]);

  const error = formState.errors[name]?.message;
  const hint = detected
    ? "Detected from your browser. Change it if it's wrong. Check-in times will show in this timezone."
    : "Check-in times will show in this timezone.";

  return (
    <Field label={label} hint={hint} error={typeof error === "string" ? error : undefined}>
      {(p) => (
        <div className="relative">
          <select {...p} {...register(name)} className={cn(selectClass)}>
            <option value={DEFAULT_TIME_ZONE}>UTC (Coordinated Universal Time)</option>
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
      )}
    </Field>
  );
}
