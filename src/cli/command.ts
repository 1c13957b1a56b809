import { deploymentProblems } from "../env";

/**
 * Real-deployment mode has one set of rules (`deploymentProblems`) for every command: a command
 * refuses to start without them, naming each missing setting, rather than falling back to what only
 * local mode has (an embedded PostgreSQL, the dev mailbox).
 */
export function refuseIncompleteDeployment(command: string): void {
  const problems = deploymentProblems();
  if (!problems.length) return;
  for (const problem of problems) console.error(`[tandem] ${problem}`);
  console.error(`[tandem] ${command} does not run in real-deployment mode without these settings; see README, Configuration.`);
  process.exit(1);
}

/** A command that does its work and ends: exits with its own code, or prints its failure and exits 1. */
export function runToCompletion(command: string, main: () => Promise<number | void>): void {
  refuseIncompleteDeployment(command);
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      console.error(`[tandem] ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
