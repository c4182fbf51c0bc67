// The console's HTTP server: Next.js behind a plain Node server (Next's custom-server API), started by
// scripts/start.ts in place of `next start` / `next dev`. It exists for one reason: Next.js gives app code
// no socket address and passes a client-sent X-Forwarded-For through, so only a server that owns the socket
// can say who the client is. Each request gets CLIENT_ADDRESS_HEADER, computed from the socket's peer and,
// only when that peer is a trusted proxy (TRUSTED_PROXIES), from the forwarding chain; a copy the client
// sent is always overwritten.
//   node --import tsx scripts/server.ts [--dev] [--port N]
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { env } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER, parseTrustedProxies, resolveClientAddress } from "@/lib/http/client-address";

const { values } = parseArgs({ options: { dev: { type: "boolean", default: false }, port: { type: "string", default: String(env.PORT) } } });
const port = Number(values.port);
// Read before Next starts, so that a typo in the setting stops the server instead of trusting nobody quietly.
const trusted = parseTrustedProxies(env.TRUSTED_PROXIES);

const app = next({ dev: values.dev, dir: process.cwd(), port, hostname: "localhost" });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  const address = resolveClientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trusted);
  if (address) req.headers[CLIENT_ADDRESS_HEADER] = address;
  else delete req.headers[CLIENT_ADDRESS_HEADER];
  void handle(req, res);
});
// As `next start` does: let a load balancer's idle connections outlive Node's 5-second default.
server.keepAliveTimeout = 65_000;
server.listen(port, () => console.log(`[wallet-console] ready on http://localhost:${port}${trusted.ranges.length ? ` (trusting X-Forwarded-For from ${env.TRUSTED_PROXIES})` : ""}`));

const stop = () => server.close(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
