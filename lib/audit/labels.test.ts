import { describe, expect, it } from "vitest";
import { auditDiff } from "@/lib/audit/diff";
import { auditEntityLabel, auditFieldLabel, auditValueText } from "@/lib/audit/labels";
import { translator } from "@/lib/i18n/translate";

const zh = translator("zh-CN");
const en = translator("en");

describe("audit diff labels", () => {
  it("names fields as the UI does, in both languages", () => {
    expect(auditFieldLabel(zh, "decidedById")).toBe("决定人");
    expect(auditFieldLabel(en, "decidedById")).toBe("Decided by");
    expect(auditFieldLabel(zh, "wallet.status")).toBe("钱包 · 状态");
    expect(auditFieldLabel(en, "approvalPending")).toBe("Awaiting lead approval");
    // A field nobody has named yet shows as recorded, never hidden.
    expect(auditFieldLabel(en, "somethingNew")).toBe("somethingNew");
  });

  it("names coded values by the thing they belong to", () => {
    expect(auditValueText(zh, "zh-CN", "KycSubmission", "status", "IN_REVIEW")).toBe("审核中");
    expect(auditValueText(en, "en", "KycSubmission", "status", "IN_REVIEW")).toBe("In review");
    expect(auditValueText(zh, "zh-CN", "KycSubmission", "wallet.status", "ACTIVE")).toBe("已开通");
    expect(auditValueText(en, "en", "KycSubmission", "riskLevel", "LOW")).toBe("Low risk");
    expect(auditValueText(zh, "zh-CN", "StaffUser", "roles", ["AUDITOR", "ADMIN"])).toBe("审计员、系统管理员");
    expect(auditValueText(en, "en", "StaffUser", "active", false)).toBe("No");
    expect(auditValueText(zh, "zh-CN", "StaffUser", "lockedUntil", null)).toBe("（空）");
    expect(auditValueText(en, "en", "Wallet", "dailyLimitFen", "500000")).toBe("¥5,000.00");
    expect(auditValueText(en, "en", "StaffUser", "lockedUntil", "2026-11-11T07:00:00.000Z")).toBe("2026-11-11 15:00:00");
    expect(auditValueText(zh, "zh-CN", "KycSubmission", "via", "next")).toBe("领取下一条");
    expect(auditEntityLabel(zh, "KycSubmission")).toBe("实名认证申请");
    expect(auditEntityLabel(en, "KycSubmission")).toBe("KYC submission");
  });

  it("reads a KYC approval without raw codes or phantom removals", () => {
    const rows = auditDiff(
      { status: "IN_REVIEW", approvalPending: false, decidedById: null, riskLevel: "LOW", version: 3 },
      { status: "APPROVED", decidedById: "s1", version: 4 },
    );
    const status = rows.find((row) => row.key === "status")!;
    expect([auditValueText(zh, "zh-CN", "KycSubmission", status.key, status.before), auditValueText(zh, "zh-CN", "KycSubmission", status.key, status.after)]).toEqual(["审核中", "已批准"]);
    expect(rows.find((row) => row.key === "riskLevel")?.status).toBe("context");
  });
});
