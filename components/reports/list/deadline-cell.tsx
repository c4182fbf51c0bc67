// A report's due day with its state: red "已逾期 N 个工作日" past the deadline, amber "今日到期" on it, the
// working days left before it; filed reports show the day alone. Server and client alike (labels passed in).
import { clsx } from "clsx";
import type { DeadlineView } from "@/lib/reports/list/format";

export function DeadlineCell({ deadline }: { deadline: DeadlineView }) {
  return (
    <span className="flex flex-col" data-testid="report-deadline" data-state={deadline.state}>
      <span className={clsx("num", deadline.state === "overdue" && "font-semibold text-danger-fg")}>{deadline.dueDay}</span>
      {deadline.label ? (
        <span
          className={clsx(
            "text-xs whitespace-nowrap",
            deadline.state === "overdue" ? "font-medium text-danger-fg" : deadline.state === "today" ? "font-medium text-warning-fg" : "text-ink-subtle",
          )}
        >
          {deadline.label}
        </span>
      ) : null}
    </span>
  );
}
