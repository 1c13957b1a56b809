/** How long an ending's reason, closing message and reflection may be; zod-free, so forms can use them without shipping the schemas. */
export const maxReasonLength = 1000;
export const maxClosingLength = 1000;
export const maxReflectionLength = 2000;
