import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and WASM packages stay outside the server bundle.
  serverExternalPackages: ["pg", "@electric-sql/pglite", "@electric-sql/pglite-socket", "@node-rs/argon2"],
  // forbidden() and app/forbidden.tsx: a real 403 page for URLs a role may not open.
  experimental: { authInterrupts: true },
};

export default nextConfig;
