import { Download } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { DeleteAccountForm } from "@/components/privacy/delete-account-form";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { buttonClasses } from "@/components/ui/button";
import { requireMember } from "@/server/auth/require-member";
import { caller } from "@/trpc/server";
import { SettingsNav } from "../settings-nav";

export const metadata: Metadata = { title: "Privacy settings", robots: { index: false } };

export default async function PrivacySettingsPage() {
  await requireMember("/settings/privacy");
  const api = await caller();
  const me = await api.account.me();

  return (
    <Container width="prose" className="py-12 sm:py-16">
      <p className="font-medium text-muted">Settings</p>
      <h1 className="mt-1 text-3xl font-semibold tracking-tight sm:text-4xl">Privacy</h1>
      <p className="mt-3 text-lg text-muted">A copy of everything we hold about you, and how to leave if you want to.</p>

      <div className="mt-6">
        <SettingsNav />
      </div>

      <div className="mt-8 space-y-6">
        <Card as="section" aria-labelledby="download-heading">
          <CardTitle id="download-heading">Download my data</CardTitle>
          <CardDescription>
            One file with your account, profile and answers, your requests, partnerships and agreements, your notifications, and the
            members you blocked or reported. Other members appear by their display name only. Only you can download it.
          </CardDescription>
          <div className="mt-6">
            {/* A plain link: the browser saves the file the route sends as an attachment. */}
            <a href="/settings/privacy/export" download className={buttonClasses({ variant: "secondary" })}>
              <Download aria-hidden="true" />
              Download my data (JSON)
            </a>
          </div>
        </Card>

        <Card as="section" aria-labelledby="delete-heading">
          <CardTitle id="delete-heading">Delete my account</CardTitle>
          <div className="mt-3 space-y-3 text-muted">
            <p>If Tandem isn&apos;t right for you now, that&apos;s okay. Here is what deleting your account does:</p>
            <ul className="list-disc space-y-1.5 pl-5">
              <li>Your email, name, profile, answers and availability are removed, and you&apos;re signed out everywhere.</li>
              <li>Any partnership you&apos;re in ends quietly, and requests waiting for an answer are closed.</li>
              <li>
                Your partners keep their own records: the partnership, its timeline and the agreements you signed together. Where your
                name appeared, they&apos;ll see &ldquo;Former member&rdquo;.
              </li>
              <li>You won&apos;t be suggested to anyone again, and no more emails will be sent to you.</li>
              <li>This can&apos;t be undone. You&apos;re welcome to sign up again later with the same email, starting fresh.</li>
            </ul>
            <p>
              If you&apos;re going through a hard time, support is available right now on our{" "}
              <Link href="/help" className="font-medium text-primary-text underline underline-offset-4">
                help page
              </Link>
              .
            </p>
          </div>
          <div className="mt-6">
            <DeleteAccountForm email={me.email} />
          </div>
        </Card>
      </div>
    </Container>
  );
}
