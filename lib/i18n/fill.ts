// Puts values into a message's {placeholders}. Its own module so client components can use it without
// importing translate.ts, which holds both whole catalogues.

/** Unknown placeholders stay as they are, so a missing value shows up instead of vanishing. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
