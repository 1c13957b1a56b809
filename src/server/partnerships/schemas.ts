import { z } from "zod";
import { zId } from "@/shared/ids";

export const zPartnershipIdInput = z.object({ partnershipId: zId("partnership") });

export const maxCapacity = 3;

export const zCapacityInput = z.object({
  capacity: z
    .number({ error: "Choose 1, 2 or 3." })
    .int("Choose 1, 2 or 3.")
    .min(1, "Choose 1, 2 or 3.")
    .max(maxCapacity, "Choose 1, 2 or 3."),
});
