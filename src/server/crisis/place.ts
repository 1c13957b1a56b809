import "server-only";
import { cookies } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { cache } from "react";
import { getMe } from "@/server/accounts/service";
import { getSessionUser } from "@/server/auth/session";
import { getDb } from "@/server/db/client";
import { crisisCountryCookie, parseStoredChoice } from "@/shared/crisis/choice";
import { countryFromTimeZone } from "@/shared/crisis/country-from-zone";
import { crisisCountries, isCrisisCountryCode, type CrisisCountry } from "@/shared/crisis/resources";

export type CrisisPlace = {
  /** The lines to show, or null: show the directory and the local emergency number. */
  country: CrisisCountry | null;
  /** Where the country came from: the visitor's own choice, the member's timezone, or nowhere. */
  from: "choice" | "timezone" | "unknown";
  /** The member's country from their timezone, even one we have no lines for (for the directory wording). */
  timezoneCountry: string | null;
  signedIn: boolean;
};

/** The member's saved timezone, or null when signed out or when it can't be read: help still renders. */
async function memberTimeZone(): Promise<{ signedIn: boolean; zone: string | null }> {
  try {
    const user = await getSessionUser();
    if (!user) return { signedIn: false, zone: null };
    // The same read as the page's `account.me`, shared for the render.
    const member = await getMe(getDb(), user.id);
    return { signedIn: true, zone: member.timezone };
  } catch (error) {
    unstable_rethrow(error);
    return { signedIn: false, zone: null };
  }
}

/**
 * Whose crisis lines to show, once per request (the footer and /help share it): a country chosen
 * on this device wins, then the signed-in member's saved timezone; otherwise nobody's — never the
 * US by default, since someone elsewhere would be shown numbers that don't work for them.
 */
export const getCrisisPlace = cache(async (): Promise<CrisisPlace> => {
  const choice = parseStoredChoice((await cookies()).get(crisisCountryCookie)?.value);
  const { signedIn, zone } = await memberTimeZone();
  const timezoneCountry = countryFromTimeZone(zone);
  if (choice === "elsewhere") return { country: null, from: "choice", timezoneCountry, signedIn };
  if (choice) return { country: crisisCountries[choice], from: "choice", timezoneCountry, signedIn };
  if (isCrisisCountryCode(timezoneCountry)) return { country: crisisCountries[timezoneCountry], from: "timezone", timezoneCountry, signedIn };
  return { country: null, from: "unknown", timezoneCountry, signedIn };
});
