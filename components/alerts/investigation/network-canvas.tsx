"use client";
// The network drawn by cytoscape with its concentric layout (the customer at the centre, their devices,
// cards and counterparties around, linked customers outside). Imported only through network-graph.tsx's
// next/dynamic. Clicking a customer opens their 360.
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import cytoscape from "cytoscape";
import { Button } from "@/components/ui/button";
import type { NetworkEdge, NetworkNode } from "@/lib/fraud/cases/linked";
import { fill } from "@/lib/i18n/fill";
import { useMessages } from "@/lib/i18n/provider";
import { NODE_STYLE, RING } from "@/components/alerts/investigation/network-style";

const ALERTED = "#dc2626";

function layout(cy: cytoscape.Core) {
  cy.layout({
    name: "concentric",
    concentric: (node: cytoscape.NodeSingular) => RING[node.data("kind") as NetworkNode["kind"]] ?? 1,
    levelWidth: () => 1,
    minNodeSpacing: 18,
    animate: false,
    fit: true,
    padding: 16,
  }).run();
}

export function NetworkCanvas({ nodes, edges }: { nodes: NetworkNode[]; edges: NetworkEdge[] }) {
  const m = useMessages("alertCase").network;
  const container = useRef<HTMLDivElement>(null);
  const graph = useRef<cytoscape.Core | null>(null);
  const [ready, setReady] = useState(false);
  const router = useRouter();

  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({
      container: container.current,
      elements: [
        ...nodes.map((n) => ({ data: { id: n.id, label: n.label, kind: n.kind, alerted: n.alerted ? 1 : 0 } })),
        ...edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, kind: e.kind } })),
      ],
      style: [
        {
          selector: "node",
          style: {
            label: "data(label)",
            "font-size": 10,
            color: "#1f2937",
            "text-valign": "bottom",
            "text-margin-y": 3,
            "border-width": 0,
          },
        },
        ...Object.entries(NODE_STYLE).map(([kind, s]) => ({
          selector: `node[kind = "${kind}"]`,
          style: { "background-color": s.colour, shape: s.shape as cytoscape.Css.NodeShape, width: s.size, height: s.size },
        })),
        { selector: "node[alerted = 1]", style: { "border-width": 3, "border-color": ALERTED } },
        { selector: "edge", style: { width: 1.5, "line-color": "#cbd5e1", "curve-style": "bezier" } },
        { selector: 'edge[kind = "phone"], edge[kind = "idNumber"]', style: { "line-style": "dashed", "line-color": "#f59e0b" } },
      ],
      userZoomingEnabled: true,
      boxSelectionEnabled: false,
      minZoom: 0.3,
      maxZoom: 3,
    });
    layout(cy);
    cy.on("tap", 'node[kind = "customer"]', (event) => {
      const id = String(event.target.id()).replace(/^customer:/, "");
      router.push(`/customers/${encodeURIComponent(id)}`);
    });
    graph.current = cy;
    setReady(true);
    return () => {
      cy.destroy();
      graph.current = null;
    };
  }, [nodes, edges, router]);

  return (
    <div className="relative">
      <div
        ref={container}
        role="img"
        aria-label={fill(m.label, { nodes: nodes.length, edges: edges.length })}
        className="h-80 w-full rounded-md border border-border bg-surface-muted"
        data-testid="alert-network-canvas"
        data-ready={ready ? "true" : "false"}
        data-nodes={nodes.length}
        data-edges={edges.length}
      />
      <Button size="sm" variant="ghost" className="absolute top-2 right-2" onClick={() => graph.current && layout(graph.current)}>
        {m.relayout}
      </Button>
    </div>
  );
}
