// Benchmark: console pages under concurrent load, against a console that is already running (`npm start`).
// Signs in once through the real login page in Chromium, takes the session cookie, then runs N page-load
// loops side by side for a fixed time over the pages an auditor may open. Counts pages per second, and
// every answer that is not a good page: a status other than 200, or the console's error page. Written for
// issue 9 item 12, where pages read on the embedded database got another query's rows and showed "出现了问题".
import { performance } from "node:perf_hooks";
import { chromium } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_STAFF } from "@/lib/sim/staff";
import { median } from "@/scripts/bench/measure";

/** Pages an auditor may open: overview, queue, lists and the audit trail (reads of several kinds). */
export const BENCH_PATHS = ["/", "/kyc", "/customers", "/transactions", "/audit"] as const;

/** A page that takes longer than this counts as failed (status 0), so a wedged server cannot stall the run. */
const REQUEST_TIMEOUT_MS = 30_000;

export interface PagesBenchOptions {
  concurrency: number;
  seconds: number;
  email: string;
}

export interface PagesBenchResult {
  baseUrl: string;
  concurrency: number;
  seconds: number;
  pages: number;
  pagesPerSecond: number;
  errorPages: number;
  non200: number;
  statuses: Record<string, number>;
  medianMs: number;
  p95Ms: number;
  /** The first few failures, to say what went wrong. */
  samples: string[];
}

/** Why an answer is not a good page, or null. An error during rendering can reach the browser as the
 *  error page's text (zh-CN or en) or, when it happened inside a streamed boundary, as React's error
 *  template with a numeric digest (redirects and 404s carry NEXT_ digests, and have their own status). */
export function badPageReason(status: number, body: string): string | null {
  if (status === 0) return `no answer (${body.slice(0, 80)})`;
  if (status !== 200) return `HTTP ${status}`;
  if (body.includes("出现了问题") || body.includes("Something went wrong")) return "error page";
  const digest = /data-dgst="(\d+)"/.exec(body);
  if (digest) return `error digest ${digest[1]}`;
  return null;
}

/** Signs in through the login form as a browser would and returns the Cookie header of that session. */
export async function signInCookie(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const context = await browser.newContext({ baseURL: baseUrl, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByLabel(/工作邮箱|Work email/).fill(email);
    await page.getByLabel(/^(密码|Password)$/).fill(password);
    await page.getByRole("button", { name: /^(登录|Sign in)$/ }).click();
    await page.getByTestId("signed-in-staff").waitFor({ timeout: 60_000 });
    const cookies = await context.cookies(baseUrl);
    return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  } finally {
    await browser.close();
  }
}

export async function benchPages(baseUrl: string, options: PagesBenchOptions): Promise<PagesBenchResult> {
  const cookie = await signInCookie(baseUrl, options.email);
  // One uncounted load of each page first, so a freshly started server's first renders do not weigh in.
  for (const path of BENCH_PATHS) await fetch(new URL(path, baseUrl), { headers: { cookie }, redirect: "manual", signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }).then((r) => r.text()).catch(() => "");
  const statuses: Record<string, number> = {};
  const samples: string[] = [];
  const durations: number[] = [];
  let errorPages = 0;
  let non200 = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;

  // Each loop walks the pages from its own starting point, so all five are in flight at any moment.
  const loop = async (index: number) => {
    for (let i = index; performance.now() < deadline; i++) {
      const path = BENCH_PATHS[i % BENCH_PATHS.length]!;
      const t0 = performance.now();
      let status = 0;
      let body = "";
      try {
        const response = await fetch(new URL(path, baseUrl), { headers: { cookie, "accept-language": "zh-CN" }, redirect: "manual", signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
        status = response.status;
        body = await response.text();
      } catch (error) {
        body = String(error);
      }
      durations.push(performance.now() - t0);
      statuses[status] = (statuses[status] ?? 0) + 1;
      const reason = badPageReason(status, body);
      if (reason === null) continue;
      if (status === 200) errorPages++;
      else non200++;
      if (samples.length < 5) samples.push(`${path}: ${reason}`);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, (_, i) => loop(i)));

  const seconds = (performance.now() - started) / 1000;
  const sorted = [...durations].sort((a, b) => a - b);
  return {
    baseUrl,
    concurrency: options.concurrency,
    seconds,
    pages: durations.length,
    pagesPerSecond: durations.length / seconds,
    errorPages,
    non200,
    statuses,
    medianMs: durations.length ? median(durations) : 0,
    p95Ms: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
    samples,
  };
}

export function pagesBenchReport(result: PagesBenchResult, label: string): string {
  return [
    `### ${label}: ${result.concurrency} concurrent page loads for ${result.seconds.toFixed(1)} s`,
    "",
    `- ${result.pages} pages, ${result.pagesPerSecond.toFixed(2)} pages/s; page time median ${result.medianMs.toFixed(0)} ms, p95 ${result.p95Ms.toFixed(0)} ms`,
    `- error pages: ${result.errorPages}; non-200 answers: ${result.non200}; statuses ${JSON.stringify(result.statuses)}`,
    ...(result.samples.length ? [`- first failures: ${result.samples.join("; ")}`] : []),
    `- pages: ${BENCH_PATHS.join(", ")} as ${DEMO_STAFF.find((s) => s.id === "staff_auditor")?.email ?? "the auditor"}, against ${result.baseUrl}`,
    `- measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on ${process.platform}/${process.arch}, Node ${process.version}`,
    "",
  ].join("\n");
}
