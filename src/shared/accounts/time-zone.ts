/** Whether a zone is one the forms accept: a named region ("Europe/Paris") or UTC. Zod-free, so the browser can use it. */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return zone.includes("/") || zone === "UTC";
  } catch {
    return false;
  }
}
