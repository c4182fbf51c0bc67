import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf } from "./field-messages";
import { translator, type Locale } from "@/lib/i18n/translate";
import { addKycNoteSchema } from "@/lib/notes/schemas";
import { requestKycInfoSchema } from "@/lib/kyc/review/schemas";
import { newPasswordSchema } from "@/lib/auth/password-policy";

function errors(schema: z.ZodType, input: unknown, locale: Locale = "zh-CN") {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error("expected the input to be refused");
  return fieldErrorsOf(parsed.error, input, translator(locale), locale);
}

describe("field messages say what is wrong", () => {
  it("answers a too-long KYC note with its limit, not 'required', in both languages", () => {
    const input = { submissionId: "K000000001", body: "长".repeat(2001) };
    expect(errors(addKycNoteSchema, input)).toEqual({ body: "最多 2000 个字符。" });
    expect(errors(addKycNoteSchema, input, "en")).toEqual({ body: "At most 2,000 characters." });
  });

  it("still says 'required' when nothing was entered", () => {
    expect(errors(addKycNoteSchema, { submissionId: "K000000001", body: "   " })).toEqual({ body: "此项为必填。" });
    expect(errors(addKycNoteSchema, { submissionId: "K000000001" }, "en")).toEqual({ body: "This field is required." });
  });

  it("names the wrong type instead of 'required'", () => {
    expect(errors(addKycNoteSchema, { submissionId: "K000000001", body: 42 }, "en")).toEqual({ body: "Enter text." });
    expect(errors(z.object({ version: z.number({ error: "validation.required" }).int() }), { version: "x" }, "en")).toEqual({ version: "Enter a number." });
    expect(errors(z.object({ version: z.number({ error: "validation.required" }).int() }), { version: 1.5 })).toEqual({ version: "请输入整数。" });
  });

  it("gives lower limits, number bounds, list sizes, formats and choices", () => {
    const schema = z.object({
      code: z.string({ error: "validation.required" }).min(6, "validation.required"),
      amount: z.number({ error: "validation.required" }).min(1).max(50_000),
      kinds: z.array(z.enum(["A", "B"]), { error: "validation.required" }).min(1, "validation.required").max(1),
      when: z.iso.datetime({ message: "validation.required" }),
      kind: z.enum(["A", "B"], { error: "validation.required" }),
    });
    expect(errors(schema, { code: "123", amount: 0, kinds: [], when: "tomorrow", kind: "C" }, "en")).toEqual({
      code: "At least 6 characters.",
      amount: "Must be 1 or more.",
      kinds: "Choose at least one.",
      when: "Enter a valid date and time.",
      kind: "Choose one of the listed options.",
    });
    expect(errors(schema, { code: "123456", amount: 60_000, kinds: ["A", "B"], when: "2026-12-03T10:00:00Z", kind: "A" })).toEqual({
      amount: "不能大于 50000。",
      kinds: "最多选择 1 项。",
    });
  });

  it("keeps a schema's own specific message, also for a field left empty", () => {
    expect(errors(z.object({ password: newPasswordSchema }), { password: "short" }, "en")).toEqual({ password: "The password needs at least 12 characters." });
    expect(errors(z.object({ email: z.email("validation.email") }), { email: "" }, "en")).toEqual({ email: "Enter a valid email address." });
  });

  it("does not answer a too-long info request with the generic reason message", () => {
    const input = { submissionId: "K000000001", version: 0, documents: ["SELFIE"], message: "请".repeat(5000) };
    const fieldErrors = errors(requestKycInfoSchema, input);
    expect(fieldErrors.message).toMatch(/^最多 \d+ 个字符。$/);
  });
});
