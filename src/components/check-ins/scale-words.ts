/** Mood and energy from 1 to 5, each with words so the number isn't the only meaning. */
export const moodWords = ["Very low", "Low", "Okay", "Good", "Very good"] as const;
export const energyWords = ["Drained", "Low", "Steady", "Good", "Full of energy"] as const;

export const scaleWord = (words: readonly string[], value: number) => `${value} – ${words[value - 1] ?? ""}`;
