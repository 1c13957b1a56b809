"use client";

import { useEffect, useState } from "react";
import { applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates, type Awareness } from "y-protocols/awareness";
import { othersEditing } from "@/shared/agreement/presence";
import type { PartnerSlot, SectionId } from "@/shared/agreement/sections";
import { fromBase64, toBase64 } from "./base64";
import { liveClient } from "./live-client";
import { remoteOrigin } from "./use-agreement-sync";

type Change = { added: number[]; updated: number[]; removed: number[] };
const shareAfterMs = 100;

/**
 * Shares this browser's awareness (the section it is editing) and shows the partner's: over their
 * own mutation and subscription, never stored. Returns the sections the partner is editing now.
 */
export function usePartnerPresence(awareness: Awareness, partnershipId: string, ownSlot: PartnerSlot): SectionId[] {
  const [editing, setEditing] = useState<SectionId[]>([]);

  useEffect(() => {
    const client = liveClient();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const share = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const state = toBase64(encodeAwarenessUpdate(awareness, [awareness.clientID]));
        // Presence is best effort: a lost one is renewed within 15 s by the awareness itself.
        client.agreement.sharePresence.mutate({ partnershipId, state }).catch(() => {});
      }, shareAfterMs);
    };
    const onUpdate = ({ added, updated, removed }: Change, origin: unknown) => {
      if (origin !== remoteOrigin) {
        if ([...added, ...updated, ...removed].includes(awareness.clientID)) share();
      } else if (added.length > 0) share(); // someone new: tell them where we are
    };
    const onChange = () => setEditing(othersEditing(awareness).flatMap((o) => (o.slot === ownSlot ? [] : [o.section])));
    awareness.on("update", onUpdate);
    awareness.on("change", onChange);
    const subscription = client.agreement.presence.subscribe(
      { partnershipId },
      { onData: ({ state }) => applyAwarenessUpdate(awareness, fromBase64(state), remoteOrigin), onStarted: share },
    );
    return () => {
      clearTimeout(timer);
      awareness.off("update", onUpdate);
      awareness.off("change", onChange);
      subscription.unsubscribe();
      removeAwarenessStates(awareness, [awareness.clientID], "closed");
      client.agreement.sharePresence.mutate({ partnershipId, state: toBase64(encodeAwarenessUpdate(awareness, [awareness.clientID])) }).catch(() => {});
    };
  }, [awareness, partnershipId, ownSlot]);

  return editing;
}
