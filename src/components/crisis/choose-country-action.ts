"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { crisisCountryCookie, zCrisisCountryChoice } from "@/shared/crisis/choice";

const oneYear = 365 * 24 * 60 * 60;

/**
 * "Choose your country" on /help: keeps the answer in a cookie on this device only (the profile's
 * timezone is untouched) and goes back to that part of /help. Next.js refuses Server Action posts from
 * another origin, so another site can't change which numbers someone sees. Works without JS.
 */
export async function chooseCrisisCountry(formData: FormData): Promise<void> {
  const parsed = zCrisisCountryChoice.safeParse(formData.get("country"));
  const store = await cookies();
  if (parsed.success && parsed.data === "auto") store.delete(crisisCountryCookie);
  else if (parsed.success) {
    const secure = (process.env.APP_URL ?? "").startsWith("https://");
    store.set(crisisCountryCookie, parsed.data, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: oneYear });
  }
  // An unknown value changes nothing: the page shows what it showed before.
  redirect("/help#crisis-country");
}
