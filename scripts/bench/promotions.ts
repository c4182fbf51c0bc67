// `npm run bench -- --only promotions`: the promotions area's two measurements, on the database the bench
// script serves (PostgreSQL with DATABASE_URL for the recorded figures, else embedded PGlite):
//   1. what reward evaluation adds to the scoring worker's cost per transaction, with 20 active promotions;
//   2. one promotion's simulation over 90 days of a 10,000,000-transaction table.
// Each part's report goes to docs/bench-promotions-<part>.md.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { benchPromotionSimulation } from "@/scripts/bench/promotions-simulation";
import { benchPromotionsWorker } from "@/scripts/bench/promotions-worker";

function record(part: string, title: string, report: string): void {
  const stamp = `\n_Measured ${new Date().toISOString().slice(0, 16)}Z by \`npm run bench -- --only promotions\` on ${process.platform}/${process.arch}, Node ${process.version}._\n`;
  writeFileSync(path.join("docs", `bench-promotions-${part}.md`), `# ${title}\n\n${report.trimEnd()}\n${stamp}`);
  console.log(report);
}

export async function benchPromotions(options: { url: string; target: string; simulationRows: number }): Promise<void> {
  record("worker", "Promotions: rewards in the scoring worker", await benchPromotionsWorker({ url: options.url, target: options.target }));
  record("simulation", "Promotions: simulating a promotion over 90 days", await benchPromotionSimulation(options.url, { rows: options.simulationRows }));
}
