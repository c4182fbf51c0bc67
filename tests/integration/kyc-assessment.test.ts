import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { assessAllSubmissions, assessSubmissionById } from "@/lib/kyc/checks/assessment";
import { parseCheckResults, type KycCheckCode, type KycCheckResult } from "@/lib/kyc/checks/types";
import { scoreResults } from "@/lib/kyc/checks/evaluate";
import { hasValidIdCheckDigit } from "@/lib/kyc/checks/id-number";
import type { KycIdentityData } from "@/lib/kyc/submission-data";
import { FAULT_WEIGHTS, rejectionReasonFor, type KycFault } from "@/lib/sim/kyc";
import { createRandom } from "@/lib/sim/random";
import { freshPopulation, testDb } from "@/tests/support/database";

const SEED = 7;
const CUSTOMERS = 400;

/**
 * The fault lib/sim/population.ts planted in customer `index`: its first two draws from the customer's own
 * stream. The simulator does not store it, so the test draws it again; "the replay agrees with the
 * simulator" below fails loudly if population.ts ever draws in another order.
 */
function plantedFault(index: number): KycFault | null {
  const random = createRandom(SEED).fork(`customer:${index}`);
  return random.chance(0.1) ? random.weighted(Object.keys(FAULT_WEIGHTS) as KycFault[], (f) => FAULT_WEIGHTS[f]) : null;
}

/** What each planted fault must make a check say (warn where the check only warns by design). */
const CAUGHT_BY: Readonly<Record<KycFault, { code: KycCheckCode; outcomes: KycCheckResult["outcome"][] }>> = {
  BAD_CHECK_DIGIT: { code: "ID_CHECK_DIGIT", outcomes: ["fail"] },
  EXPIRED_ID: { code: "ID_NOT_EXPIRED", outcomes: ["fail"] },
  UNDER_AGE: { code: "MINIMUM_AGE", outcomes: ["fail"] },
  NAME_MISMATCH: { code: "NAME_MATCH", outcomes: ["fail"] },
  BIRTH_DATE_MISMATCH: { code: "BIRTH_DATE_MATCH", outcomes: ["fail"] },
  DUPLICATE_ID: { code: "DUPLICATE_ID", outcomes: ["fail"] },
  WATCHLIST_HIT: { code: "WATCHLIST", outcomes: ["fail", "warn"] },
  UNKNOWN_BIN: { code: "CARD_BIN_KNOWN", outcomes: ["warn"] },
  CARD_HOLDER_MISMATCH: { code: "CARD_HOLDER_MATCH", outcomes: ["fail"] },
};

interface Row {
  id: string;
  customerId: string;
  status: string;
  reasonCode: string | null;
  idNumber: string;
  enteredData: unknown;
  checkResults: unknown;
  riskScore: number;
  riskLevel: string;
}

let db: Db;
let rows: Row[];

const outcome = (row: Row, code: KycCheckCode) => parseCheckResults(row.checkResults).find((r) => r.code === code);
const customerIndex = (row: Row) => Number(row.customerId.slice(1)) - 1;
/** The submission that counts (K<serial>1); some clean customers also have an earlier rejected one. */
const latest = (row: Row) => row.id.endsWith("1");

beforeAll(async () => {
  db = testDb();
  await freshPopulation(db, { customers: CUSTOMERS, days: 30, seed: SEED });
  rows = await db.kycSubmission.findMany({
    select: { id: true, customerId: true, status: true, reasonCode: true, idNumber: true, enteredData: true, checkResults: true, riskScore: true, riskLevel: true },
    orderBy: { id: "asc" },
  });
});

afterAll(async () => {
  await db.$disconnect();
});

describe("KYC checks on the seeded population", () => {
  it("gives every submission all eleven results and a score and level that agree with them", () => {
    expect(rows.length).toBeGreaterThanOrEqual(CUSTOMERS);
    for (const row of rows) {
      const results = parseCheckResults(row.checkResults);
      expect(results, row.id).toHaveLength(11);
      expect({ score: row.riskScore, level: row.riskLevel }, row.id).toEqual(scoreResults(results));
    }
  });

  it("the replay of planted faults agrees with the simulator's own rejection reasons", () => {
    const faulty = rows.filter((r) => latest(r) && plantedFault(customerIndex(r)));
    expect(faulty.length).toBeGreaterThan(15);
    for (const row of rows.filter(latest)) {
      const fault = plantedFault(customerIndex(row));
      if (fault) expect(row.status, row.id).not.toBe("APPROVED");
      if (row.status === "REJECTED") {
        const expected = fault ? [rejectionReasonFor(fault, createRandom(0))] : ["DOCUMENT_UNREADABLE", "SELFIE_MISMATCH"];
        expect(expected, row.id).toContain(row.reasonCode);
      }
    }
  });

  it("catches every planted fault with the check made for it", () => {
    const seen = new Set<KycFault>();
    for (const row of rows.filter(latest)) {
      const fault = plantedFault(customerIndex(row));
      // The first customer has no earlier customer whose ID number it could borrow.
      if (!fault || (fault === "DUPLICATE_ID" && customerIndex(row) === 0)) continue;
      seen.add(fault);
      const { code, outcomes } = CAUGHT_BY[fault];
      expect(outcomes, `${row.id} ${fault}: ${JSON.stringify(outcome(row, code))}`).toContain(outcome(row, code)?.outcome);
      // An unknown BIN alone stays LOW by design (issuer tables lag behind new BINs); the warning shows.
      if (fault !== "UNKNOWN_BIN") expect(row.riskLevel, `${row.id} ${fault}`).not.toBe("LOW");
    }
    expect([...seen].sort()).toEqual(Object.keys(FAULT_WEIGHTS).sort());
  });

  it("raises nothing on clean customers' identity, age, name and card", () => {
    const quiet: KycCheckCode[] = ["ID_FORMAT", "ID_CHECK_DIGIT", "BIRTH_DATE_MATCH", "MINIMUM_AGE", "TIER_AGE", "NAME_MATCH", "CARD_BIN_KNOWN", "CARD_HOLDER_MATCH"];
    const clean = rows.filter((r) => !plantedFault(customerIndex(r)));
    expect(clean.length).toBeGreaterThan(300);
    for (const row of clean) {
      for (const code of quiet) expect(outcome(row, code)?.outcome, `${row.id} ${code}`).toBe("pass");
      expect(outcome(row, "ID_NOT_EXPIRED")?.outcome, row.id).not.toBe("fail");
      expect(outcome(row, "WATCHLIST")?.outcome, row.id).not.toBe("fail");
    }
  });

  it("fails ID_CHECK_DIGIT exactly where the check character is wrong", () => {
    const bad = rows.filter((r) => !hasValidIdCheckDigit(r.idNumber));
    expect(bad.length).toBeGreaterThan(0);
    for (const row of rows) expect(outcome(row, "ID_CHECK_DIGIT")?.outcome === "fail", row.id).toBe(bad.includes(row));
  });

  it("fails DUPLICATE_ID on both customers sharing an ID number, and names the other one", () => {
    const sharedBy = new Map<string, Set<string>>();
    for (const row of rows) sharedBy.set(row.idNumber, (sharedBy.get(row.idNumber) ?? new Set()).add(row.customerId));
    const shared = rows.filter((r) => sharedBy.get(r.idNumber)!.size > 1);
    expect(shared.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      const result = outcome(row, "DUPLICATE_ID")!;
      expect(result.outcome === "fail", row.id).toBe(shared.includes(row));
      if (result.outcome === "fail") {
        const others = [...sharedBy.get(row.idNumber)!].filter((c) => c !== row.customerId);
        for (const other of others) expect(String(result.values?.customers)).toContain(other);
        expect(row.riskLevel).toBe("HIGH");
      }
    }
  });

  it("flags planted watchlist hits and makes them HIGH when the entry has a birth date", () => {
    const hits = rows.filter((r) => latest(r) && plantedFault(customerIndex(r)) === "WATCHLIST_HIT");
    expect(hits.length).toBeGreaterThan(0);
    for (const row of hits) {
      const result = outcome(row, "WATCHLIST")!;
      expect(String(result.values?.entryName)).toBe((row.enteredData as KycIdentityData).name);
      if (result.outcome === "fail") expect(row.riskLevel).toBe("HIGH");
    }
  });

  it("gives a plausible mix of risk levels: most LOW, some MEDIUM and HIGH", () => {
    const count = (level: string) => rows.filter((r) => r.riskLevel === level).length;
    expect(count("LOW") / rows.length).toBeGreaterThan(0.8);
    expect(count("MEDIUM")).toBeGreaterThan(0);
    expect(count("HIGH")).toBeGreaterThan(0);
    expect(count("HIGH") / rows.length).toBeLessThan(0.1);
  });
});

describe("assessing one submission", () => {
  it("stores the same results as the bulk pass", async () => {
    const sample = [...rows.filter((r) => r.riskLevel !== "LOW"), ...rows.filter((_, i) => i % 40 === 0)];
    await db.$executeRaw`UPDATE kyc_submission SET check_results = '[]', risk_score = 0, risk_level = 'LOW' WHERE id = ANY(${sample.map((r) => r.id)}::text[])`;
    for (const row of sample) {
      const assessment = await assessSubmissionById(db, row.id);
      expect(assessment, row.id).toEqual({ results: parseCheckResults(row.checkResults), score: row.riskScore, level: row.riskLevel });
      const stored = await db.kycSubmission.findUniqueOrThrow({ where: { id: row.id }, select: { checkResults: true, riskScore: true, riskLevel: true } });
      expect(stored, row.id).toEqual({ checkResults: row.checkResults, riskScore: row.riskScore, riskLevel: row.riskLevel });
    }
  });

  it("sees a watchlist entry added after the bulk pass", async () => {
    const row = rows.find((r) => latest(r) && r.riskLevel === "LOW" && r.status === "PENDING")!;
    const entered = row.enteredData as KycIdentityData;
    await db.watchlistEntry.create({
      data: { id: "WL_TEST", kind: "SANCTIONS", name: entered.name, namePinyin: "", birthDate: new Date(`${entered.birthDate}T00:00:00Z`), country: "CN", source: "test list" },
    });
    const assessment = await assessSubmissionById(db, row.id);
    expect(assessment?.results.find((r) => r.code === "WATCHLIST")).toMatchObject({ outcome: "fail", values: { entryId: "WL_TEST" } });
    expect(assessment?.level).toBe("HIGH");
    expect(await db.kycSubmission.findUniqueOrThrow({ where: { id: row.id }, select: { riskLevel: true } })).toEqual({ riskLevel: "HIGH" });

    // Once the entry is gone, a bulk pass rewrites that one submission and no other.
    await db.watchlistEntry.delete({ where: { id: "WL_TEST" } });
    const summary = await assessAllSubmissions(db, { batchSize: 97 });
    expect(summary).toMatchObject({ submissions: rows.length, updated: 1 });
    expect(await db.kycSubmission.findUniqueOrThrow({ where: { id: row.id }, select: { riskLevel: true, checkResults: true } })).toEqual({ riskLevel: "LOW", checkResults: row.checkResults });
  });

  it("returns null for a submission that does not exist; a bulk pass over unchanged data writes nothing", async () => {
    expect(await assessSubmissionById(db, "K-NOPE")).toBeNull();
    const summary = await assessAllSubmissions(db, { batchSize: 500 });
    expect(summary).toMatchObject({ submissions: rows.length, updated: 0 });
    const levels = Object.fromEntries(["LOW", "MEDIUM", "HIGH"].map((level) => [level, rows.filter((r) => r.riskLevel === level).length]));
    expect(summary.byLevel).toEqual(levels);
  });
});
