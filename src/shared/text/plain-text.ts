/**
 * Text members type: any character a keyboard or a paste gives, except control characters, which
 * nobody means to write and which PostgreSQL's text type refuses (NUL). Line breaks and tabs stay.
 */
const controlCharacter = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;

export function hasControlCharacters(text: string): boolean {
  return controlCharacter.test(text);
}

export const controlCharacterMessage = "This text has a hidden character we can't keep (it can come with pasted text). Retype the part you pasted.";

/** The text without control characters, for text written before they were refused. */
export function withoutControlCharacters(text: string): string {
  return text.replace(new RegExp(controlCharacter.source, "gu"), "");
}
