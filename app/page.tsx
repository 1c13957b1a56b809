import { Feather, Handshake, LockKeyhole, ShieldCheck, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { SideBySide } from "@/components/illustrations/side-by-side";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { audiences } from "@/components/about/audiences";

const steps: { title: string; body: string }[] = [
  {
    title: "Answer a questionnaire",
    body: "Tell us what you're working on, when you're free and how you like to talk. Your answers are saved as you go, so you can stop and come back.",
  },
  {
    title: "Meet people who might suit you",
    body: "We suggest partners whose schedule, values and way of talking fit yours, and say why. Nothing starts unless you both say yes.",
  },
  {
    title: "Write your agreement together",
    body: "Decide what you're each working on, how often you'll check in and what happens when life gets in the way. You both sign it before you begin.",
  },
  {
    title: "Check in on a rhythm",
    body: "Meet by video, voice, text or in person, as you agreed. Tandem sends reminders and keeps what you each share after a check-in in one place.",
  },
  {
    title: "Review, pause or end kindly",
    body: "Every quarter you each look back privately, then together. Plans change: you can pause, rewrite your agreement or end the partnership at any time, without blame.",
  },
];

const principles: { icon: LucideIcon; title: string; body: string; more: { href: string; label: string } }[] = [
  {
    icon: Handshake,
    title: "Consent first",
    body: "Nobody can contact you unless you both say yes. We never show your email or contact details; you decide together how you meet and what you share.",
    more: { href: "/about#what-heading", label: "How Tandem works" },
  },
  {
    icon: Feather,
    title: "Gentle by design",
    body: "No public scores, rankings or streaks. If a match doesn't work out, you'll see \u201cThis match isn't available right now\u201d, never a reason.",
    more: { href: "/about#not-heading", label: "What Tandem is not" },
  },
  {
    icon: ShieldCheck,
    title: "Safety",
    body: "Block or report someone from any suggestion, request or partnership. You can pause or end a partnership whenever you need to, and help is one click away on every page.",
    more: { href: "/help#block-heading", label: "Blocking, reporting and ending" },
  },
  {
    icon: LockKeyhole,
    title: "Privacy",
    body: "No trackers and no ads. Your partner sees only what your partnership shares, and you can download or delete your data at any time.",
    more: { href: "/about#privacy-heading", label: "Your privacy" },
  },
];

export default function Home() {
  return (
    <>
      <section aria-labelledby="intro-heading" className="pt-12 pb-16 sm:pt-20 sm:pb-24">
        <Container className="grid items-center gap-12 lg:grid-cols-[1.15fr_1fr]">
          <div>
            <p className="font-medium text-primary-text">Accountability partners for rebuilding connection</p>
            <h1 id="intro-heading" className="mt-3 text-4xl font-semibold tracking-tight text-fg sm:text-5xl">
              Someone in your corner, one check-in at a time
            </h1>
            <p className="mt-5 max-w-xl text-lg text-muted">
              Tandem matches you with a partner who is also working on feeling more connected. You agree
              together how you&apos;ll support each other, then check in on a rhythm that suits you both.
            </p>
            <div className="mt-8 flex flex-col gap-3 min-[420px]:flex-row">
              <ButtonLink href="/signup" size="lg">
                Create your account
              </ButtonLink>
              <ButtonLink href="/signin" size="lg" variant="secondary">
                Sign in
              </ButtonLink>
            </div>
            <p className="mt-4 text-sm text-muted">
              Open source. No trackers. No ads. <Link href="/about" className="text-primary-text underline">About Tandem</Link>
            </p>
          </div>

          <ExampleAgreement />
        </Container>
      </section>

      <section aria-labelledby="how-heading" className="border-y border-line bg-surface py-16 sm:py-20">
        <Container>
          <h2 id="how-heading" className="text-3xl font-semibold tracking-tight">
            How it works
          </h2>
          <ol className="mt-10 grid gap-x-8 gap-y-10 sm:grid-cols-2 lg:grid-cols-3">
            {steps.map((step, index) => (
              <li key={step.title} className="flex gap-4">
                <span
                  aria-hidden="true"
                  className="flex size-10 shrink-0 items-center justify-center rounded-full bg-primary-soft font-semibold text-primary-text"
                >
                  {index + 1}
                </span>
                <div>
                  <h3 className="text-lg font-semibold">
                    <span className="sr-only">Step {index + 1}: </span>
                    {step.title}
                  </h3>
                  <p className="mt-1 text-muted">{step.body}</p>
                </div>
              </li>
            ))}
          </ol>
        </Container>
      </section>

      <section aria-labelledby="who-heading" className="py-16 sm:py-20">
        <Container className="grid gap-10 lg:grid-cols-2">
          <div>
            <h2 id="who-heading" className="text-3xl font-semibold tracking-tight">
              Who it&apos;s for
            </h2>
            <p className="mt-4 text-lg text-muted">
              Tandem is for adults (18 and over) who want steady, kind company while they:
            </p>
          </div>
          <div>
            <ul className="space-y-3">
              {audiences.map((item) => (
                <li key={item} className="flex gap-3">
                  <span aria-hidden="true" className="mt-2.5 size-2 shrink-0 rounded-full bg-primary" />
                  <span>{item}</span>
                </li>
              ))}
            </ul>
            <p className="mt-6 text-muted">
              Your partner is a peer who is on their own path, not a therapist or a counsellor.
            </p>
          </div>
        </Container>
      </section>

      <section aria-labelledby="principles-heading" className="pb-16 sm:pb-20">
        <Container>
          <h2 id="principles-heading" className="text-3xl font-semibold tracking-tight">
            What we promise
          </h2>
          <ul className="mt-10 grid gap-5 sm:grid-cols-2">
            {principles.map(({ icon: Icon, title, body, more }) => (
              <Card as="li" key={title} className="motion-safe:transition-transform motion-safe:duration-200 motion-safe:hover:-translate-y-0.5">
                <div className="flex items-center gap-3">
                  <span className="flex size-10 items-center justify-center rounded-xl bg-primary-soft text-primary-text">
                    <Icon aria-hidden="true" className="size-5" />
                  </span>
                  <h3 className="text-lg font-semibold">{title}</h3>
                </div>
                <p className="mt-3 text-muted">{body}</p>
                <p className="mt-3">
                  <Link href={more.href} className="inline-flex min-h-11 items-center font-medium text-primary-text underline">
                    {more.label}
                  </Link>
                </p>
              </Card>
            ))}
          </ul>

          <Alert tone="attention" role="note" title="Tandem is not a crisis service" className="mt-10">
            <p>
              Partners are there for everyday support, not emergencies. If you are struggling right now,{" "}
              <Link href="/help">see where to get help now</Link>.
            </p>
          </Alert>
        </Container>
      </section>

      <section aria-labelledby="start-heading" className="pb-8">
        <Container>
          <div className="rounded-3xl bg-primary-soft px-6 py-10 text-center sm:px-12 sm:py-14">
            <SideBySide className="mx-auto mb-6 w-48 sm:w-60" />
            <h2 id="start-heading" className="text-3xl font-semibold tracking-tight">
              Ready when you are
            </h2>
            <p className="mx-auto mt-4 max-w-xl text-lg">
              Take the questionnaire at your own pace. Nobody sees your profile until you choose to be open
              to matching.
            </p>
            <div className="mt-8 flex flex-col items-center gap-4">
              <ButtonLink href="/signup" size="lg">
                Create your account
              </ButtonLink>
              <p>
                Already have an account?{" "}
                <Link href="/signin" className="font-medium text-primary-text underline">
                  Sign in
                </Link>
              </p>
            </div>
          </div>
        </Container>
      </section>
    </>
  );
}

/** A small, illustrative agreement so people can picture what they would be signing up for. */
function ExampleAgreement() {
  const rows = [
    { label: "We check in", value: "Sundays at 7 pm, by video, for 30 minutes" },
    { label: "Alex is working on", value: "Saying yes to one invitation a week" },
    { label: "Sam is working on", value: "Messaging an old friend every few days" },
    { label: "When life gets busy", value: "Either of us can pause for up to two weeks" },
  ];
  return (
    <figure className="mx-auto w-full max-w-md">
      <Card>
        <p className="text-sm font-medium text-muted">Agreement · Alex and Sam</p>
        <dl className="mt-4 space-y-4">
          {rows.map((row) => (
            <div key={row.label} className="border-b border-line pb-4 last:border-b-0 last:pb-0">
              <dt className="text-sm text-muted">{row.label}</dt>
              <dd className="mt-0.5 font-medium">{row.value}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-5 inline-flex items-center gap-2 rounded-full bg-primary-soft px-3 py-1.5 text-sm font-medium text-primary-text">
          <Handshake aria-hidden="true" className="size-4" />
          Four weeks of check-ins together
        </p>
      </Card>
      <figcaption className="mt-3 text-center text-sm text-muted">An example agreement between two partners</figcaption>
    </figure>
  );
}
