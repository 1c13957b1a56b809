"use client";

import { useEffect, useState } from "react";
import * as Y from "yjs";
import { docFromStored } from "@/shared/agreement/doc";
import { errorData } from "@/components/forms/error-message";
import type { RouterOutputs } from "@/trpc/outputs";
import { fromBase64, toBase64 } from "./base64";
import { liveClient } from "./live-client";

export type AgreementState = RouterOutputs["agreement"]["load"];
export type SyncStatus = { state: "saved" | "syncing" | "offline" } | { state: "refused"; message: string };

/** Marks updates that came from the server, so they are not pushed back. */
export const remoteOrigin = Symbol("remote");
const batchMs = 200;
const retryMs = 2000;

export function docFromState(state: AgreementState): Y.Doc {
  const stored = [...(state.snapshot ? [state.snapshot] : []), ...state.updates.map((u) => u.update)];
  return docFromStored(stored.map(fromBase64), remoteOrigin);
}

/**
 * Keeps `doc` in step with the server: local updates are batched for ~200 ms and pushed (kept and
 * retried while offline), the partner's arrive over the SSE subscription through `applyRemote`,
 * which the editor wraps to keep each caret in place.
 */
export function useAgreementSync(doc: Y.Doc, partnershipId: string, lastId: string, applyRemote: (update: Uint8Array) => void): SyncStatus {
  const [status, setStatus] = useState<SyncStatus>({ state: "saved" });

  useEffect(() => {
    const client = liveClient();
    let pending: Uint8Array[] = [];
    let inFlight = false;
    let offline = false;
    let refused: string | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;

    const report = () => {
      if (refused) setStatus({ state: "refused", message: refused });
      else if (offline) setStatus({ state: "offline" });
      else setStatus({ state: pending.length > 0 || inFlight ? "syncing" : "saved" });
    };
    const schedule = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), ms);
    };
    const flush = async () => {
      if (inFlight || pending.length === 0 || stopped) return;
      const update = Y.mergeUpdates(pending);
      pending = [];
      inFlight = true;
      report();
      let failed = false;
      try {
        await client.agreement.push.mutate({ partnershipId, update: toBase64(update) });
        offline = false;
      } catch (error) {
        failed = true;
        pending.unshift(update);
        // No error data means the call never reached us: keep the edits and retry. A rate limit waits too.
        const code = errorData(error)?.code;
        if (code === undefined) offline = true;
        else if (code !== "TOO_MANY_REQUESTS") refused = (error as Error).message;
      } finally {
        inFlight = false;
      }
      if (!refused && pending.length > 0) schedule(failed ? retryMs : 0);
      report();
    };
    const onUpdate = (update: Uint8Array, origin: unknown) => {
      if (origin === remoteOrigin) return;
      pending.push(update);
      report();
      schedule(batchMs);
    };
    const onOnline = () => schedule(0);
    // Edits not yet saved live only in this page: ask before it closes.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (pending.length > 0 || inFlight) event.preventDefault();
    };

    doc.on("update", onUpdate);
    window.addEventListener("online", onOnline);
    window.addEventListener("beforeunload", onBeforeUnload);
    const subscription = client.agreement.updates.subscribe(
      { partnershipId, lastEventId: lastId },
      {
        onData: ({ data }) => applyRemote(fromBase64(data.update)),
        onConnectionStateChange: (connection) => {
          const lost = connection.state === "connecting" && connection.error !== null;
          if (lost !== offline && !inFlight) {
            offline = lost;
            if (!lost) schedule(0);
            report();
          }
        },
      },
    );
    return () => {
      stopped = true;
      clearTimeout(timer);
      doc.off("update", onUpdate);
      window.removeEventListener("online", onOnline);
      window.removeEventListener("beforeunload", onBeforeUnload);
      subscription.unsubscribe();
    };
  }, [doc, partnershipId, lastId, applyRemote]);

  return status;
}
