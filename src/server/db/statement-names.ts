import { createHash } from "node:crypto";

/**
 * Names for prepared statements, so each pooled connection has PostgreSQL parse and plan one of the
 * app's query shapes once and afterwards only bind and execute it (`pg` remembers, per connection,
 * which names it has prepared). Planning Prisma's one-statement relation reads was most of the
 * database's work on a page (`npm run bench:pages`, README "Fourth round").
 *
 * - A statement without parameters stays unnamed: it may be raw maintenance SQL holding several
 *   commands, which a prepared statement cannot.
 * - At most `limit` shapes per process get a name; later ones run unnamed, as before. `pg` never
 *   forgets a prepared statement, so this bounds what each connection keeps on the server.
 */
export function statementNamer(limit: number): (query: { sql: string; args: readonly unknown[] }) => string | undefined {
  const names = new Map<string, string>();
  return ({ sql, args }) => {
    if (args.length === 0) return undefined;
    const known = names.get(sql);
    if (known !== undefined || names.size >= limit) return known;
    const name = `t${createHash("sha1").update(sql).digest("base64url")}`;
    names.set(sql, name);
    return name;
  };
}
