import { describe, expect, it } from "vitest";
import { addWorkingDays, isWorkingDay, workingDaysBetween, type CalendarDayKind } from "@/lib/reports/calendar/working-days";

// A slice of the shipped 2026 calendar (migration 20261204003639_regulatory_reports).
const calendar2026 = new Map<string, CalendarDayKind>([
  ["2026-09-20", "WORKDAY"], // Sunday worked for 国庆节
  ["2026-09-25", "HOLIDAY"],
  ["2026-09-26", "HOLIDAY"],
  ["2026-09-27", "HOLIDAY"],
  ["2026-10-01", "HOLIDAY"],
  ["2026-10-02", "HOLIDAY"],
  ["2026-10-03", "HOLIDAY"],
  ["2026-10-04", "HOLIDAY"],
  ["2026-10-05", "HOLIDAY"],
  ["2026-10-06", "HOLIDAY"],
  ["2026-10-07", "HOLIDAY"],
  ["2026-10-10", "WORKDAY"], // Saturday worked for 国庆节
  ["2026-02-14", "WORKDAY"],
  ["2026-02-15", "HOLIDAY"],
  ["2026-02-16", "HOLIDAY"],
  ["2026-02-17", "HOLIDAY"],
  ["2026-02-18", "HOLIDAY"],
  ["2026-02-19", "HOLIDAY"],
  ["2026-02-20", "HOLIDAY"],
  ["2026-02-21", "HOLIDAY"],
  ["2026-02-22", "HOLIDAY"],
  ["2026-02-23", "HOLIDAY"],
  ["2026-02-28", "WORKDAY"],
]);
const none = new Map<string, CalendarDayKind>();

describe("isWorkingDay", () => {
  it("is Monday to Friday without exceptions", () => {
    expect(isWorkingDay("2026-12-04", none)).toBe(true); // Friday
    expect(isWorkingDay("2026-12-05", none)).toBe(false); // Saturday
    expect(isWorkingDay("2026-12-06", none)).toBe(false); // Sunday
    expect(isWorkingDay("2026-12-07", none)).toBe(true); // Monday
  });

  it("lets a holiday close a weekday and a 调休 workday open a weekend day", () => {
    expect(isWorkingDay("2026-10-01", calendar2026)).toBe(false); // Thursday, 国庆节
    expect(isWorkingDay("2026-10-10", calendar2026)).toBe(true); // Saturday, 调休
    expect(isWorkingDay("2026-09-20", calendar2026)).toBe(true); // Sunday, 调休
  });

  it("refuses what is not a day", () => {
    expect(() => isWorkingDay("2026-02-30", none)).toThrow(RangeError);
    expect(() => isWorkingDay("20261204", none)).toThrow(RangeError);
  });
});

describe("addWorkingDays", () => {
  it("counts working days after the basis day, skipping the weekend", () => {
    expect(addWorkingDays("2026-12-01", 5, none)).toBe("2026-12-08"); // Tue -> next Tue
    expect(addWorkingDays("2026-12-04", 5, none)).toBe("2026-12-11"); // Fri -> next Fri
    expect(addWorkingDays("2026-12-05", 1, none)).toBe("2026-12-07"); // Sat -> Mon
    expect(addWorkingDays("2026-12-04", 0, none)).toBe("2026-12-04");
  });

  it("skips a holiday week and counts the 调休 Saturday", () => {
    // Wed 09-30: 10-01..07 holiday, Thu 10-08 (1), Fri 10-09 (2), Sat 10-10 调休 (3), Mon 10-12 (4), Tue 10-13 (5).
    expect(addWorkingDays("2026-09-30", 5, calendar2026)).toBe("2026-10-13");
    expect(addWorkingDays("2026-09-30", 5, none)).toBe("2026-10-07");
  });

  it("counts a 调休 Sunday and skips the mid-autumn holiday", () => {
    // Fri 09-18: Sun 09-20 调休 (1), Mon 21 (2), Tue 22 (3), Wed 23 (4), Thu 24 (5).
    expect(addWorkingDays("2026-09-18", 5, calendar2026)).toBe("2026-09-24");
    // Thu 09-24: 25-27 holiday, Mon 28 (1), Tue 29 (2), Wed 30 (3), Thu 10-08 (4), Fri 10-09 (5).
    expect(addWorkingDays("2026-09-24", 5, calendar2026)).toBe("2026-10-09");
  });

  it("crosses the Spring Festival", () => {
    // Fri 02-13: Sat 02-14 调休 (1), 15-23 holiday, Tue 24 (2), Wed 25 (3), Thu 26 (4), Fri 27 (5).
    expect(addWorkingDays("2026-02-13", 5, calendar2026)).toBe("2026-02-27");
    expect(addWorkingDays("2026-02-13", 6, calendar2026)).toBe("2026-02-28"); // Saturday 调休
  });

  it("counts back with a negative n", () => {
    expect(addWorkingDays("2026-12-07", -1, none)).toBe("2026-12-04");
  });
});

describe("workingDaysBetween", () => {
  it("counts the working days after `from` up to `to`", () => {
    expect(workingDaysBetween("2026-09-30", "2026-10-13", calendar2026)).toBe(5);
    expect(workingDaysBetween("2026-12-07", "2026-12-07", none)).toBe(0);
    expect(workingDaysBetween("2026-12-08", "2026-12-07", none)).toBe(0);
  });
});
