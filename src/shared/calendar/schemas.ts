import { z } from "zod";
import { zId } from "@/shared/ids";

/** One partnership's upcoming check-ins, or (no id) every active partnership's. */
export const zUpcomingInput = z.strictObject({ partnershipId: zId("partnership").optional() }).optional();
