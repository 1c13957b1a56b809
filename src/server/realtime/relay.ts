import "server-only";
import { EventEmitter } from "node:events";
import pg from "pg";
import { log } from "@/server/log";

/** A notification's payload, or null when the connection was lost and listeners must check what they missed. */
export type Heard = string | null;

const retryMs = 1000;

/**
 * One dedicated PostgreSQL connection per process that LISTENs and re-emits each NOTIFY to this
 * process's subscribers. NOTIFY reaches every instance's relay, so instances behind a load balancer
 * hear the same updates; the payloads carry ids only and subscribers read the rows themselves.
 */
export class NotificationRelay {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly connectionString: string,
    private readonly channels: readonly string[],
  ) {}

  /** Resolves once LISTEN is in place, so nothing committed afterwards is missed. */
  ready(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => (this.connecting = null));
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on("notification", (n) => this.emitter.emit(n.channel, n.payload ?? ""));
    client.on("error", (err) => {
      log.warn({ err }, "Real-time connection lost; reconnecting");
      this.drop(client);
    });
    client.on("end", () => this.drop(client));
    await client.connect();
    for (const channel of this.channels) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    this.client = client;
  }

  private drop(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = null;
    client.removeAllListeners("notification");
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    const retry = () => void this.ready().then(
      () => this.channels.forEach((c) => this.emitter.emit(c, null)),
      () => setTimeout(retry, retryMs),
    );
    setTimeout(retry, retryMs);
  }

  /** Calls `listener` for each notification on `channel` (null after a reconnect); returns the unsubscribe. */
  subscribe(channel: string, listener: (heard: Heard) => void): () => void {
    this.emitter.on(channel, listener);
    return () => this.emitter.off(channel, listener);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const client = this.client;
    this.client = null;
    await client?.end();
  }
}

/** A wake-up flag an async generator can wait on: set by notifications, cleared by each wait. */
export function wakeUps(signal: AbortSignal | undefined) {
  let pending = true;
  let resolve: (() => void) | null = null;
  signal?.addEventListener("abort", () => resolve?.(), { once: true });
  return {
    notify(): void {
      pending = true;
      resolve?.();
    },
    /** Waits for the next notification (the first call returns at once); false once aborted. */
    async next(): Promise<boolean> {
      if (!pending && !signal?.aborted) await new Promise<void>((r) => (resolve = r));
      resolve = null;
      pending = false;
      return !signal?.aborted;
    },
  };
}
