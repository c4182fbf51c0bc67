// The bank's demo staff: one or more per role, with the demo password that the README lists. Only the
// embedded demo database is seeded with them.
import type { Role } from "@/lib/generated/prisma/enums";

export const DEMO_PASSWORD = "Wallet-Demo-2026";

export interface DemoStaff {
  id: string;
  email: string;
  name: string;
  roles: Role[];
}

export const DEMO_STAFF: readonly DemoStaff[] = [
  { id: "staff_admin", email: "admin@wallet.bank", name: "周建国", roles: ["ADMIN"] },
  { id: "staff_officer", email: "officer@wallet.bank", name: "林晓雯", roles: ["COMPLIANCE_OFFICER"] },
  { id: "staff_officer2", email: "officer2@wallet.bank", name: "陈子豪", roles: ["COMPLIANCE_OFFICER"] },
  { id: "staff_lead", email: "lead@wallet.bank", name: "王丽华", roles: ["COMPLIANCE_LEAD"] },
  { id: "staff_marketing", email: "marketing@wallet.bank", name: "赵一鸣", roles: ["MARKETING"] },
  { id: "staff_manager", email: "manager@wallet.bank", name: "孙海燕", roles: ["MANAGER"] },
  { id: "staff_auditor", email: "auditor@wallet.bank", name: "李正清", roles: ["AUDITOR"] },
];

/** Officers who decided the submissions the simulator marks as already decided. */
export const DECIDING_STAFF_IDS = ["staff_officer", "staff_officer2", "staff_lead"] as const;
