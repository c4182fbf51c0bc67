import { describe, expect, it } from "vitest";
import { spreadsheetSafe } from "@/lib/csv/stream";

describe("spreadsheetSafe", () => {
  it("defuses what a spreadsheet would run, and leaves numbers numbers", () => {
    expect(spreadsheetSafe("=HYPERLINK(\"http://x\")")).toBe("'=HYPERLINK(\"http://x\")");
    expect(spreadsheetSafe("-1+2")).toBe("'-1+2");
    expect(spreadsheetSafe("+86 138")).toBe("'+86 138");
    expect(spreadsheetSafe("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(spreadsheetSafe("-26606.55")).toBe("-26606.55");
    expect(spreadsheetSafe("上海市")).toBe("上海市");
  });
});
