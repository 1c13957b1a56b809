/**
 * Shares equal values among the answers the candidate index holds: 100,000 members repeat a few
 * dozen zones, options and lists, and JSON gives each row its own copies (about 300 bytes a member).
 * Shared lists and beliefs are frozen, so a scorer that changed one in place would throw, not
 * change every member who shares it. One interner per load, so a reload lets the old values go.
 */
import type { AnswerProfile } from "../scorer/scorer";

export class AnswerInterner {
  private readonly strings = new Map<string, string>();
  private readonly lists = new Map<string, readonly string[]>();
  private readonly beliefs = new Map<string, AnswerProfile["beliefs"]>();

  answers(memberId: string, a: AnswerProfile): AnswerProfile {
    return {
      ...a,
      memberId,
      timezone: this.string(a.timezone),
      languages: this.list(a.languages),
      focusAreas: this.list(a.focusAreas),
      checkInFrequency: this.string(a.checkInFrequency),
      intendedLength: this.string(a.intendedLength),
      channels: this.list(a.channels),
      values: this.list(a.values),
      beliefs: this.shared(this.beliefs, JSON.stringify(a.beliefs), a.beliefs),
      missedCheckInResponse: this.string(a.missedCheckInResponse),
      replyTime: this.string(a.replyTime),
      relationshipStyle: this.string(a.relationshipStyle),
    };
  }

  private string<T extends string>(value: T): T {
    return this.shared(this.strings, value, value) as T;
  }

  private list<T extends string>(values: T[]): T[] {
    // Frozen and shared: typed as the scorer's (mutable) lists, which it only reads.
    return this.shared(this.lists, values.join("\u001f"), values.map((v) => this.string(v))) as T[];
  }

  private shared<T>(map: Map<string, T>, key: string, value: T): T {
    const held = map.get(key);
    if (held !== undefined) return held;
    map.set(key, typeof value === "object" && value !== null ? Object.freeze(value) : value);
    return value;
  }
}
