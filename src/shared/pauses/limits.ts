/** How long a pause's reason and message may be; zod-free, so the form can use it without shipping the schemas. */
export const pauseTextMax = 500;
