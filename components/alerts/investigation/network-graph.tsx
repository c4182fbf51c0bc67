"use client";
// The network picture's frame: legend, counts and the drawing, which is loaded only here and only in the
// browser (next/dynamic, ssr false), so cytoscape never adds to another page's JavaScript nor to this page's
// first load. The linked-customers table beside it says the same in text for screen readers.
import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";
import type { NetworkEdge, NetworkNode, NodeKind } from "@/lib/fraud/cases/linked";
import { useMessages } from "@/lib/i18n/provider";
import { NODE_STYLE } from "@/components/alerts/investigation/network-style";

function Loading() {
  const m = useMessages("alertCase").network;
  return (
    <div className="flex h-80 items-center justify-center">
      <Skeleton className="h-full w-full" />
      <span className="sr-only">{m.loading}</span>
    </div>
  );
}

const NetworkCanvas = dynamic(() => import("@/components/alerts/investigation/network-canvas").then((mod) => mod.NetworkCanvas), { ssr: false, loading: Loading });

const KINDS: NodeKind[] = ["self", "customer", "device", "card", "counterparty"];

export function NetworkGraph({ nodes, edges }: { nodes: NetworkNode[]; edges: NetworkEdge[] }) {
  const m = useMessages("alertCase").network;
  const present = new Set(nodes.map((n) => n.kind));
  return (
    <div className="flex flex-col gap-2">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-ink-subtle">
        {KINDS.filter((kind) => present.has(kind)).map((kind) => (
          <li key={kind} className="inline-flex items-center gap-1.5">
            <span aria-hidden className="inline-block size-2.5 rounded-full" style={{ background: NODE_STYLE[kind].colour }} />
            {m.legend[kind]}
          </li>
        ))}
      </ul>
      <NetworkCanvas nodes={nodes} edges={edges} />
    </div>
  );
}
