// First-load JavaScript per page of a production build, gzipped: the runtime every page loads plus the
// chunks of the page's own layouts and page (the client reference manifests say which). Prefetched routes
// and the legacy-browser polyfills (nomodule, never run by the browsers the bank supports) are not counted.
// `npm run bench -- --only bundles` after a build (NEXT_DIST_DIR or .next).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { gzipSync } from "node:zlib";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

function manifests(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return manifests(path);
    return name.endsWith("page_client-reference-manifest.js") ? [path] : [];
  });
}

export interface FirstLoadRow {
  route: string;
  kb: number;
  largest: string;
}

export function measureFirstLoadJs(dir: string): FirstLoadRow[] {
const build = JSON.parse(readFileSync(join(dir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
const gzipped = new Map<string, number>();
const size = (file: string) => gzipped.get(file) ?? gzipped.set(file, gzipSync(readFileSync(join(dir, file))).length).get(file)!;
const rows: FirstLoadRow[] = [];
for (const file of manifests(join(dir, "server/app"))) {
  const holder = globalThis as unknown as { self?: unknown; __RSC_MANIFEST?: Record<string, { entryJSFiles: Record<string, string[]> }> };
  holder.self = globalThis;
  holder.__RSC_MANIFEST = {};
  require(join(process.cwd(), file));
  const [route, manifest] = Object.entries(holder.__RSC_MANIFEST)[0]!;
  if (route.startsWith("/_")) continue;
  const files = new Set(build.rootMainFiles);
  for (const [entry, chunks] of Object.entries(manifest.entryJSFiles)) {
    // Error, not-found and forbidden boundaries load only when one renders.
    if (/\/(error|not-found|forbidden|global-error)$/.test(entry)) continue;
    for (const chunk of chunks) files.add(chunk);
  }
  const sizes = [...files].map((chunk) => ({ chunk: basename(chunk), bytes: size(chunk) }));
  const total = sizes.reduce((sum, { bytes }) => sum + bytes, 0);
  const largest = sizes.sort((a, b) => b.bytes - a.bytes).slice(0, 3).map(({ chunk, bytes }) => `${chunk} ${(bytes / 1024).toFixed(1)}`).join(", ");
  rows.push({ route: route.replace(/\/page$/, "") || "/", kb: total / 1024, largest });
}
return rows.sort((a, b) => a.route.localeCompare(b.route));
}

export function firstLoadJsReport(rows: FirstLoadRow[], budgetKb: number): string {
  const lines = ["| page | first-load JS (gzip) | within " + budgetKb + " kB | largest chunks (kB) |", "|---|---:|:---:|---|"];
  for (const row of rows) lines.push(`| ${row.route} | ${row.kb.toFixed(1)} kB | ${row.kb <= budgetKb ? "yes" : "no"} | ${row.largest} |`);
  return lines.join("\n");
}
