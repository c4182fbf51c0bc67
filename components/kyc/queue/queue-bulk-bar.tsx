"use client";
// A lead's bulk assignment: the selected rows go to one officer, all or none, in one transaction. Always
// shown to leads, so ticking the first box does not push the rows down under the pointer.
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import type { Feedback } from "@/components/queue/assignment-feedback";
import { fill } from "@/components/kyc/queue/messages";
import { useMessages } from "@/lib/i18n/provider";
import { bulkAssignAction } from "@/lib/kyc/queue/actions";

export function QueueBulkBar({ ids, officers, onDone, onClear }: { ids: string[]; officers: { id: string; name: string }[]; onDone: (feedback: Feedback) => void; onClear: () => void }) {
  const [assigneeId, setAssigneeId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const b = useMessages("kycQueue").bulk;

  const submit = () => {
    if (!assigneeId) return;
    setError(null);
    startTransition(async () => {
      const result = await bulkAssignAction({ submissionIds: ids, assigneeId });
      if (!result.ok) {
        const field = result.fieldErrors?.assigneeId;
        if (field) setError(field);
        else onDone({ tone: result.error === "state" || result.error === "conflict" || result.error === "not-found" ? "warning" : "danger", message: result.message, reload: result.error !== "forbidden" });
        return;
      }
      const { assigned, unchanged, assigneeName } = result.data;
      const done = fill(b.done, { count: assigned + unchanged, name: assigneeName });
      onDone({ tone: "success", message: unchanged > 0 ? `${done} ${fill(b.unchanged, { count: unchanged, name: assigneeName })}` : done });
    });
  };

  return (
    <div className="flex flex-wrap items-center gap-3 rounded-lg border border-brand-border bg-brand-bg px-3 py-2" data-testid="kyc-bulk-bar">
      <span className="num min-w-20 text-sm font-medium text-brand-fg" aria-live="polite" data-testid="kyc-bulk-selected">
        {ids.length > 0 ? fill(b.selected, { count: ids.length }) : b.none}
      </span>
      <label htmlFor="bulk-assignee" className="text-sm text-ink">
        {b.assignTo}
      </label>
      <div className="w-44">
        <Select id="bulk-assignee" value={assigneeId} onChange={(event) => setAssigneeId(event.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? "bulk-assignee-error" : undefined}>
          <option value="">{b.choose}</option>
          {officers.map((officer) => (
            <option key={officer.id} value={officer.id} translate="no">
              {officer.name}
            </option>
          ))}
        </Select>
      </div>
      <Button variant="primary" size="md" onClick={submit} disabled={!assigneeId || ids.length === 0} loading={pending} data-testid="kyc-bulk-assign">
        {b.submit}
      </Button>
      {ids.length > 0 ? (
        <Button variant="ghost" onClick={onClear}>
          {b.clear}
        </Button>
      ) : null}
      {error ? (
        <p id="bulk-assignee-error" className="text-xs font-medium text-danger-fg">
          {error}
        </p>
      ) : null}
    </div>
  );
}
