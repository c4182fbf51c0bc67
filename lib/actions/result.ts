// What every server action returns: data, or an error the form can show (in the user's language).
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: import("@/lib/actions/errors").ActionErrorCode; message: string; fieldErrors?: Record<string, string>; reference?: string };
