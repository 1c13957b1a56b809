/** Runs once when a server process starts: background workers live with the app by default. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.RUN_WORKERS === "off") return;
  const { startWorkers } = await import("./src/server/workers");
  const { log } = await import("./src/server/log");
  await startWorkers().catch((error: unknown) => log.error({ err: error }, "background workers did not start"));
}
