// How each kind of node is drawn, shared by the legend and the canvas. No imports: both sides read it.
import type { NodeKind } from "@/lib/fraud/cases/linked";

export const NODE_STYLE: Record<NodeKind, { colour: string; shape: string; size: number }> = {
  self: { colour: "#1d4ed8", shape: "star", size: 34 },
  customer: { colour: "#0f766e", shape: "ellipse", size: 24 },
  device: { colour: "#7c3aed", shape: "round-rectangle", size: 18 },
  card: { colour: "#b45309", shape: "rectangle", size: 18 },
  counterparty: { colour: "#475569", shape: "diamond", size: 20 },
};

/** Concentric rings: the customer at the centre, their own things next, linked customers outside. */
export const RING: Record<NodeKind, number> = { self: 4, device: 3, card: 3, counterparty: 2, customer: 1 };
