import { describe, expect, it } from "vitest";
import { can, rolesWith, ROLES } from "@/lib/auth/permissions";
import { mayReveal, MASKS, PERSONAL_FIELDS, PRIVACY_POLICY, SCREENS, showPii, treatment, type PersonalField } from "./policy";

/** A whole value of each field, as stored. */
const SAMPLE: Readonly<Record<PersonalField, string>> = {
  name: "王小明",
  idNumber: "51070319840509876X",
  birthDate: "1984-05-09",
  phone: "13812345678",
  email: "wang.xm@example.cn",
  address: "四川省绵阳市涪城区临园路东段68号",
  bankCard: "6222021234567890123",
};

/** Fields that identify someone on their own: never whole without an audited reveal, scans included. */
const IDENTIFYING: readonly PersonalField[] = ["idNumber", "birthDate", "phone", "email", "address"];

describe("the privacy policy, walked cell by cell for every role", () => {
  for (const role of ROLES) {
    for (const field of PERSONAL_FIELDS) {
      for (const screen of SCREENS) {
        it(`${role} · ${field} · ${screen}`, () => {
          const how = treatment(field, screen);
          const shown = showPii(screen, field, SAMPLE[field]);
          // What the screen shows is exactly what the table says, through the field's one mask.
          expect(shown).toBe(how === "whole" ? SAMPLE[field] : how === "masked" ? MASKS[field](SAMPLE[field]) : "");
          if (how === "masked") expect(shown).not.toBe(SAMPLE[field]);
          // No full card number anywhere; lists, drawers, audit records and exports never carry a whole value.
          if (field === "bankCard" || ["list", "drawer", "auditDiff", "csvExport"].includes(screen)) expect(how).not.toBe("whole");
          // Identifying data is never whole unasked, for any role, on any screen (scans included).
          if (IDENTIFYING.includes(field)) expect(how).not.toBe("whole");
          // The audited reveal is pii:reveal's, and only where the value is otherwise masked (or, on a scan,
          // under a bar).
          if (mayReveal(field, screen, [role])) {
            expect(can([role], "pii:reveal")).toBe(true);
            expect(how).toBe(screen === "documentImage" ? how : "masked");
            expect(how).not.toBe("whole");
          }
        });
      }
    }
  }

  it("lets only the roles with pii:reveal reveal on the workspace and on the scans, and nobody see a scan whole unasked", () => {
    const revealers = ROLES.filter((role) => mayReveal("idNumber", "workspace", [role]));
    expect(revealers).toEqual(rolesWith("pii:reveal"));
    for (const field of ["idNumber", "birthDate", "address"] as const) {
      expect(ROLES.filter((role) => mayReveal(field, "documentImage", [role]))).toEqual(rolesWith("pii:reveal"));
      expect(treatment(field, "documentImage")).not.toBe("whole");
    }
    expect(mayReveal("idNumber", "documentImage", ["NOT_A_ROLE"])).toBe(false);
  });

  it("masks a name the same way in every list and the drawer: surname kept", () => {
    expect(showPii("list", "name", "王小明")).toBe("王**");
    expect(showPii("drawer", "name", "王小明")).toBe("王**");
    expect(showPii("csvExport", "name", "胡杨")).toBe("胡*");
    expect(showPii("workspace", "name", "王小明")).toBe("王小明");
  });

  it("keeps only the birth year wherever a birth date is shown without a reveal", () => {
    for (const screen of ["workspace", "checkExplanation", "auditDiff"] as const) expect(showPii(screen, "birthDate", "1984-05-09")).toBe("1984-**-**");
  });

  it("has a rule for every field on every screen, and gives pii:reveal more only through the audited reveal", () => {
    for (const field of PERSONAL_FIELDS) {
      expect(Object.keys(PRIVACY_POLICY[field]).sort()).toEqual([...SCREENS].sort());
      for (const screen of SCREENS) expect(Object.keys(PRIVACY_POLICY[field][screen]).filter((key) => key !== "shown" && key !== "revealable")).toEqual([]);
    }
  });
});
