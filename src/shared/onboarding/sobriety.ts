/**
 * "Sobriety first" as a value and "not sobriety-friendly" contradict each other: a member who
 * answered both was left out for everyone who needs a sobriety-friendly partner, likely the people
 * they most wanted to meet. The values step asks for answers that agree (form and server alike).
 * Profiles stored before this rule stay readable and are scored as saved; the step asks again the
 * next time it is saved.
 */

/** Whether the values chosen and "Are you sobriety-friendly?" agree. */
export function sobrietyAnswersAgree(answers: { values: readonly string[]; sobrietyFriendly: boolean }): boolean {
  return answers.sobrietyFriendly || !answers.values.includes("SOBRIETY_FIRST");
}

/** Shown on "Are you sobriety-friendly?" when they don't. */
export const sobrietyMismatchMessage =
  'You chose "Sobriety first" as a value, which means keeping alcohol and drugs out of your check-ins. Choose "Yes" here, or untick "Sobriety first" above.';

/** The question's hint while "Sobriety first" is ticked, before anything is wrong. */
export const sobrietyFirstHint = 'Because you chose "Sobriety first" as a value, this is a yes (or untick it above).';
