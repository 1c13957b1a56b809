import { ExternalLink, MessageSquare, Phone } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { CountryChooser } from "@/components/crisis/country-chooser";
import { contactAction, contactHref } from "@/components/crisis/crisis-contact-link";
import { CrisisContactLink } from "@/components/crisis/crisis-contact-link";
import { CrisisLineCard } from "@/components/crisis/crisis-line-card";
import { DangerSentence } from "@/components/crisis/danger-sentence";
import { OtherCountries } from "@/components/crisis/other-countries";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { getCrisisPlace, type CrisisPlace } from "@/server/crisis/place";
import { regionName } from "@/shared/crisis/region-name";
import { crisisDirectory, type CrisisCountry } from "@/shared/crisis/resources";

export const metadata: Metadata = {
  title: "Get help now",
  description: "Crisis lines where you live, what to do in an emergency, and how to block, report, pause, end a partnership or take your data with you.",
};

/** A link inside running text: underlined, so it is never told apart by colour alone. */
const inlineLink = "font-medium text-primary-text underline";

const reportCategories = [
  "Harassment",
  "Manipulation or coercion",
  "Romantic or sexual pressure",
  "Spam or scam",
  "Concern for someone's safety",
  "Something else",
];

/** The buttons under "If you are in danger": the main line's ways in, then the emergency number. */
function DangerActions({ country }: { country: CrisisCountry | null }) {
  if (!country) {
    return (
      <ButtonLink href={crisisDirectory.url} size="lg">
        <ExternalLink aria-hidden="true" />
        Find a helpline
      </ButtonLink>
    );
  }
  const contacts = [...country.lines[0].contacts, country.emergency[0]];
  return contacts.map((contact, index) => (
    <ButtonLink key={`${contact.kind}-${contact.dial}`} href={contactHref(contact)} size="lg" variant={index === 0 ? "primary" : "secondary"}>
      {contact.kind === "call" ? <Phone aria-hidden="true" /> : <MessageSquare aria-hidden="true" />}
      {contactAction(contact)}
    </ButtonLink>
  ));
}

/** Says whose lines these are and why, in a sentence. */
function placeSentence(place: CrisisPlace): string {
  if (place.country && place.from === "timezone") return `Showing lines for ${place.country.nameWithArticle}, from the timezone in your profile.`;
  if (place.country) return `Showing lines for ${place.country.nameWithArticle}, as you chose on this device.`;
  if (place.from === "choice") return "You chose somewhere we don't list lines for yet.";
  if (place.timezoneCountry) return `Your timezone puts you in ${regionName(place.timezoneCountry)}. We don't list lines there yet.`;
  return "We don't know which country you're in, so we can't show your local lines yet.";
}

export default async function HelpPage() {
  const place = await getCrisisPlace();
  const { country } = place;

  return (
    <Container width="prose" className="py-12 sm:py-16">
      <h1 className="text-4xl font-semibold tracking-tight">Get help now</h1>

      <section
        aria-labelledby="danger-heading"
        className="mt-8 rounded-2xl border-l-4 border-danger bg-danger-soft p-5 sm:p-6"
      >
        <h2 id="danger-heading" className="text-xl font-semibold">
          If you are in danger
        </h2>
        <p className="mt-2 text-lg">
          <DangerSentence country={country} links={false} />
        </p>
        <div className="mt-5 flex flex-col flex-wrap gap-3 min-[420px]:flex-row">
          <DangerActions country={country} />
        </div>
      </section>

      <section id="crisis-country" aria-labelledby="lines-heading" className="mt-12 scroll-mt-6">
        <h2 id="lines-heading" className="text-2xl font-semibold tracking-tight">
          {country ? `Who you can contact in ${country.nameWithArticle}` : "Who you can contact"}
        </h2>
        <p className="mt-3">{placeSentence(place)}</p>
        <div className="mt-4">
          <CountryChooser place={place} />
        </div>

        <ul className="mt-6 space-y-4">
          {country?.lines.map((line) => <CrisisLineCard key={line.name} line={line} />)}
          {country ? (
            <Card as="li">
              <h3 className="text-lg font-semibold">Emergencies in {country.nameWithArticle}</h3>
              <p className="mt-1 text-muted">If someone&apos;s life is at risk right now.</p>
              <p className="mt-3 flex flex-wrap gap-x-6 gap-y-1">
                {country.emergency.map((contact) => (
                  <CrisisContactLink key={contact.dial} contact={contact} />
                ))}
              </p>
            </Card>
          ) : null}
          <Card as="li">
            <h3 className="text-lg font-semibold">{country ? "Somewhere else" : crisisDirectory.name}</h3>
            <p className="mt-1 text-muted">
              {crisisDirectory.purpose} In an emergency, call your local emergency number.
            </p>
            <p className="mt-3 font-medium">
              <a href={crisisDirectory.url} className="inline-flex min-h-11 items-center text-primary-text underline">
                Find a helpline at findahelpline.com
              </a>
            </p>
          </Card>
        </ul>

        <div className="mt-6">
          <OtherCountries except={country?.code ?? null} open={!country} />
        </div>
      </section>

      <section aria-labelledby="not-crisis-heading" className="mt-12">
        <h2 id="not-crisis-heading" className="text-2xl font-semibold tracking-tight">
          Tandem is not a crisis service
        </h2>
        <p className="mt-3">
          Tandem helps you find a partner for everyday support. Partners are peers, not counsellors, and nobody at
          Tandem watches conversations as they happen. If you need help right now, please use the numbers above.
        </p>
      </section>

      <section aria-labelledby="block-heading" className="mt-12 scroll-mt-6">
        <h2 id="block-heading" className="text-2xl font-semibold tracking-tight">
          Blocking and reporting
        </h2>
        <p className="mt-3">
          You&apos;ll find <strong>Block</strong> and <strong>Report</strong> beside every suggestion and request, and under
          &ldquo;Safety&rdquo; on each partnership&apos;s page.
        </p>
        <h3 className="mt-6 text-lg font-semibold">Blocking</h3>
        <p className="mt-1">
          Blocking someone quietly ends any partnership between you and hides you from each other everywhere on
          Tandem. They aren&apos;t told, and you don&apos;t need their agreement. You can see and undo your blocks in{" "}
          <Link href="/settings/blocked" className={inlineLink}>Blocked members</Link>.
        </p>
        <h3 className="mt-6 text-lg font-semibold">Reporting</h3>
        <p className="mt-1">Choose what the report is about and add any details you want to share:</p>
        <ul className="mt-3 list-disc space-y-1 pl-6">
          {reportCategories.map((category) => (
            <li key={category}>{category}</li>
          ))}
        </ul>
        <p className="mt-3">We&apos;ll let you know we received your report.</p>
      </section>

      <section aria-labelledby="moderators-heading" className="mt-12">
        <h2 id="moderators-heading" className="text-2xl font-semibold tracking-tight">
          What happens after a report
        </h2>
        <p className="mt-3">
          Moderators review every report. They can see the context of what was reported and may warn or suspend an
          account. A suspension ends that person&apos;s partnerships and hides them from everyone.
        </p>
        <p className="mt-3">
          If you are worried someone is in immediate danger, don&apos;t wait for a moderator: call{" "}
          {country ? `${country.emergency[0].display}, the emergency number in ${country.nameWithArticle},` : "your local emergency number"} now.
        </p>
      </section>

      <section aria-labelledby="partnership-heading" className="mt-12">
        <h2 id="partnership-heading" className="text-2xl font-semibold tracking-tight">
          Pausing, changing or ending a partnership
        </h2>
        <p className="mt-3">
          Each of these starts from the partnership&apos;s page, in <Link href="/partnerships" className={inlineLink}>your partnerships</Link>.
        </p>
        <h3 className="mt-6 text-lg font-semibold">Pausing</h3>
        <p className="mt-1">
          Choose &ldquo;Take a pause&rdquo; and an end date. Depending on your agreement it starts at once, or your partner agrees
          first. While paused there are no check-ins or reminders and nothing counts as missed. It picks up again on its own,
          and either of you can resume sooner. A reason you give is never shown to your partner.
        </p>
        <h3 className="mt-6 text-lg font-semibold">Changing your agreement</h3>
        <p className="mt-1">
          Open your agreement and suggest a change. It takes effect once you&apos;ve both signed the new version; until then
          the one you signed stays in force.
        </p>
        <h3 className="mt-6 text-lg font-semibold">Reviews</h3>
        <p className="mt-1">
          Every 13 weeks of active partnership you each answer a few questions privately, then see both answers side by side
          with a suggested next step.
        </p>
        <h3 className="mt-6 text-lg font-semibold">Ending</h3>
        <p className="mt-1">
          Choose &ldquo;end this partnership&rdquo; at the bottom of the page. You don&apos;t need your partner&apos;s agreement.
          You can end now or after one last check-in, and end quietly if you prefer. A reason you give is seen only by
          Tandem, never by your partner.
        </p>
      </section>

      <section aria-labelledby="data-heading" className="mt-12">
        <h2 id="data-heading" className="text-2xl font-semibold tracking-tight">
          Your data
        </h2>
        <p className="mt-3">
          In <Link href="/settings/privacy" className={inlineLink}>your privacy settings</Link> you can download everything Tandem holds about you, or
          delete your account. Tandem never shows your email or contact details to anyone.
        </p>
      </section>

      <p className="mt-12 text-muted">
        <Link href="/about" className="font-medium text-primary-text underline">
          About Tandem
        </Link>
        {" · "}
        <Link href="/" className="font-medium text-primary-text underline">
          Back to the home page
        </Link>
      </p>
    </Container>
  );
}
