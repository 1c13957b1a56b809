/** The most calls one batched tRPC request may carry: a page asks for a handful; hundreds is abuse. The client splits larger batches. */
export const maxBatchSize = 20;
