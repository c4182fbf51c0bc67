import { z } from "zod";
import { newPasswordSchema } from "@/lib/auth/password-policy";

// The new password typed twice: a typo in a field that shows dots would lock its owner out.
export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "validation.required").max(1024),
    newPassword: newPasswordSchema,
    confirmPassword: z.string().min(1, "validation.required").max(1024),
  })
  .refine((input) => input.newPassword === input.confirmPassword, { path: ["confirmPassword"], message: "account.passwordsDiffer" });

export type ChangeOwnPassword = z.infer<typeof changeOwnPasswordSchema>;

export const beginOwnEnrolmentSchema = z.object({});

export const confirmOwnEnrolmentSchema = z.object({
  /** The sealed pending key that beginOwnEnrolment handed out. */
  token: z.string().min(1).max(2048),
  code: z.string().trim().regex(/^\d{6}$/, "account.mfa.codeFormat"),
});

export type ConfirmOwnEnrolment = z.infer<typeof confirmOwnEnrolmentSchema>;
