import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { twMerge } from "tailwind-merge";
import { describe, expect, it } from "vitest";
import { buttonLook, type ButtonSize, type ButtonVariant } from "./button-look";
import { alertBoxClasses } from "./alert";
import { cardClasses } from "./card";
import { containerClasses } from "./container";
import { fieldClasses } from "./field";

/*
 * `cn` joins class names without tailwind-merge (8.5 KB that every form page would download), so a
 * class a caller passes to a primitive must never fight one of the primitive's own (`p-4` against
 * `p-5`: which wins would depend on the stylesheet's order, not on the caller). This reads every
 * `className` given to a primitive in app/ and src/ and asks tailwind-merge whether any class
 * would have been dropped.
 */

const variants: ButtonVariant[] = ["primary", "secondary", "quiet", "danger"];
const sizes: ButtonSize[] = ["sm", "md", "lg"];
const buttons = variants.flatMap((variant) => sizes.map((size) => buttonLook(variant, size)));

/** Each primitive's own classes, in every look it can take. */
const primitives: Record<string, string[]> = {
  Button: buttons,
  ButtonLink: buttons,
  buttonClasses: buttons,
  Alert: alertBoxClasses,
  Card: cardClasses.card,
  CardTitle: [cardClasses.title],
  CardDescription: [cardClasses.description],
  CardContent: [cardClasses.content],
  CardFooter: [cardClasses.footer],
  Container: containerClasses,
  Input: [fieldClasses.input],
  Textarea: [fieldClasses.textarea],
  Label: [fieldClasses.label],
  FieldHint: [fieldClasses.hint],
  FieldError: [fieldClasses.error],
  Field: [fieldClasses.field],
};

const root = path.resolve(__dirname, "../../..");
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx$/.test(entry.name) && !/\.test\./.test(entry.name) ? [full] : [];
  });
}

/** From `start` (just after `<Name` or `name(`), the text up to where that tag or call ends. */
function extent(source: string, start: number, closers: string): string {
  let depth = 0;
  let quote: string | null = null;
  for (let i = start; i < source.length; i++) {
    const c = source[i]!;
    if (quote) {
      if (c === quote && source[i - 1] !== "\\") quote = null;
    } else if (c === '"' || c === "'" || c === "`") quote = c;
    else if (c === "{" || c === "(") depth++;
    else if (c === "}" || c === ")") {
      if (depth === 0 && closers.includes(c)) return source.slice(start, i);
      depth--;
    } else if (depth === 0 && closers.includes(c)) return source.slice(start, i);
  }
  return source.slice(start);
}

/** The string literals a `className` (or `className:`) carries: each is one set of classes it may add. */
function classLiterals(text: string): string[] {
  const found: string[] = [];
  const at = /className(?:=|:\s*)/g;
  for (let match = at.exec(text); match; match = at.exec(text)) {
    const rest = text.slice(match.index + match[0].length);
    const value = rest.startsWith('"') ? rest.slice(0, rest.indexOf('"', 1) + 1) : rest.startsWith("{") ? extent(rest, 1, "}") : extent(rest, 0, ",}");
    for (const literal of value.matchAll(/"([^"]*)"|'([^']*)'|`([^`$]*)`/g)) found.push(literal[1] ?? literal[2] ?? literal[3] ?? "");
  }
  return found.filter((classes) => classes.trim() !== "");
}

type Use = { file: string; primitive: string; classes: string; looks: string[] };

/** The looks a use can take: a button's literal `variant`/`size`, a card's `tone`, else every look. */
function looksOf(primitive: string, attributes: string): string[] {
  const literal = (name: string) => new RegExp(`\\b${name}(?:=|:\\s*)"([a-z]+)"`).exec(attributes)?.[1];
  if (primitive === "Button" || primitive === "ButtonLink" || primitive === "buttonClasses") {
    const variant = literal("variant") as ButtonVariant | undefined;
    const size = literal("size") as ButtonSize | undefined;
    const dynamic = (name: string) => new RegExp(`\\b${name}(?:=\\{|:\\s*[^"\\s])`).test(attributes);
    return (variant || dynamic("variant") ? (variant ? [variant] : variants) : ["primary" as const]).flatMap((v) =>
      (size || dynamic("size") ? (size ? [size] : sizes) : ["md" as const]).map((z) => buttonLook(v, z)),
    );
  }
  if (primitive === "Card") {
    if (/\btone=\{/.test(attributes)) return cardClasses.card;
    return [cardClasses.card[literal("tone") === "soft" ? 1 : 0]!];
  }
  return primitives[primitive]!;
}
function uses(): Use[] {
  const all: Use[] = [];
  for (const file of [...sourceFiles(path.join(root, "app")), ...sourceFiles(path.join(root, "src"))]) {
    const source = readFileSync(file, "utf8");
    for (const primitive of Object.keys(primitives)) {
      const opener = primitive === "buttonClasses" ? /\bbuttonClasses\(/g : new RegExp(`<${primitive}\\b`, "g");
      for (let match = opener.exec(source); match; match = opener.exec(source)) {
        // Only the tag's own attributes: stop at a nested element.
        const attributes = extent(source, match.index + match[0].length, primitive === "buttonClasses" ? ")" : ">").split(/<[A-Za-z]/)[0]!;
        for (const classes of classLiterals(attributes)) all.push({ file: path.relative(root, file), primitive, classes, looks: looksOf(primitive, attributes) });
      }
    }
  }
  return all;
}

const tokens = (classes: string) => new Set(classes.split(/\s+/).filter(Boolean));

describe("classes passed to the ui primitives", () => {
  const found = uses();

  it("are found (the scan works)", () => {
    expect(found.length).toBeGreaterThan(50);
    expect(found.some((use) => use.primitive === "Button")).toBe(true);
  });

  it("never fight a primitive's own classes, so joining them without tailwind-merge is safe", () => {
    const conflicts: string[] = [];
    for (const use of found) {
      for (const base of use.looks) {
        const kept = tokens(twMerge(`${base} ${use.classes}`));
        const lost = [...tokens(base), ...tokens(use.classes)].filter((token) => !kept.has(token));
        if (lost.length) conflicts.push(`${use.file}: <${use.primitive} className="${use.classes}"> fights "${lost.join(" ")}"`);
      }
    }
    expect([...new Set(conflicts)]).toEqual([]);
  });

  it("would catch a fight (a padding passed to a button)", () => {
    const kept = tokens(twMerge(`${buttonLook("primary", "md")} px-3`));
    expect(kept.has("px-5")).toBe(false);
  });
});
