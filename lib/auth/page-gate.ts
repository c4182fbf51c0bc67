// The gate for pages: a segment's layout and its pages ask for their area by href (lib/navigation.ts holds
// the one path -> permission table); a page that needs a finer permission asks for it by name. A refused
// load renders the 403 page and is recorded exactly as a refused action or route handler is.
import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache, createElement, type ReactNode } from "react";
import { currentActor, isTestContext } from "@/lib/actions/context";
import { recordRefusal } from "@/lib/audit/refusal";
import { can, type Permission } from "@/lib/auth/permissions";
import { requireStaff, type StaffSession } from "@/lib/auth/session";
import { MessagesProvider, type Namespace } from "@/lib/i18n/messages-provider";
import { areaPermission, type AreaHref } from "@/lib/navigation";

/** The staff member the page renders for; in the authorization tests, the one runAsStaff names. */
async function pageStaff(): Promise<StaffSession> {
  if (!isTestContext()) return requireStaff();
  const { staff } = await currentActor();
  if (!staff) redirect("/login");
  return staff;
}

/**
 * One record per refused request: a segment's layout and its page both ask (the page must, since a
 * client navigation inside the segment re-renders the page without its layout), and React's per-request
 * cache makes the second ask reuse the first one's answer.
 */
const refusePage = cache(async (staff: StaffSession, permission: Permission, page: string): Promise<void> => {
  const { request } = await currentActor();
  await recordRefusal(staff, { action: "page.view", permission, after: { page } }, request);
});

/** For pages: the staff member, or the 403 page (recorded) unless they hold the permission. */
export async function requirePagePermission(permission: Permission, page: string): Promise<StaffSession> {
  const staff = await pageStaff();
  if (!can(staff.roles, permission)) {
    await refusePage(staff, permission, page);
    forbidden();
  }
  return staff;
}

/** For a segment's layout and its pages: the staff member, or the 403 page unless their roles open the area. */
export async function requireArea(href: AreaHref): Promise<StaffSession> {
  const permission = areaPermission(href);
  return permission ? requirePagePermission(permission, href) : pageStaff();
}

/**
 * A segment's layout: checks the area above the segment's loading.tsx, because once a loading state has
 * streamed the response is already 200, and a refusal must come first to reach the browser as a real 403.
 * `messages` are the catalogue namespaces the area's client components read with useMessages.
 */
export function areaLayout(href: AreaHref, messages: readonly Namespace[] = []) {
  return async function AreaLayout({ children }: { children: ReactNode }): Promise<ReactNode> {
    await requireArea(href);
    // The area's strings for its client components (lib/i18n/provider.tsx), after the gate.
    return createElement(MessagesProvider, { namespaces: messages }, children);
  };
}
