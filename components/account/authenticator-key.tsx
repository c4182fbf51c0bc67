// The two pieces every authenticator enrolment shows, at sign-in and on the account page: the key as a QR
// code with the same key as text beneath, and the recovery codes shown once.

/** The key to scan, and to type by hand when scanning fails. */
export function AuthenticatorKey({ qrSvg, secret, alt, manualLabel }: { qrSvg: string; secret: string; alt: string; manualLabel: string }) {
  return (
    <div className="flex flex-col items-center gap-2 rounded-md border border-border bg-surface-muted p-3">
      {/* An SVG made on the server by the qrcode package, shown as an image: no markup is injected. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={`data:image/svg+xml;base64,${btoa(qrSvg)}`} alt={alt} width={176} height={176} className="bg-white" />
      <p className="text-xs text-ink-muted">{manualLabel}</p>
      <code data-testid="totp-secret" className="rounded bg-surface px-2 py-1 font-mono text-sm tracking-wider break-all text-ink select-all">
        {secret}
      </code>
    </div>
  );
}

export function RecoveryCodeList({ codes }: { codes: string[] }) {
  return (
    <ol data-testid="recovery-codes" className="grid grid-cols-2 gap-2 rounded-md border border-border bg-surface-muted p-3 font-mono text-sm text-ink">
      {codes.map((code) => (
        <li key={code} className="select-all">
          {code}
        </li>
      ))}
    </ol>
  );
}
