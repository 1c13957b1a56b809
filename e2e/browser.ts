import { existsSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

/*
 * The Chromium the end-to-end tests drive: the system's when there is one, otherwise the one that
 * `npm ci` installed from the npm registry inside @sparticuz/chromium, so a fresh machine needs
 * no browser download and no apt step.
 */

export type TestBrowser = { source: "system" | "bundled"; executablePath: string; env?: Record<string, string> };

/** CHROMIUM_PATH names the system browser; when set, it is the only place looked at. */
function systemChromium(): string | null {
  const candidates = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : ["/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

/**
 * Unpacks the npm package's Chromium once per package version into .data, next to the tests'
 * other local state: the browser (a headless shell), its graphics libraries, a few fonts, and the
 * NSS libraries it links against, so it runs on a machine that never installed a browser. The
 * package unpacks into the temporary folder, so it is pointed at a staging folder of this
 * process's own that is renamed into place when complete: a run killed halfway, or another run
 * unpacking at the same time, never leaves a half-written browser behind.
 */
async function bundledChromium(): Promise<TestBrowser> {
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new Error("The end-to-end tests found no Chromium, and the bundled one runs only on Linux x64: install Chromium or Chrome and set CHROMIUM_PATH.");
  }
  // The package exports only its entry point (build/index.js); package.json and bin/ sit one folder up.
  const packageRoot = path.join(path.dirname(createRequire(import.meta.url).resolve("@sparticuz/chromium")), "..");
  const { version } = JSON.parse(await readFile(path.join(packageRoot, "package.json"), "utf8")) as { version: string };
  const folder = path.resolve(".data", `chromium-${version}`);
  const browser: TestBrowser = {
    source: "bundled",
    executablePath: path.join(folder, "chromium"),
    env: { LD_LIBRARY_PATH: path.join(folder, "al2023", "lib"), FONTCONFIG_FILE: path.join(folder, "fonts.conf") },
  };
  if (existsSync(browser.executablePath)) return browser;

  const staging = `${folder}.unpacking-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  const { default: chromium, inflate } = await import("@sparticuz/chromium");
  const tmpdir = process.env.TMPDIR;
  process.env.TMPDIR = staging; // read by os.tmpdir() at each call
  try {
    await chromium.executablePath();
    await inflate(path.join(packageRoot, "bin", "al2023.tar.br")); // the package unpacks these only on AWS
  } finally {
    if (tmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmpdir;
  }
  // The package's own fonts.conf names AWS folders: the system's fonts, if any, plus the bundled ones.
  const fontsConf = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${path.join(folder, "fonts", "fonts")}</dir>
  <cachedir>${path.join(folder, "fonts-cache")}</cachedir>
</fontconfig>
`;
  await writeFile(path.join(staging, "fonts.conf"), fontsConf);
  try {
    await rename(staging, folder);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    if (!existsSync(browser.executablePath)) throw error; // otherwise another run finished first
  }
  return browser;
}

export async function findTestBrowser(): Promise<TestBrowser> {
  const system = systemChromium();
  return system ? { source: "system", executablePath: system } : bundledChromium();
}
