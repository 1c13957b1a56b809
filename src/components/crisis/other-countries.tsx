import { ChevronDown } from "lucide-react";
import { crisisCountriesByName, type CrisisCountryCode } from "@/shared/crisis/resources";
import { CrisisContactLink } from "./crisis-contact-link";

/**
 * Every other country's main line in one short list, so nobody has to choose a country before
 * seeing a number. Open when we don't know where the member is.
 */
export function OtherCountries({ except, open }: { except: CrisisCountryCode | null; open: boolean }) {
  const countries = crisisCountriesByName.filter((country) => country.code !== except);
  return (
    <details open={open} className="group rounded-2xl border border-line bg-surface p-5 sm:p-6">
      {/* The chevron replaces the browser's marker, which a flex summary loses, so it still reads as something to open. */}
      <summary className="-m-2 flex min-h-11 cursor-pointer list-none items-center justify-between gap-3 rounded-xl p-2 text-lg font-semibold [&::-webkit-details-marker]:hidden">
        {except ? "Lines in other countries" : "Lines in the countries we know"}
        <ChevronDown aria-hidden="true" className="size-5 shrink-0 text-muted transition-transform group-open:rotate-180 motion-reduce:transition-none" />
      </summary>
      <ul className="mt-4 divide-y divide-line">
        {countries.map((country) => (
          <li key={country.code} className="py-3">
            <h3 className="font-semibold">{country.name}</h3>
            <p className="text-muted">{country.lines[0].name}</p>
            <p className="flex flex-wrap gap-x-6">
              {country.lines[0].contacts.map((contact) => (
                <CrisisContactLink key={`${contact.kind}-${contact.dial}`} contact={contact} />
              ))}
              <CrisisContactLink contact={{ ...country.emergency[0], note: "emergencies" }} />
            </p>
          </li>
        ))}
      </ul>
    </details>
  );
}
