/** How long a logged check-in may be and how much each answer may hold; zod-free, so forms can show them without shipping the schemas. */
export const checkInLimits = {
  durationMinutes: { min: 5, max: 240 },
  answer: 2000,
  win: 1000,
  nextCommitment: 500,
} as const;
