import { TRPCError } from "@trpc/server";
import { appRouter, type createCaller } from "@/server/api/root";

export type ProcedureType = "query" | "mutation" | "subscription";
type Caller = ReturnType<typeof createCaller>;
type ProcedureDef = { _def: { type: ProcedureType; inputs: unknown[] } };

/** Every procedure of the app router by dotted path ("requests.send"), read from tRPC 11's flat record. */
export function routerProcedures(): { path: string; type: ProcedureType; hasInput: boolean }[] {
  // tRPC 11 types `_def.procedures` like the nested record, but at runtime it is flat, keyed by path.
  const record = appRouter._def.procedures as unknown as Record<string, ProcedureDef>;
  return Object.entries(record)
    .map(([path, procedure]) => ({ path, type: procedure._def.type, hasInput: procedure._def.inputs.length > 0 }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The caller's function at a dotted path, to call procedures the tests enumerate rather than name. */
export function procedureAt(caller: Caller, path: string): (input?: unknown) => Promise<unknown> {
  const found = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  if (typeof found !== "function") throw new Error(`No procedure at ${path}`);
  return found as (input?: unknown) => Promise<unknown>;
}

type StandardSchema = { "~standard": { validate: (value: unknown) => { issues?: readonly unknown[] } | Promise<{ issues?: readonly unknown[] }> } };

/** The input schema of the procedure at a dotted path (zod, read through the Standard Schema interface). */
export function inputSchemaOf(path: string): StandardSchema {
  const procedure = (appRouter._def.procedures as unknown as Record<string, ProcedureDef>)[path];
  const schema = procedure?._def.inputs[0];
  if (!schema) throw new Error(`${path} takes no input`);
  return schema as StandardSchema;
}

export type Outcome = "OK" | TRPCError["code"];

/** What a call ended in: OK, or the code of the TRPCError it threw (anything else is rethrown). */
export async function outcomeOf(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    await call();
    return "OK";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}
