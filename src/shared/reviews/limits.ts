/** The review's ratings and text limits; zod-free, so the form can use them without shipping the schemas. */
export const reviewLimits = { working: 1000, change: 1000 } as const;

export const ratingKeys = ["commitment", "scheduleFit", "values", "communication"] as const;
export type RatingKey = (typeof ratingKeys)[number];
