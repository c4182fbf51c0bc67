"use client";
// One document image with zoom, 90° rotation and reset, and a large view in a dialog. Every control is a
// labelled button, so it works from the keyboard and with a screen reader. The scans come redacted; once
// the reviewer has revealed the ID number, birth date or address (the audited reveal, pii-reveal.tsx), the
// viewer asks the image route for those fields whole (?reveal=1), for this view only.
import { useState } from "react";
import { Maximize2, RotateCcw, RotateCw, ZoomIn, ZoomOut } from "lucide-react";
import { clsx } from "clsx";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { fill } from "@/components/kyc/review/messages";
import { usePii } from "@/components/kyc/review/pii-context";
import { useMessages } from "@/lib/i18n/provider";

const ZOOMS = [0.5, 0.75, 1, 1.5, 2, 3, 4] as const;
/** The frame is 4:3; a quarter turn swaps the image's box to 3:4 inside it. */
const FRAME_RATIO = 3 / 4;

interface ViewerProps {
  src: string;
  alt: string;
  kind: string;
  testId: string;
}

function Viewer({ src, alt, kind, testId, large, onExpand }: ViewerProps & { large?: boolean; onExpand?: () => void }) {
  const m = useMessages("kycReview");
  const [zoom, setZoom] = useState(2); // index into ZOOMS: 100%
  const [turns, setTurns] = useState(0);
  const [failed, setFailed] = useState(false);
  const scale = ZOOMS[zoom]!;
  const sideways = turns % 2 === 1;
  const changed = zoom !== 2 || turns !== 0;

  return (
    <div className="flex flex-col gap-2" data-testid={testId}>
      <div className={clsx("relative aspect-[4/3] overflow-auto rounded-md border border-border bg-surface-sunken", large ? "w-full" : null)}>
        {failed ? (
          <p className="flex h-full items-center justify-center px-4 text-center text-sm text-ink-subtle">{m.documents.loadFailed}</p>
        ) : (
          <div className="relative mx-auto" style={{ width: `${scale * 100}%`, height: `${scale * 100}%` }}>
            {/* eslint-disable-next-line @next/next/no-img-element -- a private, uncached image from our own route: next/image would cache it */}
            <img
              src={src}
              alt={alt}
              draggable={false}
              onError={() => setFailed(true)}
              className="absolute top-1/2 left-1/2 max-w-none object-contain transition-transform duration-150"
              style={{
                width: sideways ? `${FRAME_RATIO * 100}%` : "100%",
                height: sideways ? `${100 / FRAME_RATIO}%` : "100%",
                transform: `translate(-50%, -50%) rotate(${turns * 90}deg)`,
              }}
            />
          </div>
        )}
      </div>
      <div role="toolbar" aria-label={fill(m.documents.toolbar, { kind })} className="flex items-center gap-1">
        <Button size="sm" variant="ghost" aria-label={m.documents.zoomOut} title={m.documents.zoomOut} disabled={zoom === 0} onClick={() => setZoom((z) => Math.max(0, z - 1))}>
          <ZoomOut aria-hidden />
        </Button>
        <span className="num w-12 text-center text-xs text-ink-muted" aria-live="polite">
          <span className="sr-only">{fill(m.documents.zoom, { percent: Math.round(scale * 100) })}</span>
          <span aria-hidden>{Math.round(scale * 100)}%</span>
        </span>
        <Button size="sm" variant="ghost" aria-label={m.documents.zoomIn} title={m.documents.zoomIn} disabled={zoom === ZOOMS.length - 1} onClick={() => setZoom((z) => Math.min(ZOOMS.length - 1, z + 1))}>
          <ZoomIn aria-hidden />
        </Button>
        <Button size="sm" variant="ghost" aria-label={m.documents.rotate} title={m.documents.rotate} onClick={() => setTurns((t) => (t + 1) % 4)}>
          <RotateCw aria-hidden />
        </Button>
        <Button size="sm" variant="ghost" aria-label={m.documents.reset} title={m.documents.reset} disabled={!changed} onClick={() => (setZoom(2), setTurns(0))}>
          <RotateCcw aria-hidden />
        </Button>
        {onExpand ? (
          <Button size="sm" variant="ghost" className="ml-auto" aria-label={`${m.documents.expand}: ${kind}`} title={m.documents.expand} onClick={onExpand}>
            <Maximize2 aria-hidden />
          </Button>
        ) : null}
      </div>
    </div>
  );
}

/** The scan fields a reveal on this view covered (whichever source it read them from). */
const SCAN_FIELDS = ["idNumber", "birthDate", "address"] as const;

export function DocumentViewer(props: ViewerProps) {
  const m = useMessages("kycReview");
  const { revealed } = usePii();
  const [expanded, setExpanded] = useState(false);
  const scanRevealed = SCAN_FIELDS.some((field) => Object.values(revealed ?? {}).some((values) => values?.[field] !== undefined));
  // A new address for a new copy: the failed-state and zoom reset with it (key), the browser fetches again.
  const view = { ...props, src: scanRevealed ? `${props.src}?reveal=1` : props.src };
  return (
    <>
      <Viewer key={view.src} {...view} onExpand={() => setExpanded(true)} />
      <Dialog open={expanded} onClose={() => setExpanded(false)} title={props.kind} closeLabel={m.documents.close} size="lg" dismissOnBackdrop>
        {expanded ? <Viewer key={view.src} {...view} testId={`${props.testId}-large`} large /> : null}
      </Dialog>
    </>
  );
}
