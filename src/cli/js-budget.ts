/**
 * `npm run bench:js`: first-load JavaScript per page, from a production build, compressed as the
 * server sends it (gzip, level 6: Next's built-in compression), against a budget.
 *
 * A page's first load is the runtime every page loads (build-manifest.json's rootMainFiles) plus
 * every chunk its client reference manifest lists for the page and the layouts, error, loading and
 * not-found boundaries above it (entryJSFiles): what the HTML's script tags and the RSC payload make
 * the browser fetch before it can hydrate. Chunks behind a dynamic import() are not counted: they
 * load when used. The legacy polyfill chunk (nomodule) is not counted: modern browsers skip it.
 *
 * Prints a table, writes bench-results/js-budget.json, and exits 1 when a page is over the budget.
 * Options: --dist .next (or NEXT_DIST_DIR)  --budget-kb 150  --out bench-results/js-budget.json
 * Build first: `npx next build` (or `npm start`, which builds into .next).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { option } from "../bench/stats";

type ClientManifest = { entryJSFiles?: Record<string, string[]> };
export type PageWeight = { route: string; chunks: number; raw_kb: number; gzip_kb: number; over_budget: boolean };

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** Every page's client reference manifest under server/app, by its app path ("/about/page"). */
function pageManifests(dist: string): Map<string, string> {
  const root = path.join(dist, "server", "app");
  const found = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "page_client-reference-manifest.js") found.set(path.posix.join("/", path.relative(root, folder), "page"), full);
    }
  };
  walk(root);
  return found;
}

/** The manifest file assigns to globalThis.__RSC_MANIFEST; run it in a sandbox and read the result. */
function readClientManifest(file: string): ClientManifest {
  const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, ClientManifest> } = {};
  sandbox.globalThis = sandbox;
  runInNewContext(readFileSync(file, "utf8"), sandbox);
  const manifests = Object.values(sandbox.__RSC_MANIFEST ?? {});
  if (manifests.length !== 1) throw new Error(`${file}: expected one page's manifest, found ${manifests.length}`);
  return manifests[0]!;
}

export function measurePages(dist: string, budgetKb: number): PageWeight[] {
  const buildManifest = JSON.parse(readFileSync(path.join(dist, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const routes = JSON.parse(readFileSync(path.join(dist, "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
  const gzipped = new Map<string, { raw: number; gzip: number }>();
  const sizeOf = (chunk: string) => {
    let size = gzipped.get(chunk);
    if (!size) {
      const bytes = readFileSync(path.join(dist, chunk));
      size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length };
      gzipped.set(chunk, size);
    }
    return size;
  };

  const pages: PageWeight[] = [];
  for (const [appPath, file] of pageManifests(dist)) {
    const route = routes[appPath];
    if (!route || route.startsWith("/_")) continue; // Next's own not-found and global-error pages
    const segments = Object.values(readClientManifest(file).entryJSFiles ?? {});
    const chunks = new Set([...buildManifest.rootMainFiles, ...segments.flat()].map((chunk) => chunk.replace(/^\/_next\//, "")));
    const total = [...chunks].map(sizeOf).reduce((sum, size) => ({ raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip }), { raw: 0, gzip: 0 });
    pages.push({ route, chunks: chunks.size, raw_kb: kb(total.raw), gzip_kb: kb(total.gzip), over_budget: kb(total.gzip) > budgetKb });
  }
  return pages.sort((a, b) => a.route.localeCompare(b.route));
}

async function main() {
  const dist = path.resolve(option("dist", process.env.NEXT_DIST_DIR ?? ".next"));
  const budgetKb = Number(option("budget-kb", "150"));
  const out = option("out", "bench-results/js-budget.json");
  if (!existsSync(path.join(dist, "BUILD_ID"))) throw new Error(`No production build in ${dist}: run \`npx next build\` first.`);

  const pages = measurePages(dist, budgetKb);
  const width = Math.max(...pages.map((page) => page.route.length));
  console.log(`First-load JavaScript per page (gzip), budget ${budgetKb} KB, build ${path.relative(process.cwd(), dist)}`);
  console.log(`${"page".padEnd(width)}  chunks    raw KB   gzip KB`);
  for (const page of pages) {
    console.log(`${page.route.padEnd(width)}  ${String(page.chunks).padStart(6)}  ${page.raw_kb.toFixed(1).padStart(8)}  ${page.gzip_kb.toFixed(1).padStart(8)}${page.over_budget ? "  OVER" : ""}`);
  }
  const over = pages.filter((page) => page.over_budget);
  await mkdir(path.dirname(out), { recursive: true });
  const measuredAt = new Date().toISOString();
  await writeFile(out, `${JSON.stringify({ measured_at: measuredAt, method: "build manifests, gzip level 6", budget_kb: budgetKb, machine: `${os.cpus().length} cores, ${os.cpus()[0]?.model ?? "unknown"}`, pages }, null, 2)}\n`);
  console.log(over.length ? `${over.length} page(s) over the budget.` : "Every page is within the budget.");
  console.log(`Wrote ${out}`);
  if (over.length) process.exitCode = 1;
}

await main();
