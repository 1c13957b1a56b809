import type { Metadata } from "next";
import Link from "next/link";
import { Container } from "@/components/ui/container";

export const metadata: Metadata = { title: "Your account is deleted", robots: { index: false } };

/** Where a member lands after deleting their account: calm, nothing to do, help one click away. */
export default function GoodbyePage() {
  return (
    <Container width="prose" className="py-12 sm:py-16">
      <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Your account is deleted</h1>
      <div className="mt-4 space-y-4 text-lg text-muted">
        <p>Your personal details are gone and you&apos;ve been signed out. Thank you for the time you spent here.</p>
        <p>
          If you&apos;re going through something hard, you don&apos;t have to carry it alone. Our{" "}
          <Link href="/help" className="font-medium text-primary-text underline underline-offset-4">
            help page
          </Link>{" "}
          lists crisis lines where you live, open day and night.
        </p>
        <p>
          If you ever want to come back, you can{" "}
          <Link href="/signup" className="font-medium text-primary-text underline underline-offset-4">
            sign up again
          </Link>{" "}
          with the same email.
        </p>
      </div>
    </Container>
  );
}
