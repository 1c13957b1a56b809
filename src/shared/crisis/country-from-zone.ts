import { getCountryForTimezone } from "countries-and-timezones";

/**
 * The country an IANA timezone belongs to (ISO 3166-1 alpha-2), or null when it names none
 * ("UTC", "Etc/GMT+5") or is unknown. Intl has no zone → country API, so this reads the tz
 * database's zone.tab through `countries-and-timezones`, which also knows the old link names that
 * browsers and ICU still report ("Asia/Calcutta", "Europe/Kiev"). A zone several countries share
 * maps to the country it is named after (Europe/Zurich → CH).
 */
export function countryFromTimeZone(zone: string | null | undefined): string | null {
  if (!zone) return null;
  return getCountryForTimezone(zone)?.id ?? null;
}
