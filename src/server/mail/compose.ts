import "server-only";

/** An absolute link into the app for an email. */
export function appUrl(path: string): string {
  return new URL(path, process.env.APP_URL ?? "http://localhost:3000").toString();
}

/** Every email ends the same way, with crisis numbers. */
export const signature = "\n\nTake care,\nTandem\n\nIf you might hurt yourself or are in danger, call or text 988 (US) or your local emergency number now.";
