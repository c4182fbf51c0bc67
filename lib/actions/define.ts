// The action wrapper: authenticate -> authorize (permissions.ts) -> validate (zod) -> run -> typed result.
// Every server action of the console is made here, and registers itself so that the authorization-matrix
// test can find every one of them.
import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { can, type Permission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/write";
import { db } from "@/lib/db";
import { getTranslator } from "@/lib/i18n/server";
import { DEFAULT_LOCALE, translator, type Translate } from "@/lib/i18n/translate";
import { currentActor, type ActionContext } from "@/lib/actions/context";
import { ActionError } from "@/lib/actions/errors";
import type { ActionResult } from "@/lib/actions/result";

export interface ActionSpec<S extends z.ZodType, T> {
  /** Stable name, also the audit action of refused attempts: "staff.create". */
  name: string;
  permission: Permission;
  schema: S;
  run: (input: z.infer<S>, context: ActionContext) => Promise<T>;
}

export type Action<T> = ((input: unknown) => Promise<ActionResult<T>>) & { spec: { name: string; permission: Permission } };

export const ACTION_REGISTRY = new Map<string, { name: string; permission: Permission }>();

export function defineAction<S extends z.ZodType, T>(spec: ActionSpec<S, T>): Action<T> {
  const action = async (input: unknown): Promise<ActionResult<T>> => {
    const t = await translate();
    const { staff, request } = await currentActor();
    if (!staff) return { ok: false, error: "unauthenticated", message: t("actions.unauthenticated") };
    if (!can(staff.roles, spec.permission)) {
      await db.$transaction((tx) =>
        recordAudit(tx, { actor: staff, action: spec.name, entityType: "Permission", entityId: spec.permission, outcome: "FAILURE", reason: "forbidden", request }),
      );
      return { ok: false, error: "forbidden", message: t("actions.forbidden") };
    }
    const parsed = spec.schema.safeParse(input);
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path.join(".") || "_";
        fieldErrors[field] ??= issue.message.startsWith("validation.") ? t(issue.message as never) : issue.message;
      }
      return { ok: false, error: "invalid", message: t("actions.invalid"), fieldErrors };
    }
    try {
      return { ok: true, data: await spec.run(parsed.data, { staff, request }) };
    } catch (error) {
      if (error instanceof ActionError) {
        const fieldErrors = error.fieldErrors ? Object.fromEntries(Object.entries(error.fieldErrors).map(([k, v]) => [k, t(v)])) : undefined;
        return { ok: false, error: error.code, message: t(error.messageKey, error.values), fieldErrors };
      }
      const reference = randomUUID().slice(0, 8);
      console.error(`[action ${spec.name}] reference ${reference}`, error);
      return { ok: false, error: "unexpected", message: t("actions.unexpected", { reference }), reference };
    }
  };
  ACTION_REGISTRY.set(spec.name, { name: spec.name, permission: spec.permission });
  return Object.assign(action, { spec: { name: spec.name, permission: spec.permission } });
}

async function translate(): Promise<Translate> {
  try {
    return (await getTranslator()).t;
  } catch {
    return translator(DEFAULT_LOCALE);
  }
}
