import type { NextConfig } from "next";
import { env } from "./lib/env";
import { STATIC_SECURITY_HEADERS } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  distDir: env.NEXT_DIST_DIR,
  reactStrictMode: true,
  // Native and WASM packages stay outside the server bundle.
  serverExternalPackages: ["pg", "@electric-sql/pglite", "@node-rs/argon2", "xmllint-wasm"],
  // forbidden() and app/forbidden.tsx: a real 403 page for URLs a role may not open.
  experimental: { authInterrupts: true },
  // The Content-Security-Policy carries a per-request nonce and is set in proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] }];
  },
};

export default nextConfig;
