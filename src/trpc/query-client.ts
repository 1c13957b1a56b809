import { QueryClient } from "@tanstack/react-query";

export function makeQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { staleTime: 30 * 1000 } } });
}
