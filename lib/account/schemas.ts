import { z } from "zod";
import { newPasswordSchema } from "@/lib/auth/password-policy";

export const changeOwnPasswordSchema = z.object({
  currentPassword: z.string().min(1, "validation.required").max(1024),
  newPassword: newPasswordSchema,
});

export type ChangeOwnPassword = z.infer<typeof changeOwnPasswordSchema>;
