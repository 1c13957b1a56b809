import { handleTrpcRequest } from "@/server/http/trpc-handler";
import { createTRPCContext } from "@/server/trpc/context";

const handler = (req: Request) => handleTrpcRequest(req, () => createTRPCContext({ headers: req.headers }));

export { handler as GET, handler as POST };
