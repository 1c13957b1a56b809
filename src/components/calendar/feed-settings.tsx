"use client";

import { CalendarPlus, Copy } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { useAction } from "@/components/forms/use-action";
import { ActionError } from "@/components/requests/action-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/field";
import { revokeFeed, rotateFeed } from "./actions";

type Confirming = "rotate" | "off" | null;

/**
 * Makes, replaces or turns off the member's private calendar link. The link is shown once, right
 * after it's made: we keep only a fingerprint of it, so we can't show it again later.
 */
export function FeedSettings({ active: initiallyActive, since }: { active: boolean; since: string | null }) {
  const router = useRouter();
  const id = useId();
  const [url, setUrl] = useState<string | null>(null);
  const [active, setActive] = useState(initiallyActive);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  const linkRef = useRef<HTMLInputElement>(null);

  const rotate = useAction(rotateFeed);
  const turnOff = useAction(revokeFeed);
  const makeLink = () =>
    rotate.mutate(undefined, {
      onSuccess: (result) => {
        setUrl(result.url);
        setActive(true);
        setConfirming(null);
        setCopied(null);
        router.refresh();
      },
    });
  const revoke = () =>
    turnOff.mutate(undefined, {
      onSuccess: () => {
        setUrl(null);
        setActive(false);
        setConfirming(null);
        router.refresh();
      },
    });
  // Focus each new link so a screen reader reads it and it can be copied at once.
  useEffect(() => {
    if (url) linkRef.current?.focus();
  }, [url]);
  const pending = rotate.isPending || turnOff.isPending;

  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopied("yes");
    } catch {
      linkRef.current?.select();
      setCopied("no");
    }
  };

  return (
    <div className="space-y-5">
      {url ? (
        <div className="space-y-3 rounded-xl bg-surface-2 p-4">
          <Label htmlFor={`${id}-link`}>Your calendar link</Label>
          <Input ref={linkRef} id={`${id}-link`} readOnly value={url} onFocus={(event) => event.currentTarget.select()} aria-describedby={`${id}-once`} className="font-mono text-sm!" />
          <p id={`${id}-once`} className="text-sm text-muted">
            We show it only this once. If you lose it, make a new one here.
          </p>
          <div className="flex flex-wrap gap-3">
            <Button variant="primary" onClick={copy}>
              <Copy aria-hidden="true" />
              Copy the link
            </Button>
            <a href={url.replace(/^https?:/, "webcal:")} className="inline-flex min-h-11 items-center gap-2 font-medium text-primary-text underline underline-offset-4">
              <CalendarPlus aria-hidden="true" className="size-5" />
              Open in my calendar app
            </a>
          </div>
          <p role="status" className="text-sm">
            {copied === "yes" ? "Copied. Paste it where your calendar app asks for a calendar from a link." : copied === "no" ? "We couldn't copy it for you: it's selected above, so you can copy it yourself." : ""}
          </p>
        </div>
      ) : null}

      {active && !url ? <p>Your calendar link is on{since ? `, made ${since}` : ""}. For your privacy we can&apos;t show it again.</p> : null}

      {rotate.isError ? <ActionError error={rotate.error} /> : null}
      {turnOff.isError ? <ActionError error={turnOff.error} /> : null}

      {confirming ? (
        <Alert tone="attention" role="note">
          <p>
            {confirming === "rotate"
              ? "Your current link will stop working straight away, in every calendar that uses it. Make a new one?"
              : "Your link will stop working straight away, and your check-ins will leave the calendars that use it. Turn it off?"}
          </p>
          <div className="mt-3 flex flex-wrap gap-3">
            {/* The question replaces the button that asked it, so focus moves to the answer. */}
            <Button autoFocus variant={confirming === "off" ? "danger" : "primary"} disabled={pending} onClick={confirming === "rotate" ? makeLink : revoke}>
              {pending ? "One moment…" : confirming === "rotate" ? "Yes, make a new link" : "Yes, turn it off"}
            </Button>
            <Button variant="quiet" disabled={pending} onClick={() => setConfirming(null)}>
              Keep my link
            </Button>
          </div>
        </Alert>
      ) : active ? (
        <div className="flex flex-wrap gap-3">
          <Button variant="secondary" disabled={pending} onClick={() => setConfirming("rotate")}>
            Make a new link
          </Button>
          <Button variant="danger" disabled={pending} onClick={() => setConfirming("off")}>
            Turn off
          </Button>
        </div>
      ) : (
        <Button variant="primary" disabled={pending} onClick={makeLink}>
          <CalendarPlus aria-hidden="true" />
          {rotate.isPending ? "Making your link…" : "Make my calendar link"}
        </Button>
      )}
    </div>
  );
}
