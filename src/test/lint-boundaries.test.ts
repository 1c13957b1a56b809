import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// The boundary rules in eslint.config.mjs, run on made-up files: each must bite, and types pass.
const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "../..") });

async function problems(filePath: string, code: string): Promise<string[]> {
  const results = await eslint.lintText(code, { filePath });
  return results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));
}

const clientFile = (imports: string) => `"use client";\n${imports}\nexport const x = () => null;\n`;

// Linting is CPU-bound: allow for a busy machine.
describe("lint boundaries", { timeout: 30_000 }, () => {
  // Loading the Next and TypeScript lint configs takes several seconds the first time.
  beforeAll(() => eslint.calculateConfigForFile("app/example/client-widget.tsx"), 60_000);

  it("refuses runtime server imports in a client module anywhere", async () => {
    const found = await problems("app/example/client-widget.tsx", clientFile(`import { createDb } from "@/server/db/client";\nvoid createDb;`));
    expect(found.join("\n")).toMatch(/tandem\/client-imports-types-only: '@\/server\/db\/client' is server code/);
  });

  it("refuses a dynamic import of server code in a client module", async () => {
    const found = await problems("app/example/client-widget.tsx", clientFile(`void import("@/server/accounts/service");`));
    expect(found.join("\n")).toMatch(/tandem\/client-imports-types-only/);
  });

  it("lets a client module import types from the server and runtime code from src/shared", async () => {
    const code = clientFile(
      `import type { Db } from "@/server/db/client";\nimport { type AppRouter } from "@/server/api/root";\nimport { zId } from "@/shared/ids";\nexport type T = [Db, AppRouter];\nvoid zId;`,
    );
    expect(await problems("app/example/client-widget.tsx", code)).toEqual([]);
  });

  it("refuses runtime server imports in any component, client or not", async () => {
    const found = await problems("src/components/example/card.tsx", `import { getSessionUser } from "@/server/auth/session";\nexport const x = getSessionUser;\n`);
    expect(found.join("\n")).toMatch(/no-restricted-imports: .*Components import only types from src\/server/);
  });

  it("keeps src/shared free of server and UI code", async () => {
    const server = await problems("src/shared/example.ts", `import { createDb } from "@/server/db/client";\nexport const x = createDb;\n`);
    expect(server.join("\n")).toMatch(/src\/shared is pure code/);
    const ui = await problems("src/shared/example.ts", `import { Button } from "@/components/ui/button";\nexport const x = Button;\n`);
    expect(ui.join("\n")).toMatch(/src\/shared holds no UI code/);
  });
});
