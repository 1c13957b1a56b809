import { z } from "zod";
import { crisisCountryCodes } from "./resources";

/** The cookie that keeps a visitor's "Choose your country" answer on this device (not in the profile). */
export const crisisCountryCookie = "tandem-crisis-country";

/** "elsewhere": somewhere we have no lines for (show the directory); "auto": forget the choice. */
export const zCrisisCountryChoice = z.enum([...crisisCountryCodes, "elsewhere", "auto"]);
export type CrisisCountryChoice = z.infer<typeof zCrisisCountryChoice>;

/** A stored choice, or null when there is none or it is not one we know (an old or edited cookie). */
export function parseStoredChoice(value: string | undefined): Exclude<CrisisCountryChoice, "auto"> | null {
  const parsed = zCrisisCountryChoice.safeParse(value);
  return parsed.success && parsed.data !== "auto" ? parsed.data : null;
}
