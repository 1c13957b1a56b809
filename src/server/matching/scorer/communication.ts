/** Communication fit in one direction: how well the other's style meets `self`'s wishes. */
import type { AnswerProfile, ReplyTime } from "./types";
import { communicationWeights as w } from "./weights";

export const replyOrder: readonly ReplyTime[] = ["SAME_DAY", "WITHIN_24H", "WITHIN_48H"];

export function communicationFit(self: AnswerProfile, other: AnswerProfile): number {
  const feedback = 1 - Math.abs(self.feedbackStyle - other.feedbackStyle) / 4;
  const missed = w.missedFit[self.missedCheckInResponse][other.missedCheckInResponse];
  const disclosure = 1 - Math.abs(self.disclosurePace - other.disclosurePace) / 4;
  const slower = Math.max(0, replyOrder.indexOf(other.replyTime) - replyOrder.indexOf(self.replyTime));
  const reply = Math.max(0, 1 - w.replyShortfallStep * slower);
  const relationship = w.relationshipFit[self.relationshipStyle][other.relationshipStyle];
  const channels = self.channels.some((channel) => other.channels.includes(channel)) ? 1 : w.noSharedChannelFit;
  return (
    w.feedback * feedback + w.missedCheckIn * missed + w.disclosure * disclosure + w.replyTime * reply + w.relationship * relationship + w.channels * channels
  );
}
