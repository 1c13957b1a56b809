/** Block inputs, shared by the buttons and the procedures. */
import { z } from "zod";
import { zId } from "@/shared/ids";

export const zBlockInput = z.object({ memberId: zId("member") });
export type BlockInput = z.input<typeof zBlockInput>;
