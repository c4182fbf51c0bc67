// The action wrapper: authenticate -> authorize (permissions.ts) -> validate (zod) -> run -> typed result.
// Every server action of the console is made here, and registers itself so that the authorization-matrix
// test can find every one of them.
import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { can, type Permission } from "@/lib/auth/permissions";
import { recordRefusal } from "@/lib/audit/refusal";
import type { RequestMeta } from "@/lib/audit/write";
import { getTranslator } from "@/lib/i18n/server";
import { DEFAULT_LOCALE, translator, type Locale, type Translate } from "@/lib/i18n/translate";
import { revalidatePath } from "next/cache";
import { currentActor, isTestContext, type ActionContext } from "@/lib/actions/context";
import { ActionError } from "@/lib/actions/errors";
import { fieldErrorsOf } from "@/lib/actions/field-messages";
import type { ActionResult } from "@/lib/actions/result";

export interface ActionSpec<S extends z.ZodType, T> {
  /** Stable name, also the audit action of refused attempts: "staff.create". */
  name: string;
  permission: Permission;
  schema: S;
  run: (input: z.infer<S>, context: ActionContext) => Promise<T>;
  /** Pages whose data the action changed; the wrapper revalidates them after a success. */
  revalidate?: (input: z.infer<S>, data: T) => string[];
}

/** permission null: a public action (the sign-in steps), open to anyone and bound to its own proof. */
export type ActionMeta = { name: string; permission: Permission | null };

export type Action<T> = ((input: unknown) => Promise<ActionResult<T>>) & { spec: ActionMeta };

export const ACTION_REGISTRY = new Map<string, ActionMeta>();

export function defineAction<S extends z.ZodType, T>(spec: ActionSpec<S, T>): Action<T> {
  const action = async (input: unknown): Promise<ActionResult<T>> => {
    const { t, locale } = await translate();
    const { staff, request } = await currentActor();
    if (!staff) return { ok: false, error: "unauthenticated", message: t("actions.unauthenticated") };
    if (!can(staff.roles, spec.permission)) {
      await recordRefusal(staff, { action: spec.name, permission: spec.permission }, request);
      return { ok: false, error: "forbidden", message: t("actions.forbidden") };
    }
    const parsed = spec.schema.safeParse(input);
    if (!parsed.success) return invalidResult(parsed.error, input, t, locale);
    const result = await runSafely(spec.name, t, () => spec.run(parsed.data, { staff, request }));
    if (result.ok && spec.revalidate && !isTestContext()) for (const path of spec.revalidate(parsed.data, result.data)) revalidatePath(path);
    return result;
  };
  ACTION_REGISTRY.set(spec.name, { name: spec.name, permission: spec.permission });
  return Object.assign(action, { spec: { name: spec.name, permission: spec.permission } });
}

export interface PublicActionSpec<S extends z.ZodType, T> {
  name: string;
  schema: S;
  run: (input: z.infer<S>, request: RequestMeta) => Promise<T>;
}

export function definePublicAction<S extends z.ZodType, T>(spec: PublicActionSpec<S, T>): Action<T> {
  const action = async (input: unknown): Promise<ActionResult<T>> => {
    const { t, locale } = await translate();
    const { request } = await currentActor();
    const parsed = spec.schema.safeParse(input);
    if (!parsed.success) return invalidResult(parsed.error, input, t, locale);
    return runSafely(spec.name, t, () => spec.run(parsed.data, request));
  };
  ACTION_REGISTRY.set(spec.name, { name: spec.name, permission: null });
  return Object.assign(action, { spec: { name: spec.name, permission: null } });
}

function invalidResult(error: z.ZodError, input: unknown, t: Translate, locale: Locale): ActionResult<never> {
  return { ok: false, error: "invalid", message: t("actions.invalid"), fieldErrors: fieldErrorsOf(error, input, t, locale) };
}

async function runSafely<T>(name: string, t: Translate, run: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await run() };
  } catch (error) {
    if (error instanceof ActionError) {
      const fieldErrors = error.fieldErrors ? Object.fromEntries(Object.entries(error.fieldErrors).map(([k, v]) => [k, t(v)])) : undefined;
      return { ok: false, error: error.code, message: t(error.messageKey, error.values), fieldErrors };
    }
    const reference = randomUUID().slice(0, 8);
    console.error(`[action ${name}] reference ${reference}`, error);
    return { ok: false, error: "unexpected", message: t("actions.unexpected", { reference }), reference };
  }
}

async function translate(): Promise<{ t: Translate; locale: Locale }> {
  try {
    return await getTranslator();
  } catch {
    return { t: translator(DEFAULT_LOCALE), locale: DEFAULT_LOCALE };
  }
}
