import { describe, expect, it } from "vitest";
import { anySoundsLikeCrisis, soundsLikeCrisis } from "./detect";

describe("soundsLikeCrisis", () => {
  it.each([
    "Honestly some days I want to die.",
    "I've been thinking about suicide again",
    "I keep thinking everyone would be BETTER OFF WITHOUT ME",
    "I don’t want to be here anymore", // a curly apostrophe, as phones type it
    "I hurt myself last night",
    "thought about self harm",
    "thought about self-harm",
    "I want to kill\nmyself", // a line break inside the phrase
    "Suicidal thoughts came back",
    "I might take an overdose.",
  ])("notices %j", (text) => {
    expect(soundsLikeCrisis(text)).toBe(true);
  });

  it.each([
    "Walked 5k, felt great",
    "I could kill for a coffee",
    "My boss will kill me if I'm late",
    "Cut my hair myself",
  ])("lets ordinary text and everyday figures of speech pass: %j", (text) => {
    expect(soundsLikeCrisis(text)).toBe(false);
  });

  it("matches whole words only", () => {
    expect(soundsLikeCrisis("suicidea")).toBe(false);
    expect(soundsLikeCrisis("overdosed on chocolate")).toBe(false);
    expect(soundsLikeCrisis("selfharm")).toBe(false);
  });

  it("leans towards showing the lines for ambiguous wording", () => {
    expect(soundsLikeCrisis("This cold makes me want to die, haha")).toBe(true);
  });

  it("is empty-safe and checks a list", () => {
    expect(soundsLikeCrisis("")).toBe(false);
    expect(anySoundsLikeCrisis(["Good week", "", "I feel suicidal"])).toBe(true);
    expect(anySoundsLikeCrisis(["Good week", "Tired"])).toBe(false);
    expect(anySoundsLikeCrisis([])).toBe(false);
  });
});
