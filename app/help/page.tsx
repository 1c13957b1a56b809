import { MessageSquare, Phone } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";

export const metadata: Metadata = {
  title: "Get help now",
  description: "Crisis lines, what to do in an emergency, and how to block or report someone on Tandem.",
};

const reportCategories = [
  "Harassment",
  "Manipulation or coercion",
  "Romantic or sexual pressure",
  "Spam or scam",
  "Concern for someone's safety",
  "Something else",
];

export default function HelpPage() {
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
          If you might hurt yourself or are in danger, call or text 988 (US) or your local emergency number now.
        </p>
        <div className="mt-5 flex flex-col gap-3 min-[420px]:flex-row">
          <ButtonLink href="tel:988" size="lg">
            <Phone aria-hidden="true" />
            Call 988
          </ButtonLink>
          <ButtonLink href="sms:988" size="lg" variant="secondary">
            <MessageSquare aria-hidden="true" />
            Text 988
          </ButtonLink>
        </div>
      </section>

      <section aria-labelledby="lines-heading" className="mt-12">
        <h2 id="lines-heading" className="text-2xl font-semibold tracking-tight">
          Who you can contact
        </h2>
        <ul className="mt-6 space-y-4">
          <Card as="li">
            <h3 className="text-lg font-semibold">988 Suicide &amp; Crisis Lifeline (US)</h3>
            <p className="mt-1 text-muted">Call or text if you are struggling or worried about someone.</p>
            <p className="mt-3 flex flex-wrap gap-x-6 gap-y-1 font-medium">
              <a href="tel:988" className="inline-flex min-h-11 items-center text-primary-text underline">
                Call 988
              </a>
              <a href="sms:988" className="inline-flex min-h-11 items-center text-primary-text underline">
                Text 988
              </a>
            </p>
          </Card>
          <Card as="li">
            <h3 className="text-lg font-semibold">SAMHSA National Helpline (US)</h3>
            <p className="mt-1 text-muted">
              Free, confidential, 24/7 treatment referral and information for mental health and substance use.
            </p>
            <p className="mt-3 font-medium">
              <a href="tel:+18006624357" className="inline-flex min-h-11 items-center text-primary-text underline">
                Call 1-800-662-4357
              </a>
            </p>
          </Card>
          <Card as="li">
            <h3 className="text-lg font-semibold">Emergencies (US)</h3>
            <p className="mt-1 text-muted">If someone&apos;s life is at risk right now.</p>
            <p className="mt-3 font-medium">
              <a href="tel:911" className="inline-flex min-h-11 items-center text-primary-text underline">
                Call 911
              </a>
            </p>
          </Card>
          <Card as="li">
            <h3 className="text-lg font-semibold">Outside the US</h3>
            <p className="mt-1 text-muted">Call your local emergency number.</p>
          </Card>
        </ul>
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

      <section aria-labelledby="block-heading" className="mt-12">
        <h2 id="block-heading" className="text-2xl font-semibold tracking-tight">
          Blocking and reporting
        </h2>
        <p className="mt-3">From any profile, request or partnership you can block or report.</p>
        <h3 className="mt-6 text-lg font-semibold">Blocking</h3>
        <p className="mt-1">
          Blocking someone quietly ends any partnership between you and hides you from each other everywhere on
          Tandem. You don&apos;t need their agreement.
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
          If you are worried someone is in immediate danger, don&apos;t wait for a moderator: call 911 in the US or
          your local emergency number.
        </p>
      </section>

      <p className="mt-12 text-muted">
        <Link href="/" className="font-medium text-primary-text underline">
          Back to the home page
        </Link>
      </p>
    </Container>
  );
}
