/** Who Tandem is for, in the words the landing page and /about both use: "for people who …". */
export const audiences = [
  "feel lonely or cut off from people",
  "are in recovery from addiction",
  "are healing after an emotionally manipulative relationship",
  "live with social anxiety",
  "are going through a big change: retirement, divorce, bereavement, moving or caregiving",
  "want to build friendships or reconnect with family",
];
