"use server";
// The locale switch: a display preference of the browser (a cookie), not bank data, so it is public and
// writes no audit event.
import { cookies } from "next/headers";
import { z } from "zod";
import { definePublicAction } from "@/lib/actions/define";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/translate";

export const setLocaleAction = definePublicAction({
  name: "preferences.set-locale",
  schema: z.object({ locale: z.enum(LOCALES) }),
  run: async ({ locale }) => {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", httpOnly: false, maxAge: 60 * 60 * 24 * 365 });
    return { locale };
  },
});
