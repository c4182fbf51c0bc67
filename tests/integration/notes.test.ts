// Internal notes (lib/notes) on a customer and on a KYC submission, called as the action wrapper runs them
// (gate, parse, one transaction with its audit event): an officer's note is stored with its audit event,
// bad input and refused roles write nothing and say what is wrong, and a note on a record that does not
// exist is a translated "not found".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { runAsStaff } from "@/lib/actions/context";
import { addCustomerNoteAction, addKycNoteAction } from "@/lib/notes/actions";
import { demoSession } from "@/tests/support/staff";
import { freshPopulation, testDb } from "@/tests/support/database";

let db: Db;
let customerId: string;
let submissionId: string;
const officer = demoSession("staff_officer");
const auditor = demoSession("staff_auditor");
const manager = demoSession("staff_manager");

const notes = () => db.customerNote.findMany({ where: { customerId }, orderBy: { createdAt: "asc" } });
const noteEvents = () => db.auditEvent.findMany({ where: { action: "customer.note", entityType: "Customer", entityId: customerId }, orderBy: { id: "asc" } });

beforeAll(async () => {
  db = testDb();
  await freshPopulation(db, { customers: 20, days: 2 });
  customerId = (await db.customer.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true } })).id;
  submissionId = (await db.kycSubmission.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true } })).id;
});
afterAll(async () => {
  await db.$disconnect();
});

describe("customer notes", () => {
  it("stores an officer's note with its author, and records it in the audit trail in the same breath", async () => {
    const result = await runAsStaff(officer, () => addCustomerNoteAction({ customerId, body: "  客户来电投诉扣款两次，已核实身份  " }));
    expect(result.ok).toBe(true);
    const [note] = await notes();
    expect(note).toMatchObject({ authorId: officer.id, body: "客户来电投诉扣款两次，已核实身份" });
    const [event] = await noteEvents();
    expect(event).toMatchObject({ actorId: officer.id, outcome: "SUCCESS" });
    expect(event!.after).toMatchObject({ noteId: note!.id, body: note!.body });
  });

  it("refuses an empty or overlong note beside the field, writing nothing", async () => {
    const before = [(await notes()).length, (await noteEvents()).length];
    const empty = await runAsStaff(officer, () => addCustomerNoteAction({ customerId, body: "   " }));
    expect(empty).toMatchObject({ ok: false, error: "invalid", fieldErrors: { body: "此项为必填。" } });
    const long = await runAsStaff(officer, () => addCustomerNoteAction({ customerId, body: "长".repeat(2001) }));
    expect(long).toMatchObject({ ok: false, error: "invalid", fieldErrors: { body: "最多 2000 个字符。" } });
    expect([(await notes()).length, (await noteEvents()).length]).toEqual(before);
  });

  it("says the customer was not found, writing nothing", async () => {
    const result = await runAsStaff(officer, () => addCustomerNoteAction({ customerId: "C99999999", body: "不存在的客户" }));
    expect(result).toMatchObject({ ok: false, error: "not-found", message: "找不到该客户。" });
    expect(await db.customerNote.count({ where: { customerId: "C99999999" } })).toBe(0);
  });

  it("refuses roles that may only read (auditor, manager), recording the refused attempt and no note", async () => {
    const before = (await notes()).length;
    for (const staff of [auditor, manager]) {
      const result = await runAsStaff(staff, () => addCustomerNoteAction({ customerId, body: "审计员不应能写备注" }));
      expect(result).toMatchObject({ ok: false, error: "forbidden" });
      const refused = await db.auditEvent.findFirstOrThrow({ where: { action: "customer.note", actorId: staff.id }, orderBy: { id: "desc" } });
      expect(refused).toMatchObject({ outcome: "FAILURE", entityType: "Permission", entityId: "customer:note" });
    }
    expect((await notes()).length).toBe(before);
  });
});

describe("KYC notes", () => {
  const kycNotes = () => db.kycNote.count({ where: { submissionId } });
  const kycNoteEvents = () => db.auditEvent.count({ where: { action: "kyc.note", entityId: submissionId } });

  it("answers a note longer than the limit (sent without the browser's maxlength) with the limit, not 'required'", async () => {
    const before = [await kycNotes(), await kycNoteEvents()];
    const long = await runAsStaff(officer, () => addKycNoteAction({ submissionId, body: "长".repeat(2001) }));
    expect(long).toMatchObject({ ok: false, error: "invalid", fieldErrors: { body: "最多 2000 个字符。" } });
    const notText = await runAsStaff(officer, () => addKycNoteAction({ submissionId, body: 2001 }));
    expect(notText).toMatchObject({ ok: false, error: "invalid", fieldErrors: { body: "请输入文字。" } });
    expect([await kycNotes(), await kycNoteEvents()]).toEqual(before);
  });

  it("stores a note with its audit event through the same notes module as customer notes", async () => {
    const result = await runAsStaff(officer, () => addKycNoteAction({ submissionId, body: " 已电话核实住址 " }));
    expect(result.ok).toBe(true);
    expect(await db.kycNote.findFirstOrThrow({ where: { submissionId }, select: { body: true, authorId: true } })).toEqual({ body: "已电话核实住址", authorId: officer.id });
    expect(await kycNoteEvents()).toBe(1);
  });

  it("says the submission was not found, writing nothing", async () => {
    const result = await runAsStaff(officer, () => addKycNoteAction({ submissionId: "K99999999", body: "不存在的提交" }));
    expect(result).toMatchObject({ ok: false, error: "not-found" });
  });
});
