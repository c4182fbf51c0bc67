"use client";

import { BarChart3, ClipboardCheck, KeyRound, FileClock, FileText, LayoutDashboard, Megaphone, ReceiptText, ShieldAlert, SlidersHorizontal, Users, UserCog } from "lucide-react";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { Sidebar } from "@/components/layout/sidebar";
import type { NavIcon } from "@/lib/navigation";

const ICONS: Record<NavIcon, ReactNode> = {
  overview: <LayoutDashboard aria-hidden />,
  kyc: <ClipboardCheck aria-hidden />,
  alerts: <ShieldAlert aria-hidden />,
  rules: <SlidersHorizontal aria-hidden />,
  customers: <Users aria-hidden />,
  transactions: <ReceiptText aria-hidden />,
  promotions: <Megaphone aria-hidden />,
  analytics: <BarChart3 aria-hidden />,
  reports: <FileText aria-hidden />,
  audit: <FileClock aria-hidden />,
  staff: <UserCog aria-hidden />,
  apiClients: <KeyRound aria-hidden />,
};

export interface ConsoleNavItem {
  href: string;
  label: string;
  icon: NavIcon;
  section: string;
}

export function ConsoleNav({ items, brand, label, footer }: { items: ConsoleNavItem[]; brand: ReactNode; label: string; footer?: ReactNode }) {
  const pathname = usePathname();
  const sections = [...new Set(items.map((item) => item.section))].map((section) => ({
    label: section,
    items: items
      .filter((item) => item.section === section)
      .map((item) => ({
        href: item.href,
        label: item.label,
        icon: ICONS[item.icon],
        active: item.href === "/" ? pathname === "/" : pathname === item.href || pathname.startsWith(`${item.href}/`),
      })),
  }));
  return <Sidebar brand={brand} sections={sections} label={label} footer={footer} />;
}
