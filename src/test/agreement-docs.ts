/** Agreement documents as a browser holds them, for integration tests of drafts and signing. */
import * as Y from "yjs";
import { createCaller } from "@/server/api/root";
import { canonicalJson } from "@/shared/agreement/canonical";
import { readAgreementDoc } from "@/shared/agreement/doc";
import { testContext } from "./callers";

type Api = ReturnType<typeof createCaller>;
type Loaded = Awaited<ReturnType<Api["agreement"]["load"]>>;

export const apiOf = (member: { id: string }) => createCaller(testContext({ member }));

const bytesOf = (text: string) => new Uint8Array(Buffer.from(text, "base64"));

/** A document built from a loaded state, as an editor starts. */
export function docFrom(state: Loaded): Y.Doc {
  const doc = new Y.Doc();
  if (state.snapshot) Y.applyUpdate(doc, bytesOf(state.snapshot));
  for (const u of state.updates) Y.applyUpdate(doc, bytesOf(u.update));
  return doc;
}

/** An edit made on a copy of `base`, as the update a browser would push. */
export function editOf(base: Y.Doc, edit: (doc: Y.Doc) => void): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(doc);
  edit(doc);
  return Buffer.from(Y.encodeStateAsUpdate(doc, before)).toString("base64");
}

/** What the editor sends when proposing: the canonical JSON of the document as it reads it. */
export function seenOf(doc: Y.Doc): string {
  const read = readAgreementDoc(doc);
  return canonicalJson(read.valid ? read.agreement : read.content);
}

/** The member's current document, loaded fresh. */
export async function currentDoc(member: { id: string }, partnershipId: string): Promise<Y.Doc> {
  return docFrom(await apiOf(member).agreement.load({ partnershipId }));
}

/** Pushes one edit made on the member's freshly loaded document. */
export async function pushEdit(member: { id: string }, partnershipId: string, edit: (doc: Y.Doc) => void) {
  const update = editOf(await currentDoc(member, partnershipId), edit);
  return apiOf(member).agreement.push({ partnershipId, update });
}

/** Proposes the document as it is now stored, as a member whose editor is up to date. */
export async function proposeCurrent(member: { id: string }, partnershipId: string) {
  return apiOf(member).agreement.propose({ partnershipId, seen: seenOf(await currentDoc(member, partnershipId)) });
}
