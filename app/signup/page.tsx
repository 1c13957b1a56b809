import type { Metadata } from "next";
import { SignUpForm } from "@/components/accounts/signup-form";
import { Container } from "@/components/ui/container";

export const metadata: Metadata = {
  title: "Create your account",
  description: "Create a Tandem account to find an accountability partner.",
};

export default function SignUpPage() {
  return (
    <Container width="prose" className="py-12 sm:py-16">
      <SignUpForm />
    </Container>
  );
}
