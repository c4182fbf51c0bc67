// How long a submission has waited, or how far past its time limit it is, the way a reviewer reads it:
// "3 小时 12 分" / "3 h 12 min", switching to days and hours beyond two days.
import type { Translate } from "@/lib/i18n/translate";

export interface DurationParts {
  days: number;
  hours: number;
  minutes: number;
}

/** Whole minutes, split for display. Negative input counts as zero. */
export function durationParts(totalMinutes: number): DurationParts {
  const minutes = Math.max(0, Math.floor(totalMinutes));
  if (minutes < 48 * 60) return { days: 0, hours: Math.floor(minutes / 60), minutes: minutes % 60 };
  return { days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60), minutes: 0 };
}

export function formatDuration(totalMinutes: number, t: Translate): string {
  const { days, hours, minutes } = durationParts(totalMinutes);
  if (days > 0) return t("kycQueue.duration.daysHours", { d: days, h: hours });
  if (hours > 0) return t("kycQueue.duration.hoursMinutes", { h: hours, m: minutes });
  return t("kycQueue.duration.minutes", { m: minutes });
}
