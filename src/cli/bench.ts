/**
 * `npm run bench`: every benchmark in one go, one after another (they share the machine's cores, so
 * never at once), then one table of what they wrote to bench-results/*.json. A name in the list
 * that package.json does not define is skipped with a note; a benchmark that fails does not stop
 * the others, but makes this command fail. `npm run bench -- bench:pages bench:soak` runs only those.
 */
import { spawn } from "node:child_process";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";

const benchmarks = ["bench:matching", "bench:agreement", "bench:explain", "bench:pages", "bench:soak", "bench:js"];
const resultsDir = "bench-results";
/** bench:js weighs the build bench:pages made just before it, unless another is named. */
const environments: Record<string, Record<string, string>> = { "bench:js": { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-bench" } };

/** Figures worth a column: latencies, rates, ratios, memory, counts of failures. */
const figure = /(_ms|_per_s|ratio_to_help|_mb|^errors|^timeouts|^non_2xx|^max|^idle_before|^five_seconds_after|^mean_\w+_half|^profiles|^kb|_kb|_bytes)$/;

function run(script: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", script], { stdio: "inherit", env: { ...process.env, ...environments[script] } });
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

type Row = { file: string; measure: string; figures: string };

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);
/** An object of figures only (a latency spread, one load run): shown inside its parent's row. */
const isLeaf = (value: unknown) => isObject(value) && Object.values(value).every((v) => !isObject(v) && !Array.isArray(v));
const figuresOf = (value: Record<string, unknown>, prefix = "") =>
  Object.entries(value)
    .filter(([key, v]) => typeof v === "number" && figure.test(key))
    .map(([key, v]) => `${prefix}${key} ${String(v)}`);

/** One row per object in a results file that holds figures, labelled by its path (or `name`). */
function rows(file: string, value: unknown, label: string[] = []): Row[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => rows(file, item, [...label, labelOf(item) ?? String(i)]));
  if (!isObject(value)) return [];
  const entries = Object.entries(value).filter(([key]) => key !== "machine" && key !== "samples");
  const own = [...figuresOf(Object.fromEntries(entries)), ...entries.filter(([, v]) => isLeaf(v)).flatMap(([key, v]) => figuresOf(v as Record<string, unknown>, `${key}.`))];
  const nested = entries.filter(([, v]) => (isObject(v) && !isLeaf(v)) || Array.isArray(v)).flatMap(([key, v]) => rows(file, v, [...label, key]));
  return [...(own.length ? [{ file, measure: label.join(" › ") || "(top)", figures: own.join(", ") }] : []), ...nested];
}

function labelOf(item: unknown): string | undefined {
  if (item === null || typeof item !== "object") return undefined;
  const { name, profiles } = item as { name?: unknown; profiles?: unknown };
  return typeof name === "string" ? (typeof profiles === "number" ? `${name} @ ${profiles}` : name) : undefined;
}

async function main() {
  const { scripts = {} } = JSON.parse(await readFile("package.json", "utf8")) as { scripts?: Record<string, string> };
  const startedAt = Date.now();
  const outcomes: { name: string; outcome: string }[] = [];
  const chosen = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
  for (const name of chosen.length ? chosen : benchmarks) {
    if (!scripts[name]) {
      console.log(`[bench] Skipping ${name}: package.json does not define it.`);
      outcomes.push({ name, outcome: "skipped (not defined)" });
      continue;
    }
    console.log(`\n[bench] ── npm run ${name} ──`);
    const began = Date.now();
    const code = await run(name);
    outcomes.push({ name, outcome: `${code === 0 ? "ok" : `failed (exit ${code})`} in ${Math.round((Date.now() - began) / 1000)} s` });
  }

  console.log("\n| benchmark | outcome |\n|---|---|");
  for (const { name, outcome } of outcomes) console.log(`| ${name} | ${outcome} |`);

  const files = (await readdir(resultsDir).catch(() => [] as string[])).filter((f) => f.endsWith(".json")).sort();
  console.log("\n| results file | measure | figures |\n|---|---|---|");
  for (const file of files) {
    const full = path.join(resultsDir, file);
    const fresh = (await stat(full)).mtimeMs >= startedAt;
    const label = fresh ? file : `${file} (from an earlier run)`;
    for (const row of rows(label, JSON.parse(await readFile(full, "utf8")))) console.log(`| ${row.file} | ${row.measure} | ${row.figures} |`);
  }
  if (outcomes.some((o) => o.outcome.startsWith("failed"))) process.exitCode = 1;
}

void main();
