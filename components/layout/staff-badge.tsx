import Link from "next/link";

// Who is signed in, in the header: name and role names, linking to their own account page.
export function StaffBadge({ name, email, roles, label, accountLabel }: { name: string; email: string; roles: string[]; label: string; accountLabel: string }) {
  return (
    <Link href="/account" title={`${accountLabel} · ${email}`} className="-mx-1.5 flex items-center gap-2.5 rounded-md px-1.5 py-1 hover:bg-surface-hover" data-testid="signed-in-staff">
      <span aria-hidden translate="no" className="flex size-7 items-center justify-center rounded-full bg-brand-100 text-xs font-semibold text-brand-800">
        {name.slice(0, 1)}
      </span>
      <div className="leading-tight">
        <p className="text-sm font-medium text-ink">
          <span className="sr-only">{label}: </span>
          <span translate="no">{name}</span>
        </p>
        <p className="text-xs text-ink-subtle">{roles.join(" · ")}</p>
      </div>
    </Link>
  );
}
