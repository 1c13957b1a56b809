import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { boundaries } from "./eslint.boundaries.mjs";

const serverRuntime = {
  group: ["@/server/*", "@/generated/*", "server-only"],
  allowTypeImports: true,
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next*/**", ".data/**", "src/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // A "use client" file anywhere may import only types from the server.
    plugins: { tandem: boundaries },
    rules: { "tandem/client-imports-types-only": "error" },
  },
  {
    files: ["src/components/**"],
    // These two run only on the server: a server component and a server action.
    ignores: ["src/components/layout/site-header.tsx", "src/components/accounts/sign-out-action.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [{ ...serverRuntime, message: "Components import only types from src/server; pure shared code lives in src/shared." }] },
      ],
    },
  },
  {
    files: ["src/shared/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { ...serverRuntime, message: "src/shared is pure code for browser and server: no server modules, no I/O." },
            { group: ["@/components/*", "@/trpc/*", "next/*", "react"], message: "src/shared holds no UI code." },
          ],
        },
      ],
    },
  },
]);
