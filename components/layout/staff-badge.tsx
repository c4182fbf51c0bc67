// Who is signed in, in the header: name, email and role names.
export function StaffBadge({ name, email, roles, label }: { name: string; email: string; roles: string[]; label: string }) {
  return (
    <div className="flex items-center gap-2.5" data-testid="signed-in-staff">
      <span aria-hidden className="flex size-7 items-center justify-center rounded-full bg-brand-100 text-xs font-semibold text-brand-800">
        {name.slice(0, 1)}
      </span>
      <div className="leading-tight">
        <p className="text-sm font-medium text-ink">
          <span className="sr-only">{label}: </span>
          {name}
        </p>
        <p className="text-xs text-ink-subtle" title={email}>
          {roles.join(" · ")}
        </p>
      </div>
    </div>
  );
}
