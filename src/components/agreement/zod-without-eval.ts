import { config } from "zod/v4/core";

// The Content-Security-Policy forbids eval: zod's compiled fast path would only probe for it and
// report a violation. zod decides when each object schema is built, so the editor's chunk imports
// this before any module that defines one (as src/trpc/client.tsx does for pages with its provider).
config({ jitless: true });
