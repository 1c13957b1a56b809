/**
 * Does a member's own text sound like they might be in danger? A short, careful list of phrases
 * people use about suicide and self-harm, matched on whole words after folding case, accents and
 * apostrophes. It only decides whether to show the member the crisis lines beside their own
 * writing: nobody else is told, nothing is stored, and a miss or a false alarm costs little, so
 * it leans towards showing the lines.
 *
 * Pure: no I/O. Runs in the browser before saving, so the lines show at once.
 */

/** Phrases as typed, lower case, straight apostrophes; matched as whole words. */
export const crisisPhrases = [
  "kill myself",
  "killing myself",
  "end my life",
  "ending my life",
  "take my own life",
  "taking my own life",
  "suicide",
  "suicidal",
  "want to die",
  "wanna die",
  "wish i was dead",
  "wish i were dead",
  "better off dead",
  "better off without me",
  "no reason to live",
  "nothing to live for",
  "don't want to be here anymore",
  "don't want to be alive",
  "don't want to live",
  "hurt myself",
  "hurting myself",
  "harm myself",
  "harming myself",
  "self harm",
  "self-harm",
  "cut myself",
  "cutting myself",
  "overdose",
  "end it all",
] as const;

/** Lower case, accents dropped, curly apostrophes straightened, runs of space made one. */
function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/\s+/g, " ");
}

const escape = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");

/** Whole words only: "suicidea" and "overdosed" — no; "overdose," — yes. "self harm" also matches "self-harm". */
const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${crisisPhrases.map(escape).join("|")})(?![\\p{L}\\p{N}])`, "u");

export function soundsLikeCrisis(text: string): boolean {
  return pattern.test(fold(text));
}

/** True when any of the texts does. */
export function anySoundsLikeCrisis(texts: readonly string[]): boolean {
  return texts.some(soundsLikeCrisis);
}
