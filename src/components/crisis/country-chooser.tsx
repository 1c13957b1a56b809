import { ChevronDown } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FieldHint, Label } from "@/components/ui/field";
import { crisisCountriesByName } from "@/shared/crisis/resources";
import { chooseCrisisCountry } from "./choose-country-action";
import type { CrisisPlace } from "@/server/crisis/place";

const selectClass =
  "block min-h-11 w-full appearance-none rounded-xl border border-line-strong bg-surface py-2.5 pr-10 pl-3.5 text-base text-fg " +
  "transition-colors duration-150 hover:border-fg focus-visible:border-focus focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus";

/**
 * "Choose your country": a plain form posting to a Server Action, so it works with a keyboard,
 * a screen reader and without JavaScript. The choice lives in a cookie on this device.
 */
export function CountryChooser({ place }: { place: CrisisPlace }) {
  const selected = place.country?.code ?? (place.from === "choice" ? "elsewhere" : "");
  const forgetLabel = place.signedIn ? "Use my timezone again" : "Forget this choice";
  return (
    <div className="space-y-3">
      <form action={chooseCrisisCountry} className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="space-y-1.5 sm:flex-1">
          <Label htmlFor="crisis-country-select">Choose your country</Label>
          <FieldHint id="crisis-country-hint">
            Kept on this device only. It doesn&apos;t change your profile or your timezone.
          </FieldHint>
          <div className="relative">
            <select id="crisis-country-select" name="country" defaultValue={selected} aria-describedby="crisis-country-hint" required className={selectClass}>
              <option value="" disabled>
                Choose a country
              </option>
              {crisisCountriesByName.map((country) => (
                <option key={country.code} value={country.code}>
                  {country.name}
                </option>
              ))}
              <option value="elsewhere">Somewhere else</option>
            </select>
            <ChevronDown aria-hidden="true" className="pointer-events-none absolute top-1/2 right-3 size-5 -translate-y-1/2 text-muted" />
          </div>
        </div>
        <Button type="submit" variant="secondary">
          Show lines
        </Button>
      </form>
      {place.from === "choice" ? (
        <form action={chooseCrisisCountry}>
          <input type="hidden" name="country" value="auto" />
          <Button type="submit" variant="quiet" size="sm" className="px-1!">
            {forgetLabel}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
