// Status tones shared by Badge, Stat and AlertBanner, so "warning" looks the same everywhere.
export type Tone = "neutral" | "info" | "success" | "warning" | "danger" | "critical" | "brand";

/** Soft pill / banner colours: background, text and border. */
export const toneSoftClassName: Record<Tone, string> = {
  neutral: "bg-neutral-bg text-neutral-fg border-neutral-border",
  info: "bg-info-bg text-info-fg border-info-border",
  success: "bg-success-bg text-success-fg border-success-border",
  warning: "bg-warning-bg text-warning-fg border-warning-border",
  danger: "bg-danger-bg text-danger-fg border-danger-border",
  critical: "bg-critical-bg text-critical-fg border-critical-border",
  brand: "bg-brand-bg text-brand-fg border-brand-border",
};

/** Solid colour for dots, accents and icons (>= 3:1 against white). */
export const toneSolidClassName: Record<Tone, string> = {
  neutral: "bg-neutral-solid",
  info: "bg-info-solid",
  success: "bg-success-solid",
  warning: "bg-warning-solid",
  danger: "bg-danger-solid",
  critical: "bg-critical-solid",
  brand: "bg-brand-solid",
};
