import "server-only";

/** An absolute link into the app for an email. */
export function appUrl(path: string): string {
  return new URL(path, process.env.APP_URL ?? "http://localhost:3000").toString();
}

/**
 * Every email ends the same way, with where to find help. Emails go to members in many countries,
 * so it points to /help (lines for the reader's country) rather than naming one country's number.
 */
export function signature(): string {
  return `\n\nTake care,\nTandem\n\nIf you might hurt yourself or are in danger, call your local emergency number now. Crisis lines for where you live: ${appUrl("/help")}`;
}
