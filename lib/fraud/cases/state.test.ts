import { describe, expect, it } from "vitest";
import { ActionError } from "@/lib/actions/errors";
import { assertDecidable, assertEscalatable, isOpenAlert, mayDecide, mayEscalate } from "@/lib/fraud/cases/state";

const officer = ["COMPLIANCE_OFFICER"];
const lead = ["COMPLIANCE_LEAD"];
const manager = ["MANAGER"];

const refusal = (fn: () => void) => {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof ActionError ? error.messageKey : "other";
  }
};

describe("who may decide an alert", () => {
  it("open and under investigation: officers and leads, not managers", () => {
    for (const status of ["OPEN", "INVESTIGATING"]) {
      expect(mayDecide(status, officer)).toBe(true);
      expect(mayDecide(status, lead)).toBe(true);
      expect(mayDecide(status, manager)).toBe(false);
    }
  });

  it("escalated: only a lead", () => {
    expect(mayDecide("ESCALATED", officer)).toBe(false);
    expect(mayDecide("ESCALATED", lead)).toBe(true);
    expect(refusal(() => assertDecidable("ESCALATED", officer))).toBe("alertCase.errors.escalatedLeadOnly");
    expect(refusal(() => assertDecidable("ESCALATED", lead))).toBeNull();
  });

  it("resolved: nobody, with the reason", () => {
    expect(isOpenAlert("CONFIRMED")).toBe(false);
    expect(mayDecide("FALSE_POSITIVE", lead)).toBe(false);
    expect(refusal(() => assertDecidable("CONFIRMED", lead))).toBe("alertCase.errors.alreadyConfirmed");
    expect(refusal(() => assertDecidable("FALSE_POSITIVE", officer))).toBe("alertCase.errors.alreadyFalsePositive");
  });

  it("escalation only from the officers' statuses", () => {
    expect(mayEscalate("OPEN", officer)).toBe(true);
    expect(mayEscalate("INVESTIGATING", lead)).toBe(true);
    expect(mayEscalate("ESCALATED", lead)).toBe(false);
    expect(mayEscalate("OPEN", manager)).toBe(false);
    expect(refusal(() => assertEscalatable("ESCALATED"))).toBe("alertCase.errors.alreadyEscalated");
    expect(refusal(() => assertEscalatable("CONFIRMED"))).toBe("alertCase.errors.alreadyConfirmed");
    expect(refusal(() => assertEscalatable("OPEN"))).toBeNull();
  });
});
