/** Password rules the forms need without loading the strength estimator. */
export const passwordLength = { min: 10, max: 128 } as const;
/** zxcvbn scores 0–4; below 3 is "weak" (guessable within about 10^8 tries). */
export const minimumScore = 3;
