// The analytics charts' colours: Okabe & Ito's palette ("Color Universal Design", 2008), which readers with
// any of the common colour-vision deficiencies can still tell apart. Series take SERIES_COLORS in order
// (seriesColor(i)); the comparison period is drawn in COMPARISON_COLOR, faint (COMPARISON_OPACITY, dashed),
// behind the current one. No imports: server and client components read it.

export const OKABE_ITO = {
  blue: "#0072B2",
  orange: "#E69F00",
  bluishGreen: "#009E73",
  vermillion: "#D55E00",
  skyBlue: "#56B4E9",
  reddishPurple: "#CC79A7",
  yellow: "#F0E442",
  black: "#000000",
} as const;

const PRIMARY_COLOR_HEX = "#0072B2";

/** Series colours in the order a chart uses them: the strongest contrasts first; yellow last (weak on white). */
export const SERIES_COLORS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.vermillion,
  OKABE_ITO.skyBlue,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.yellow,
  "#6B7280",
];

/** The i-th series' colour (wraps around after eight). */
export function seriesColor(index: number): string {
  return SERIES_COLORS[((index % SERIES_COLORS.length) + SERIES_COLORS.length) % SERIES_COLORS.length] ?? PRIMARY_COLOR_HEX;
}

/** The current period's line or bar when a chart has one series. */
export const PRIMARY_COLOR = OKABE_ITO.blue;
/** The comparison period: grey, drawn faintly and dashed behind the current period. */
export const COMPARISON_COLOR = "#9CA3AF";
export const COMPARISON_OPACITY = 0.55;
export const COMPARISON_DASH = "4 3";

/** Good and bad in a colour-blind-safe pair (not red/green): e.g. approved vs rejected, rise vs fall. */
export const POSITIVE_COLOR = OKABE_ITO.bluishGreen;
export const NEGATIVE_COLOR = OKABE_ITO.vermillion;

/** Severity of fraud alerts, low to critical (ordered light to dark so it also reads in grey). */
export const SEVERITY_COLORS = {
  LOW: OKABE_ITO.skyBlue,
  MEDIUM: OKABE_ITO.orange,
  HIGH: OKABE_ITO.vermillion,
  CRITICAL: "#7A2E00",
} as const;

/** A sequential single-hue scale (light to dark blue) for heat maps; 0 <= t <= 1. */
const HEAT_LOW = "#F1F7FC";
export const HEAT_SCALE: readonly string[] = ["#F1F7FC", "#D2E5F3", "#A6CBE7", "#6FA9D6", "#3B86C2", "#0B64A6", "#08467A"];

export function heatColor(t: number): string {
  if (!Number.isFinite(t) || t <= 0) return HEAT_SCALE[0] ?? HEAT_LOW;
  const index = Math.min(HEAT_SCALE.length - 1, Math.ceil(t * (HEAT_SCALE.length - 1)));
  return HEAT_SCALE[index] ?? HEAT_LOW;
}

/** Grid lines, axes and annotation text, matching the console's neutral tokens. */
export const CHART_GRID_COLOR = "#E5E7EB";
export const CHART_AXIS_COLOR = "#6B7280";
export const ANNOTATION_COLOR = "#6B7280";
