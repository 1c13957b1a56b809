import type { TestProject } from "vitest/node";
import { getBoss, stopBoss } from "@/server/jobs/boss";
import { createTestDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const db = await createTestDatabase();
  console.log(`[integration] fresh database on the ${db.server} PostgreSQL server`);
  // Install pg-boss's schema and queues once, before test files start their own instances.
  await getBoss(db.url);
  await stopBoss();
  project.provide("databaseUrl", db.url);
  return async () => {
    await db.drop();
  };
}
