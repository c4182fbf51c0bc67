"use client";
// The drawer's open state is the URL (`?tx=`): closing it navigates back to the list's own view.
import type { ReactNode } from "react";
import { useRouter } from "next/navigation";
import { Drawer } from "@/components/ui/drawer";

export function TransactionDrawerShell({ closeHref, title, description, closeLabel, footer, children }: {
  closeHref: string;
  title: ReactNode;
  description?: ReactNode;
  closeLabel: string;
  footer?: ReactNode;
  children: ReactNode;
}) {
  const router = useRouter();
  return (
    <Drawer open onClose={() => router.push(closeHref, { scroll: false })} title={title} description={description} closeLabel={closeLabel} footer={footer} testId="transaction-drawer">
      {children}
    </Drawer>
  );
}
