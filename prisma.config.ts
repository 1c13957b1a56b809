import { defineConfig } from "prisma/config";

// The CLI wants a native schema engine from Prisma's CDN before `generate`, even though generate
// never runs it. These machines cannot reach the CDN, so point it at any existing file; migrations
// run through the WebAssembly engine instead (src/server/db/migrations.ts).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/tandem" },
});
