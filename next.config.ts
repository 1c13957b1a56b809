import type { NextConfig } from "next";
import "./src/env";

const nextConfig: NextConfig = {
  // Server-side packages with native parts, WebAssembly or worker threads stay out of the bundle.
  // So do yjs and y-protocols: each server graph (the tRPC route, instrumentation's jobs, the server
  // render of the client editor) would otherwise bundle its own copy, and a second copy in one
  // process breaks yjs's instanceof checks ("Yjs was already imported"). Loaded from node_modules,
  // every graph shares Node's one instance.
  serverExternalPackages: ["pg", "pg-boss", "pino", "nodemailer", "@node-rs/argon2", "@prisma/adapter-pg", "yjs", "y-protocols"],
  poweredByHeader: false,
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
