import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <Container width="prose" className="py-16 sm:py-24">
      <p className="font-medium text-primary-text">Page not found</p>
      <h1 className="mt-2 text-4xl font-semibold tracking-tight">We couldn&apos;t find that page</h1>
      <p className="mt-4 text-lg text-muted">
        The link may be old, or the page may have moved. Nothing you did is lost.
      </p>
      <div className="mt-8 flex flex-col gap-3 min-[420px]:flex-row">
        <ButtonLink href="/">Go to the home page</ButtonLink>
        <ButtonLink href="/help" variant="secondary">
          Get help now
        </ButtonLink>
      </div>
    </Container>
  );
}
