/**
 * Named shapes of what procedures return, for components that render them. They come from the
 * router itself (`inferRouterOutputs`), so a component follows the API contract, not a service.
 */
import type { RouterOutputs } from "@/server/api/root";

export type { RouterInputs, RouterOutputs } from "@/server/api/root";

export type Suggestion = Extract<RouterOutputs["matching"]["suggestions"], { status: "OK" }>["suggestions"][number];
export type PartnershipDetails = RouterOutputs["partnerships"]["get"];
export type TimelineEvent = PartnershipDetails["timeline"][number];
export type NotificationItem = RouterOutputs["notifications"]["list"]["items"][number];
export type IncomingRequest = RouterOutputs["requests"]["list"]["incoming"][number];
export type OutgoingRequest = RouterOutputs["requests"]["list"]["outgoing"][number];
export type PastIncomingRequest = RouterOutputs["requests"]["list"]["pastIncoming"][number];
