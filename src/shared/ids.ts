import { z } from "zod";

/** A record id as Prisma's cuid() makes them; anything else is refused before a query runs. */
export const zId = (what: string) =>
  z
    .string({ error: `Say which ${what} you mean.` })
    .trim()
    .min(1, `Say which ${what} you mean.`)
    .max(40, `That ${what} id is not valid.`)
    .regex(/^[a-z0-9]+$/, `That ${what} id is not valid.`);
