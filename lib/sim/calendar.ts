// The rhythm of Chinese retail payments: quiet nights, lunch and evening peaks, busier weekends, and the
// shopping festivals (11.11 Singles' Day, 618) and Spring Festival, when red-packet transfers surge.
import { shanghaiClock, shanghaiDay } from "@/lib/time";

/** Relative weight of each Shanghai hour 0-23. */
export const HOUR_WEIGHTS: readonly number[] = [
  0.6, 0.35, 0.2, 0.12, 0.1, 0.15, 0.4, 1.2, 2.4, 2.6, 2.4, 3.0, 4.2, 3.6, 2.6, 2.4, 2.5, 3.0, 3.8, 4.4, 4.6, 4.0,
  2.8, 1.4,
];

/** Lunar new year's day by Gregorian year. */
const SPRING_FESTIVAL: Readonly<Record<number, string>> = {
  2024: "2024-02-10",
  2025: "2025-01-29",
  2026: "2026-02-17",
  2027: "2027-02-06",
  2028: "2028-01-26",
};

export type DayKind = "normal" | "singles-day" | "618" | "spring-festival" | "national-day";

export function dayKind(day: string): DayKind {
  const monthDay = day.slice(5);
  if (monthDay >= "11-10" && monthDay <= "11-12") return "singles-day";
  if (monthDay >= "06-17" && monthDay <= "06-18") return "618";
  if (monthDay >= "10-01" && monthDay <= "10-07") return "national-day";
  const newYear = SPRING_FESTIVAL[Number(day.slice(0, 4))];
  if (newYear) {
    const offset = (Date.parse(day) - Date.parse(newYear)) / 86_400_000;
    if (offset >= -1 && offset <= 6) return "spring-festival";
  }
  return "normal";
}

/** How much busier than an ordinary weekday a Shanghai day is. */
export function dayFactor(dayStart: Date): number {
  const day = shanghaiDay(dayStart);
  const { weekday } = shanghaiClock(dayStart);
  const week = [1.15, 0.92, 0.92, 0.95, 0.97, 1.1, 1.25][weekday]!;
  const festival = { normal: 1, "singles-day": day.endsWith("11-11") ? 3.4 : 1.6, "618": 1.9, "spring-festival": 1.8, "national-day": 1.3 }[
    dayKind(day)
  ];
  return week * festival;
}
