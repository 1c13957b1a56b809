import type { Metadata } from "next";
import { VerifyEmail } from "@/components/accounts/verify-email";
import { Container } from "@/components/ui/container";

export const metadata: Metadata = { title: "Confirm your email", robots: { index: false } };

export default async function VerifyPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const value = (Array.isArray(token) ? token[0] : token)?.trim() || null;
  return (
    <Container width="prose" className="py-12 sm:py-16">
      <VerifyEmail token={value} />
    </Container>
  );
}
