import "server-only";
import { appUrl, signature } from "@/server/mail/compose";
import type { OutgoingEmail } from "@/server/mail/transport";

export function verificationEmail(to: string, displayName: string, token: string): OutgoingEmail {
  const link = appUrl(`/verify?token=${token}`);
  return {
    to,
    subject: "Confirm your email for Tandem",
    text: `Hi ${displayName},\n\nWelcome to Tandem. Please confirm this is your email address:\n\n${link}\n\nThe link works once and lasts 24 hours. If you didn't sign up, you can ignore this email.${signature()}`,
  };
}

export function alreadyRegisteredEmail(to: string): OutgoingEmail {
  return {
    to,
    subject: "Someone tried to sign up to Tandem with your email",
    text: `Hi,\n\nSomeone (maybe you) tried to create a Tandem account with this email address, but you already have one.\n\nSign in: ${appUrl("/signin")}\nForgot your password? ${appUrl("/reset")}\n\nIf this wasn't you, you don't need to do anything. Your account is unchanged.${signature()}`,
  };
}

export function resetEmail(to: string, displayName: string, token: string): OutgoingEmail {
  const link = appUrl(`/reset?token=${token}`);
  return {
    to,
    subject: "Reset your Tandem password",
    text: `Hi ${displayName},\n\nYou asked to reset your password. Choose a new one here:\n\n${link}\n\nThe link works once and lasts 1 hour. Resetting signs you out everywhere else. If you didn't ask, you can ignore this email; your password stays as it is.${signature()}`,
  };
}

export function passwordChangedEmail(to: string, displayName: string): OutgoingEmail {
  return {
    to,
    subject: "Your Tandem password was changed",
    text: `Hi ${displayName},\n\nYour Tandem password was just changed, and every other device was signed out.\n\nIf this wasn't you, reset your password now: ${appUrl("/reset")}${signature()}`,
  };
}
