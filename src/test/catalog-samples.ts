import { z } from "zod";

/** Sample stored data for a catalog schema: an id-like string, a number or the first option, per field (a nullable one filled in). */
export function sampleData(schema: z.ZodType): Record<string, unknown> {
  if (!(schema instanceof z.ZodObject)) throw new Error("Catalog data is expected to be an object schema");
  const shape = schema.shape as Record<string, z.ZodType>;
  return Object.fromEntries(
    Object.entries(shape).map(([key, shaped], index) => {
      const field = shaped instanceof z.ZodNullable ? (shaped.unwrap() as z.ZodType) : shaped;
      if (field instanceof z.ZodNumber) return [key, 1];
      if (field instanceof z.ZodBoolean) return [key, true];
      if (field instanceof z.ZodEnum) return [key, field.options[0]];
      return [key, `sample${index}${key.toLowerCase()}`];
    }),
  );
}
