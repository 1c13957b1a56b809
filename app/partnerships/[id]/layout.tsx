// Pages here call the API from the browser: they get the tRPC and query client provider (the root layout has none).
export { TRPCReactProvider as default } from "@/trpc/client";
