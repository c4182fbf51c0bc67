import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hasValidIdCheckDigit } from "@/lib/kyc/checks/id-number";
import { OCCUPATIONS } from "@/lib/reports/fields";
import { FRAUD_PATTERNS } from "@/lib/sim/fraud";
import { simOptions } from "@/lib/sim/options";
import { generatePopulation, type CustomerBundle } from "@/lib/sim/population";
import { createRandom } from "@/lib/sim/random";
import { watchlist } from "@/lib/sim/reference";

const now = new Date("2026-11-27T04:00:00Z");

function population(seed: number, customers: number): CustomerBundle[] {
  const options = simOptions({ seed, customers, days: 90, now });
  return [...generatePopulation(options, watchlist(createRandom(seed).fork("watchlist"), now).people)];
}

function fingerprint(bundles: CustomerBundle[]): string {
  const json = JSON.stringify(bundles, (_key, value) =>
    typeof value === "bigint" ? `${value}n` : value instanceof Uint8Array ? Buffer.from(value).toString("base64") : value,
  );
  return createHash("sha256").update(json).digest("hex");
}

describe("the simulator", () => {
  it("gives the same population for the same seed, and another for another seed", () => {
    const first = fingerprint(population(42, 120));
    expect(fingerprint(population(42, 120))).toBe(first);
    expect(fingerprint(population(43, 120))).not.toBe(first);
  });

  it("does not shift earlier customers when more are asked for", () => {
    const small = population(42, 50);
    const large = population(42, 80).slice(0, 50);
    expect(fingerprint(large)).toBe(fingerprint(small));
  });

  describe("a demo-sized population", () => {
    const bundles = population(20261111, 1500);
    const submissions = bundles.flatMap((b) => b.submissions);
    const transactions = bundles.flatMap((b) => b.transactions);

    it("has submissions in every KYC status", () => {
      const statuses = new Set(submissions.map((s) => s.status));
      expect([...statuses].sort()).toEqual(["APPROVED", "IN_REVIEW", "NEEDS_INFO", "PENDING", "REJECTED"]);
    });

    it("has valid GB 11643 ID numbers except the planted bad ones", () => {
      const bad = submissions.filter((s) => !hasValidIdCheckDigit(s.idNumber));
      expect(bad.length).toBeGreaterThan(5);
      expect(bad.length).toBeLessThan(submissions.length * 0.05);
      expect(bad.every((s) => s.status !== "APPROVED")).toBe(true);
    });

    it("plants duplicate ID numbers, under-age applicants and expired documents", () => {
      const byId = new Map<string, number>();
      for (const b of bundles) byId.set(b.customer.idNumber, (byId.get(b.customer.idNumber) ?? 0) + 1);
      expect([...byId.values()].some((n) => n > 1)).toBe(true);
      const read = submissions.map((s) => s.documentData as { birthDate: string; idValidTo: string });
      expect(read.some((d, i) => (submissions[i]!.submittedAt as Date).getTime() - Date.parse(d.birthDate) < 16 * 365.25 * 86_400_000)).toBe(true);
      expect(read.some((d, i) => d.idValidTo !== "LONG_TERM" && Date.parse(d.idValidTo) < (submissions[i]!.submittedAt as Date).getTime())).toBe(true);
    });

    it("labels every kind of planted fraud", () => {
      const patterns = new Set(transactions.map((t) => t.fraudPattern).filter(Boolean));
      expect([...patterns].sort()).toEqual([...FRAUD_PATTERNS].sort());
      const incidents = new Map<string, string>();
      for (const t of transactions) if (t.fraudPattern) incidents.set(t.fraudIncident!, t.fraudPattern);
      for (const pattern of FRAUD_PATTERNS) expect([...incidents.values()].filter((p) => p === pattern).length, pattern).toBeGreaterThanOrEqual(5);
    });

    it("makes about 50 transactions per customer over 90 days, with cross-border payments in their own currency", () => {
      expect(transactions.length / bundles.length).toBeGreaterThan(35);
      expect(transactions.length / bundles.length).toBeLessThan(65);
      const abroad = transactions.filter((t) => t.crossBorder);
      expect(abroad.length).toBeGreaterThan(50);
      expect(abroad.every((t) => t.currency !== "CNY" && t.originalAmountMinor && t.fxRate)).toBe(true);
    });

    it("gives every customer what a regulatory report states: nationality, an occupation plausible for the age, the ID card's address", () => {
      const codes = new Set<string>(OCCUPATIONS.map((o) => o.code));
      const customers = bundles.map((b) => b.customer);
      expect(customers.every((c) => c.nationality === "CHN" && codes.has(c.occupation!) && c.address)).toBe(true);
      const ageOf = (c: (typeof customers)[number]) => (now.getTime() - (c.birthDate as Date).getTime()) / (365.25 * 86_400_000);
      const young = customers.filter((c) => ageOf(c) < 22);
      expect(young.filter((c) => c.occupation === "S").length).toBeGreaterThan(young.length / 2);
      expect(customers.filter((c) => ageOf(c) < 50).every((c) => c.occupation !== "R")).toBe(true);
      expect(new Set(customers.map((c) => c.occupation)).size).toBeGreaterThanOrEqual(9);
      for (const b of bundles.slice(0, 50)) expect(b.customer.address).toBe((b.submissions.at(-1)!.documentData as { address: string }).address);
    });

    it("is busier on 11.11 than on an ordinary day a week later", () => {
      const onDay = (day: string) => transactions.filter((t) => new Date((t.createdAt as Date).getTime() + 8 * 3_600_000).toISOString().startsWith(day)).length;
      expect(onDay("2026-11-11")).toBeGreaterThan(onDay("2026-11-18") * 2);
    });
  });
});
