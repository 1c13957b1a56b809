import { z } from "zod";
import { zId } from "@/shared/ids";

/** Mark the listed notifications read, or every one when `ids` is left out. */
export const zMarkReadInput = z.object({ ids: z.array(zId("notification")).min(1).max(100, "Mark at most 100 at a time.").optional() });
