import { describe, expect, it } from "vitest";
import { statementNamer } from "./statement-names";

describe("statementNamer", () => {
  it("gives one query shape the same short, valid name every time, and another shape another", () => {
    const name = statementNamer(10);
    const first = name({ sql: 'SELECT "id" FROM "member" WHERE "id" = $1', args: ["a"] });
    expect(first).toMatch(/^t[A-Za-z0-9_-]{27}$/);
    expect(name({ sql: 'SELECT "id" FROM "member" WHERE "id" = $1', args: ["b"] })).toBe(first);
    expect(name({ sql: 'SELECT "id" FROM "profile" WHERE "memberId" = $1', args: ["a"] })).not.toBe(first);
  });

  it("leaves a statement without parameters unnamed, since it may hold several commands", () => {
    expect(statementNamer(10)({ sql: "VACUUM ANALYZE; SELECT 1", args: [] })).toBeUndefined();
  });

  it("names at most `limit` shapes and keeps naming those it already named", () => {
    const name = statementNamer(2);
    const a = name({ sql: "SELECT $1::int", args: [1] });
    const b = name({ sql: "SELECT $1::text", args: ["x"] });
    expect(name({ sql: "SELECT $1::bool", args: [true] })).toBeUndefined();
    expect([name({ sql: "SELECT $1::int", args: [2] }), name({ sql: "SELECT $1::text", args: ["y"] })]).toEqual([a, b]);
  });
});
