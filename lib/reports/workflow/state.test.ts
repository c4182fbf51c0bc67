import { describe, expect, it } from "vitest";
import { allowedActions, mayApprove, mayComment, missingForSubmit, nextStatus, refusalFor, refusalKey } from "@/lib/reports/workflow/state";

const officer = { id: "officer", roles: ["COMPLIANCE_OFFICER"] };
const lead = { id: "lead", roles: ["COMPLIANCE_LEAD"] };
const lead2 = { id: "lead2", roles: ["COMPLIANCE_LEAD"] };
const auditor = { id: "auditor", roles: ["AUDITOR"] };
const report = (status: string, draftedById: string | null = "officer", submittedById: string | null = null) => ({ status, draftedById, submittedById });

describe("transitions", () => {
  it("moves each step from its statuses only", () => {
    expect(nextStatus("submit", "DRAFT")).toBe("SUBMITTED_FOR_REVIEW");
    expect(nextStatus("submit", "RETURNED")).toBe("SUBMITTED_FOR_REVIEW");
    expect(nextStatus("submit", "APPROVED")).toBeNull();
    expect(nextStatus("approve", "SUBMITTED_FOR_REVIEW")).toBe("APPROVED");
    expect(nextStatus("return", "SUBMITTED_FOR_REVIEW")).toBe("RETURNED");
    expect(nextStatus("approve", "DRAFT")).toBeNull();
    expect(nextStatus("acknowledge", "EXPORTED")).toBe("ACKNOWLEDGED");
    expect(nextStatus("regulatorReject", "EXPORTED")).toBe("REJECTED_BY_REGULATOR");
    expect(nextStatus("acknowledge", "APPROVED")).toBeNull();
  });

  it("says why a step does not fit the status", () => {
    expect(refusalFor("submit", report("APPROVED"), officer)).toBe("notEditable");
    expect(refusalFor("approve", report("DRAFT"), lead2)).toBe("notSubmitted");
    expect(refusalFor("acknowledge", report("APPROVED"), officer)).toBe("notExported");
    expect(refusalFor("regulatorReject", report("ACKNOWLEDGED"), officer)).toBe("finished");
    expect(refusalKey("ownReport")).toBe("reportsReview.errors.ownReport");
  });
});

describe("four eyes", () => {
  it("refuses the drafter and the submitter, allows another lead", () => {
    const submitted = report("SUBMITTED_FOR_REVIEW", "lead", "officer");
    expect(mayApprove(submitted, "lead", lead.roles)).toBe(false);
    expect(refusalFor("approve", submitted, lead)).toBe("ownReport");
    expect(refusalFor("return", submitted, lead)).toBe("ownReport");
    expect(mayApprove(submitted, "lead2", lead2.roles)).toBe(true);
    // The detector's draft has no drafter: its submitter is the maker.
    const detected = report("SUBMITTED_FOR_REVIEW", null, "lead");
    expect(mayApprove(detected, "lead", lead.roles)).toBe(false);
    expect(mayApprove(detected, "lead2", lead2.roles)).toBe(true);
  });

  it("an officer never approves", () => {
    expect(refusalFor("approve", report("SUBMITTED_FOR_REVIEW", "x", "y"), officer)).toBe("forbidden");
  });
});

describe("allowedActions", () => {
  it("lists the steps per status and viewer", () => {
    expect(allowedActions(report("DRAFT"), officer)).toEqual(["submit"]);
    expect(allowedActions(report("SUBMITTED_FOR_REVIEW", null, "officer"), lead)).toEqual(["approve", "return"]);
    expect(allowedActions(report("SUBMITTED_FOR_REVIEW", null, "officer"), officer)).toEqual([]);
    expect(allowedActions(report("APPROVED"), lead)).toEqual([]);
    expect(allowedActions(report("EXPORTED"), officer)).toEqual(["acknowledge", "regulatorReject"]);
    expect(allowedActions(report("ACKNOWLEDGED"), lead)).toEqual([]);
  });

  it("gives the auditor nothing", () => {
    for (const status of ["DRAFT", "RETURNED", "SUBMITTED_FOR_REVIEW", "EXPORTED"]) expect(allowedActions(report(status, "x", "y"), auditor)).toEqual([]);
    expect(mayComment(auditor.roles)).toBe(false);
    expect(mayComment(officer.roles)).toBe(true);
    expect(mayComment(lead.roles)).toBe(true);
  });
});

describe("missingForSubmit", () => {
  const complete = { kind: "SUSPICIOUS", trigger: "INTERNAL_CASE", crimeType: "TELECOM_FRAUD", characteristicCodes: ["C01"], narrativeFacts: "事实", narrativeAnalysis: "分析", transactionCount: 2 };
  it("names each missing part of an STR in order", () => {
    expect(missingForSubmit(complete)).toEqual([]);
    expect(missingForSubmit({ ...complete, trigger: null, narrativeAnalysis: "  ", characteristicCodes: [], transactionCount: 0 })).toEqual(["trigger", "characteristicCodes", "narrativeAnalysis", "transactions"]);
  });
  it("asks a large-value report only for its transactions", () => {
    const lvr = { kind: "LARGE_VALUE", trigger: null, crimeType: null, characteristicCodes: [], narrativeFacts: null, narrativeAnalysis: null, transactionCount: 1 };
    expect(missingForSubmit(lvr)).toEqual([]);
    expect(missingForSubmit({ ...lvr, transactionCount: 0 })).toEqual(["transactions"]);
  });
});
