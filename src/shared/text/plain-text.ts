import { z } from "zod";

/**
 * Text members type: any character a keyboard or a paste gives, except control characters, which
 * nobody means to write and which PostgreSQL's text type refuses (NUL). Line breaks and tabs stay.
 */
const controlCharacter = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;

/**
 * Half of a surrogate pair without its other half: no character at all, and PostgreSQL refuses it
 * in JSON. With the `u` flag a whole pair is one code point, so only a lone half matches.
 */
const loneSurrogate = /[\uD800-\uDFFF]/u;

export function hasControlCharacters(text: string): boolean {
  return controlCharacter.test(text);
}

/** True when the text holds only characters we can store and show: no control characters, no lone surrogates. */
export function isPlainText(text: string): boolean {
  return !controlCharacter.test(text) && !loneSurrogate.test(text);
}

export const controlCharacterMessage = "This text has a hidden character we can't keep (it can come with pasted text). Retype the part you pasted.";

/** The one rule for every field a member types: a string of plain text. Chain length limits after it. */
export const zPlainText = () => z.string().refine(isPlainText, controlCharacterMessage);

/** The text without control characters, for text written before they were refused. */
export function withoutControlCharacters(text: string): string {
  return text.replace(new RegExp(controlCharacter.source, "gu"), "");
}

/**
 * The text with nothing PostgreSQL refuses or nobody can see: control characters and lone
 * surrogates removed. For text that reaches us unchecked, such as a section of the shared
 * document, which any client may have written.
 */
export function asPlainText(text: string): string {
  return text.replace(new RegExp(`${controlCharacter.source}|${loneSurrogate.source}`, "gu"), "");
}
