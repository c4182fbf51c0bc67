// The one privacy rule (lib/privacy/policy.ts) as staff meet it: a check explanation on the KYC review
// never prints a whole birth date, and the customer list and the KYC queue mask a customer's name alike.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { can } from "@/lib/auth/permissions";
import { listCustomers } from "@/lib/customers/search/queries";
import { assessSubmissionById } from "@/lib/kyc/checks/assessment";
import { readQueuePage } from "@/lib/kyc/queue/read";
import { queueFiltersSchema } from "@/lib/kyc/queue/schemas";
import { getReviewSubmission } from "@/lib/kyc/review/queries";
import { translator } from "@/lib/i18n/translate";
import { demoSession } from "@/tests/support/staff";
import { freshPopulation, testDb } from "@/tests/support/database";

let db: Db;
let now: Date;
const manager = demoSession("staff_manager");
const officer = demoSession("staff_officer");

beforeAll(async () => {
  db = testDb();
  ({ now } = await freshPopulation(db, { customers: 60, days: 3 }));
});

afterAll(async () => {
  await db.$disconnect();
});

describe("check explanations follow the privacy policy", () => {
  it("shows a birth-date mismatch with the years only, in both languages", async () => {
    expect(can(manager.roles, "pii:reveal")).toBe(false);
    const target = await db.kycSubmission.findFirstOrThrow({ where: { status: { in: ["PENDING", "IN_REVIEW"] } }, orderBy: { id: "asc" }, select: { id: true, enteredData: true, idNumber: true } });
    // The customer typed another birth date than the one the ID number holds: the check names both.
    const idBirthDate = `${target.idNumber.slice(6, 10)}-${target.idNumber.slice(10, 12)}-${target.idNumber.slice(12, 14)}`;
    const entered = { ...(target.enteredData as Record<string, unknown>), birthDate: "1990-02-04" };
    await db.kycSubmission.update({ where: { id: target.id }, data: { enteredData: entered } });
    await assessSubmissionById(db, target.id);
    const stored = await db.kycSubmission.findUniqueOrThrow({ where: { id: target.id }, select: { checkResults: true } });
    expect(JSON.stringify(stored.checkResults)).toContain("1990-02-04");

    const submission = await getReviewSubmission(target.id);
    const check = submission!.checkResults.find((r) => r.code === "BIRTH_DATE_MATCH")!;
    expect(check.detail).toBe("kycChecks.detail.birthDateEnteredMismatch");
    for (const locale of ["zh-CN", "en"] as const) {
      const text = translator(locale)(check.detail as never, check.values);
      expect(text).toContain("1990-**-**");
      expect(text).toContain(`${idBirthDate.slice(0, 4)}-**-**`);
      expect(text).not.toContain("1990-02-04");
      expect(text).not.toContain(idBirthDate);
    }
    // Nothing the review page is given carries either date whole.
    for (const date of ["1990-02-04", idBirthDate]) expect(JSON.stringify(submission!.checkResults)).not.toContain(date);
  });
});

describe("one name, masked the same in the customer list and the KYC queue", () => {
  it("shows the surname and stars in both, never the whole name", async () => {
    const page = await readQueuePage(db, { filters: queueFiltersSchema.parse({}), sort: "submitted", cursor: null }, { viewerId: officer.id, now }, 20);
    const row = page.rows.find((r) => r.customerName.length > 0)!;
    const submission = await db.kycSubmission.findUniqueOrThrow({ where: { id: row.id }, select: { customer: { select: { id: true, name: true, phone: true } } } });
    const { customer } = submission;

    const listing = await listCustomers(db, manager, customer.phone, null, null);
    if (listing.mode !== "search") throw new Error(`unexpected ${listing.mode}`);
    const listed = listing.result.rows.find((r) => r.id === customer.id)!;
    const newest = await listCustomers(db, officer, "", null, null);
    if (newest.mode !== "newest") throw new Error(`unexpected ${newest.mode}`);

    expect(listed.name).toBe(row.customerName);
    expect(listed.name).not.toBe(customer.name);
    expect(listed.name).toBe(customer.name.slice(0, 1) + "*".repeat(Math.max(1, customer.name.length - 1)));
    const whole = new Set((await db.customer.findMany({ select: { name: true } })).map((c) => c.name));
    for (const r of newest.page.rows) expect(whole.has(r.name), r.name).toBe(false);
  });
});
