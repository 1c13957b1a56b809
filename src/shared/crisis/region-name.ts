/** "Japan" for "JP", in English; the code itself if the runtime has no name for it. */
export function regionName(code: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}
