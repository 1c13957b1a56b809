/**
 * "Talk about this": differences a pair can negotiate, written to A about B, most important
 * first. They describe both wishes and suggest agreeing; they never say who is wrong.
 */
import { canSustain, commitmentGap, frequencySteps } from "./commitment";
import { replyOrder } from "./communication";
import type { AnswerProfile, RelationshipStyle } from "./types";
import { channelWords, frequencyAdverb, hoursText, missedWords, orJoin, replyWords } from "@/shared/matching/score-words";
import { commitmentWeights, communicationWeights, talkWeights as w } from "./weights";

type Item = { importance: number; text: string };

const ownWish: Record<Exclude<RelationshipStyle, "EITHER">, string> = {
  PEER: "You'd like two peers supporting each other",
  MENTOR_ME: "You're hoping for some guidance",
  MENTOR_OTHERS: "You'd like to guide someone",
};
const theirWish: Record<Exclude<RelationshipStyle, "EITHER">, string> = {
  PEER: "would like two peers supporting each other",
  MENTOR_ME: "is hoping for some guidance",
  MENTOR_OTHERS: "would like to guide someone",
};

function relationshipText(a: RelationshipStyle, b: RelationshipStyle, name: string): string | null {
  if (a === "EITHER" || b === "EITHER") return null;
  if (a === b && a === "MENTOR_ME") return `You and ${name} are both hoping for someone a little further along — talk about how you'll support each other as peers.`;
  if (a === b && a === "MENTOR_OTHERS") return `You and ${name} would both like to guide someone — talk about how you'll support each other as peers.`;
  return `${ownWish[a]} and ${name} ${theirWish[b]} — talk about what you each want from this.`;
}

function rhythmText(a: AnswerProfile, b: AnswerProfile, name: string): string | null {
  const keep = "agree a rhythm you can both keep.";
  if (a.checkInFrequency !== b.checkInFrequency) return `You'd like to check in ${frequencyAdverb[a.checkInFrequency]} and ${name} ${frequencyAdverb[b.checkInFrequency]} — ${keep}`;
  if (!canSustain(a, b)) return `You'd like to check in ${frequencyAdverb[a.checkInFrequency]} and ${name} has about ${hoursText(b.hoursPerWeek)} a week — ${keep}`;
  if (!canSustain(b, a)) return `${name} would like to check in ${frequencyAdverb[b.checkInFrequency]} and you have about ${hoursText(a.hoursPerWeek)} a week — ${keep}`;
  return null;
}

/** "You're …" / "Sam is …" for each point of the 1–5 seriousness scale ("Curious, exploring" … "Fully committed"). */
const seriousnessWords = ["", "curious and exploring", "still exploring", "somewhat committed", "quite committed", "fully committed"] as const;

/**
 * A gap in what each wants to put in, both sides said plainly; hours are left out when the
 * rhythm item already names them.
 */
function commitmentText(a: AnswerProfile, b: AnswerProfile, name: string, withHours: boolean): string | null {
  const gap = commitmentGap(a, b);
  const hours = withHours && gap.hours > 0;
  const agree = "talk about what you each hope to put in.";
  const own = seriousnessWords[a.seriousness];
  const theirs = seriousnessWords[b.seriousness];
  if (gap.seriousness > 0 && own && theirs) {
    return hours
      ? `You're ${own} with about ${hoursText(a.hoursPerWeek)} a week, and ${name} is ${theirs} with about ${hoursText(b.hoursPerWeek)} — ${agree}`
      : `You're ${own} and ${name} is ${theirs} — ${agree}`;
  }
  return hours ? `You have about ${hoursText(a.hoursPerWeek)} a week for this and ${name} about ${hoursText(b.hoursPerWeek)} — ${agree}` : null;
}

function feedbackText(a: number, b: number, name: string): string {
  const agree = "agree how you'll give it to each other.";
  if (a <= 2 && b >= 4) return `You like direct feedback and ${name} prefers it gentle — ${agree}`;
  if (a >= 4 && b <= 2) return `You like feedback given gently and ${name} prefers it direct — ${agree}`;
  return a < b ? `You like feedback a little more direct than ${name} does — ${agree}` : `${name} likes feedback a little more direct than you do — ${agree}`;
}

export function talkAbout(a: AnswerProfile, b: AnswerProfile): string[] {
  const name = b.displayName;
  const items: Item[] = [];
  const add = (kind: keyof typeof w.importance, magnitude: number, text: string | null) => {
    if (text && magnitude > 0) items.push({ importance: w.importance[kind] * magnitude, text });
  };

  if (!a.languages.some((language) => b.languages.includes(language))) {
    add("language", 1, `You and ${name} haven't listed a language in common — check there's one you're both comfortable in.`);
  }
  const steps = frequencySteps(a.checkInFrequency, b.checkInFrequency);
  const sustainable = canSustain(a, b) && canSustain(b, a);
  add("frequency", steps > 0 ? (steps + 1) / 4 : sustainable ? 0 : 0.5, rhythmText(a, b, name));

  // A large gap always counts fully, so only a missing language can push it off the list.
  const gap = commitmentGap(a, b).total;
  add("commitment", gap >= commitmentWeights.largeGap ? 1 : gap, commitmentText(a, b, name, steps > 0 || sustainable));

  const { relationshipFit } = communicationWeights;
  const relationship = Math.min(relationshipFit[a.relationshipStyle][b.relationshipStyle], relationshipFit[b.relationshipStyle][a.relationshipStyle]);
  if (relationship <= 0.5) add("relationship", 1 - relationship, relationshipText(a.relationshipStyle, b.relationshipStyle, name));

  const feedbackGap = Math.abs(a.feedbackStyle - b.feedbackStyle);
  if (feedbackGap >= w.scaleGap) add("feedback", feedbackGap / 4, feedbackText(a.feedbackStyle, b.feedbackStyle, name));

  if (a.missedCheckInResponse !== b.missedCheckInResponse) {
    add(
      "missedCheckIn",
      1 - communicationWeights.missedFit[a.missedCheckInResponse][b.missedCheckInResponse],
      `If a check-in doesn't happen, you'd like ${missedWords[a.missedCheckInResponse]} and ${name} would like ${missedWords[b.missedCheckInResponse]} — agree what you'll each do.`,
    );
  }

  const [faster, slower] = [a.replyTime, b.replyTime].sort((x, y) => replyOrder.indexOf(x) - replyOrder.indexOf(y)) as [typeof a.replyTime, typeof a.replyTime];
  const replyGap = replyOrder.indexOf(slower) - replyOrder.indexOf(faster);
  add("replyTime", replyGap / 2, `One of you expects replies ${replyWords[faster]} and the other ${replyWords[slower]} — agree what works for you both.`);

  const paceGap = Math.abs(a.disclosurePace - b.disclosurePace);
  if (paceGap >= w.scaleGap) {
    const slowerOne = a.disclosurePace < b.disclosurePace ? `You tend to open up more slowly than ${name}` : `${name} tends to open up more slowly than you`;
    add("disclosure", paceGap / 4, `${slowerOne} — go at a pace that feels right for you both.`);
  }

  if (a.channels.length > 0 && b.channels.length > 0 && !a.channels.some((channel) => b.channels.includes(channel))) {
    const ways = (p: AnswerProfile) => orJoin(p.channels.map((channel) => channelWords[channel]));
    add("channels", 1, `You'd like to check in ${ways(a)} and ${name} ${ways(b)} — agree how you'll meet.`);
  }

  return items
    .sort((x, y) => y.importance - x.importance)
    .slice(0, w.max)
    .map((item) => item.text);
}
