/**
 * A member's stored answers as each of the two partners may see them. The member sees everything
 * they wrote. The partner sees only what was shared: a private part is left out entirely, as is an
 * empty answer, so the partner can't tell a private answer from a skipped one. (Mood and energy
 * are always given, so leaving them out does say they were kept private; that is all it says.)
 */
import { z } from "zod";

export const zStoredAnswers = z.array(z.object({ question: z.string(), text: z.string(), private: z.boolean() }));
export type StoredAnswer = z.infer<typeof zStoredAnswers>[number];

export type AnswerRow = {
  answers: unknown;
  mood: number;
  energy: number;
  moodPrivate: boolean;
  win: string;
  winPrivate: boolean;
  nextCommitment: string;
  nextCommitmentPrivate: boolean;
  commitmentsDone: number[];
  updatedAt: Date;
};

/** The columns of `check_in_answer` the two views read (plus whose it is). */
export const answerRowSelect = {
  memberId: true,
  answers: true,
  mood: true,
  energy: true,
  moodPrivate: true,
  win: true,
  winPrivate: true,
  nextCommitment: true,
  nextCommitmentPrivate: true,
  commitmentsDone: true,
  updatedAt: true,
} as const;

function storedAnswers(value: unknown): StoredAnswer[] {
  const parsed = zStoredAnswers.safeParse(value);
  return parsed.success ? parsed.data : [];
}

export function ownView(row: AnswerRow) {
  return {
    answers: storedAnswers(row.answers),
    mood: row.mood,
    energy: row.energy,
    moodPrivate: row.moodPrivate,
    win: row.win,
    winPrivate: row.winPrivate,
    nextCommitment: row.nextCommitment,
    nextCommitmentPrivate: row.nextCommitmentPrivate,
    commitmentsDone: row.commitmentsDone,
    updatedAt: row.updatedAt,
  };
}

/** Only what the partner shared; `commitments` are the partner's own, to name the ones they did. */
export function sharedView(row: AnswerRow, commitments: readonly string[]) {
  return {
    answers: storedAnswers(row.answers)
      .filter((answer) => !answer.private && answer.text.trim() !== "")
      .map((answer) => ({ question: answer.question, text: answer.text })),
    feelings: row.moodPrivate ? null : { mood: row.mood, energy: row.energy },
    win: row.winPrivate || row.win.trim() === "" ? null : row.win,
    nextCommitment: row.nextCommitmentPrivate || row.nextCommitment.trim() === "" ? null : row.nextCommitment,
    commitmentsDone: row.commitmentsDone.flatMap((index) => (commitments[index] === undefined ? [] : [commitments[index]])),
    updatedAt: row.updatedAt,
  };
}

export type OwnAnswers = ReturnType<typeof ownView>;
export type SharedAnswers = ReturnType<typeof sharedView>;
