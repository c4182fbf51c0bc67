"use client";

import { useMemo, useState } from "react";
import { Inbox } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable, createDataTableColumnHelper, type DataTableSorting } from "@/components/ui/data-table";
import { Dialog } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { Field, fieldDescribedBy } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";

type Txn = {
  id: string;
  ref: string;
  customer: string;
  type: string;
  amountFen: number;
  status: "完成" | "处理中" | "失败" | "已冻结";
  risk: "低" | "中" | "高" | "严重";
  at: string;
};

const names = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强", "周杰", "吴霞", "徐涛", "孙丽", "马超", "朱琳", "胡军"];
const types = ["转账", "充值", "提现", "消费", "退款"];
const statuses: Txn["status"][] = ["完成", "处理中", "失败", "已冻结"];
const risks: Txn["risk"][] = ["低", "中", "高", "严重"];

const rows: Txn[] = names.map((name, i) => ({
  id: `t${i}`,
  ref: `TX2025112${String(7000 + i * 37).padStart(6, "0")}`,
  customer: `${name} · 138****${String(1000 + i * 271).slice(-4)}`,
  type: types[i % types.length] ?? "转账",
  amountFen: ((i * 7919) % 5000000) + 1250,
  status: statuses[(i * 3) % statuses.length] ?? "完成",
  risk: risks[(i * 5) % risks.length] ?? "低",
  at: `2025-11-27 ${String(9 + (i % 10)).padStart(2, "0")}:${String((i * 13) % 60).padStart(2, "0")}:12`,
}));

const statusTone = { 完成: "success", 处理中: "info", 失败: "danger", 已冻结: "warning" } as const;
const riskTone = { 低: "neutral", 中: "warning", 高: "danger", 严重: "critical" } as const;
const yuan = (fen: number) => `¥${(fen / 100).toLocaleString("zh-CN", { minimumFractionDigits: 2 })}`;

const col = createDataTableColumnHelper<Txn>();
const columns = col.columns([
  col.accessor("ref", { header: "交易编号", meta: { mono: true, width: "13rem" } }),
  col.accessor("customer", { header: "客户", enableSorting: false }),
  col.accessor("type", { header: "类型", enableSorting: false }),
  col.accessor("amountFen", { header: "金额", cell: (c) => yuan(c.getValue()), meta: { align: "end" } }),
  col.accessor("status", {
    header: "状态",
    enableSorting: false,
    cell: (c) => (
      <Badge tone={statusTone[c.getValue()]} dot>
        {c.getValue()}
      </Badge>
    ),
  }),
  col.accessor("risk", {
    header: "风险",
    enableSorting: false,
    cell: (c) => <Badge tone={riskTone[c.getValue()]}>{c.getValue()}</Badge>,
  }),
  col.accessor("at", { header: "时间", meta: { align: "end" } }),
]);

const noRows: Txn[] = [];

export function PreviewTable({ empty = false }: { empty?: boolean }) {
  const [sorting, setSorting] = useState<DataTableSorting>([{ id: "at", desc: true }]);
  const data = useMemo(() => {
    if (empty) return noRows;
    const s = sorting[0];
    if (!s) return rows;
    const key = s.id as keyof Txn;
    return [...rows].sort((a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0) * (s.desc ? -1 : 1));
  }, [sorting, empty]);
  return (
    <DataTable
      caption="交易列表"
      columns={columns}
      data={data}
      getRowId={(r) => r.id}
      sorting={sorting}
      onSortingChange={setSorting}
      rowHref={(r) => `/ui-preview?row=${r.id}`}
      maxHeight={empty ? undefined : "24rem"}
      emptyState={<EmptyState icon={<Inbox />} title="没有符合条件的交易" description="调整筛选条件后重试。" />}
    />
  );
}

export function PreviewDialog() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)} data-testid="open-dialog">
        冻结账户…
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title="冻结钱包账户"
        description="冻结后客户将无法转出资金，操作会写入审计日志。"
        closeLabel="关闭"
        footer={
          <>
            <Button onClick={() => setOpen(false)}>取消</Button>
            <Button variant="danger">确认冻结</Button>
          </>
        }
      >
        <div className="flex flex-col gap-4">
          <Field label="冻结原因" htmlFor="reason" required>
            <Select id="reason" required defaultValue="">
              <option value="" disabled>
                请选择
              </option>
              <option>疑似欺诈</option>
              <option>司法冻结</option>
            </Select>
          </Field>
          <Field label="备注" htmlFor="note" error="请填写至少 10 个字" hint="将展示给复核人员">
            <Textarea id="note" aria-invalid aria-describedby={fieldDescribedBy("note", "x", "y")} />
          </Field>
        </div>
      </Dialog>
    </>
  );
}
