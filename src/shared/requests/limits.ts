/** Request limits the forms show, kept apart from the schemas so that browsers never load zod. */
export const noteMaxLength = 500;
