import type { Metadata } from "next";
import Link from "next/link";
import { TwoMugs } from "@/components/illustrations/two-mugs";
import { Container } from "@/components/ui/container";
import { audiences } from "@/components/about/audiences";

export const metadata: Metadata = {
  title: "About Tandem",
  description: "What Tandem is, who it is for, what it is not, how it treats your data, and that it is open source.",
};

/** A link inside running text: underlined, so it is never told apart by colour alone. */
const inlineLink = "font-medium text-primary-text underline";

const sectionHeading = "text-2xl font-semibold tracking-tight";

/** About Tandem: what it is, who it is for, what it is not, its privacy stance and that it is open source. */
export default function AboutPage() {
  return (
    <Container width="prose" className="py-12 sm:py-16">
      <TwoMugs className="w-36 text-primary sm:w-40" />
      <h1 className="mt-6 text-4xl font-semibold tracking-tight">About Tandem</h1>
      <p className="mt-4 text-lg text-muted">
        Tandem helps two people support each other, steadily, while they rebuild connection in their lives.
      </p>

      <section aria-labelledby="what-heading" className="mt-12">
        <h2 id="what-heading" className={sectionHeading}>
          What Tandem is
        </h2>
        <p className="mt-3">
          You answer a questionnaire about what you&apos;re working on, when you&apos;re free and how you like to talk. Tandem
          suggests people who might suit you and says why. If you both say yes, you write an agreement together: what
          you&apos;re each working on, how often you&apos;ll check in and what happens when life gets in the way.
        </p>
        <p className="mt-3">
          Then you check in on your rhythm. Tandem sends reminders, keeps what you share after each check-in in one place and
          asks you both, every quarter, how the partnership is going. You can pause, change your agreement or end the
          partnership kindly whenever you need to.
        </p>
      </section>

      <section aria-labelledby="who-heading" className="mt-12">
        <h2 id="who-heading" className={sectionHeading}>
          Who it&apos;s for
        </h2>
        <p className="mt-3">Adults (18 and over) who want steady, kind company while they:</p>
        <ul className="mt-3 list-disc space-y-1 pl-6">
          {audiences.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="not-heading" className="mt-12">
        <h2 id="not-heading" className={sectionHeading}>
          What Tandem is not
        </h2>
        <ul className="mt-3 list-disc space-y-1 pl-6">
          <li>Not therapy or counselling. Your partner is a peer on their own path, not a professional.</li>
          <li>
            Not a crisis service. Nobody at Tandem watches conversations as they happen. If you need help right now,{" "}
            <Link href="/help" className={inlineLink}>see where to get help now</Link>.
          </li>
          <li>
            Not a dating app. Romantic or sexual pressure is something you can <Link href="/help#block-heading" className={inlineLink}>report</Link>.
          </li>
        </ul>
      </section>

      <section aria-labelledby="privacy-heading" className="mt-12">
        <h2 id="privacy-heading" className={sectionHeading}>
          Your privacy
        </h2>
        <ul className="mt-3 list-disc space-y-1 pl-6">
          <li>No trackers, no analytics scripts and no ads.</li>
          <li>Tandem never shows your email or contact details to anyone. You decide together how you meet.</li>
          <li>Your partner sees only what your partnership shares. A reason you give for a pause or an ending is never shown to them.</li>
          <li>
            You can download everything we hold about you, or delete your account, at any time in{" "}
            <Link href="/settings/privacy" className={inlineLink}>your privacy settings</Link>.
          </li>
        </ul>
      </section>

      <section aria-labelledby="open-heading" className="mt-12">
        <h2 id="open-heading" className={sectionHeading}>
          Open source
        </h2>
        <p className="mt-3">
          Tandem&apos;s code is open source under the MIT licence: anyone can read how it works, and a community or organisation can
          run its own copy on its own server.
        </p>
      </section>
    </Container>
  );
}
