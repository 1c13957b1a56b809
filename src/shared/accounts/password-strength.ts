/**
 * Password strength with zxcvbn-ts and its common-password and English dictionaries. Pure and
 * shared: the sign-up form's live meter and the server's validation use the same verdict.
 */
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";
import { minimumScore, passwordLength } from "./password-rules";

let estimator: ZxcvbnFactory | undefined;

function getEstimator(): ZxcvbnFactory {
  return (estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  }));
}


export type PasswordStrength = { score: 0 | 1 | 2 | 3 | 4; acceptable: boolean; feedback: string | null };

export function passwordStrength(password: string, userInputs: string[] = []): PasswordStrength {
  // zxcvbn's cost grows with length; past the limit the length check rejects it anyway.
  const result = getEstimator().check(password.slice(0, passwordLength.max), userInputs.filter(Boolean));
  const lengthOk = password.length >= passwordLength.min && password.length <= passwordLength.max;
  return {
    score: result.score,
    acceptable: lengthOk && result.score >= minimumScore,
    feedback: result.feedback.warning || result.feedback.suggestions[0] || null,
  };
}
