import Link from "next/link";
import { Bell, ChartLine, FileSearch, Gift, LayoutDashboard, ScrollText, ShieldAlert, ShieldCheck, Users, Wallet } from "lucide-react";
import { AppHeader } from "@/components/layout/app-header";
import { PageHeader } from "@/components/layout/page-header";
import { PageShell } from "@/components/layout/page-shell";
import { Sidebar } from "@/components/layout/sidebar";
import { AlertBanner } from "@/components/ui/alert-banner";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClassName } from "@/components/ui/button";
import { Card, CardBody, CardFooter } from "@/components/ui/card";
import { ErrorState } from "@/components/ui/error-state";
import { Field, fieldDescribedBy } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Kbd } from "@/components/ui/kbd";
import { CursorPagination } from "@/components/ui/pagination";
import { Select } from "@/components/ui/select";
import { Skeleton, StatSkeleton, TableSkeleton } from "@/components/ui/skeleton";
import { Stat } from "@/components/ui/stat";
import { Tabs } from "@/components/ui/tabs";
import { PreviewDialog, PreviewTable } from "./preview-client";

const tones = ["neutral", "info", "success", "warning", "danger", "critical", "brand"] as const;

export default function UiPreviewPage() {
  const sidebar = (
    <Sidebar
      label="主导航"
      brand={
        <div className="flex items-center gap-2">
          <span className="flex size-7 items-center justify-center rounded-md bg-brand-600 text-ink-inverse">
            <Wallet className="size-4" aria-hidden />
          </span>
          <span className="text-sm font-semibold text-ink-strong">钱包运营后台</span>
        </div>
      }
      sections={[
        { items: [{ href: "/ui-preview", label: "概览", icon: <LayoutDashboard />, active: true }] },
        {
          label: "合规",
          items: [
            { href: "/kyc", label: "实名审核", icon: <ShieldCheck />, active: false, badge: 12 },
            { href: "/alerts", label: "风险预警", icon: <ShieldAlert />, active: false, badge: 3 },
            { href: "/txns", label: "交易查询", icon: <FileSearch />, active: false },
          ],
        },
        {
          label: "营销",
          items: [
            { href: "/campaigns", label: "营销活动", icon: <Gift />, active: false },
            { href: "/reports", label: "经营报表", icon: <ChartLine />, active: false },
          ],
        },
        {
          label: "管理",
          items: [
            { href: "/users", label: "用户与角色", icon: <Users />, active: false },
            { href: "/audit", label: "审计日志", icon: <ScrollText />, active: false },
          ],
        },
      ]}
      footer={
        <div className="flex items-center gap-2">
          <span className="flex size-7 items-center justify-center rounded-full bg-brand-100 text-xs font-semibold text-brand-800">
            林
          </span>
          <div className="min-w-0 text-xs">
            <p className="truncate font-medium text-ink">林晓雯</p>
            <p className="truncate text-ink-subtle">合规专员</p>
          </div>
        </div>
      }
    />
  );
  const header = (
    <AppHeader
      title={
        <>
          <Badge tone="warning" dot>
            测试环境
          </Badge>
          <span className="hidden sm:inline">
            搜索 <Kbd>/</Kbd>
          </span>
        </>
      }
      right={
        <>
          <Button variant="ghost" size="sm" aria-label="通知">
            <Bell />
          </Button>
          <Select aria-label="语言" defaultValue="zh" className="h-7 w-28 text-xs">
            <option value="zh">简体中文</option>
            <option value="en">English</option>
          </Select>
          <Button size="sm">退出登录</Button>
        </>
      }
    />
  );

  return (
    <PageShell sidebar={sidebar} header={header}>
      <PageHeader
        title="概览"
        description="今日钱包业务与合规待办。数据每 5 分钟刷新。"
        breadcrumbsLabel="面包屑"
        breadcrumbs={[{ label: "首页", href: "/" }, { label: "运营" }]}
        actions={
          <>
            <Link href="/ui-preview" className={buttonClassName("secondary", "md")}>
              导出
            </Link>
            <Button variant="primary">新建活动</Button>
          </>
        }
      >
        <Tabs
          label="视图"
          items={[
            { href: "/ui-preview", label: "今日", active: true },
            { href: "/ui-preview?t=7", label: "近 7 天", active: false, count: 7 },
            { href: "/ui-preview?t=30", label: "近 30 天", active: false },
          ]}
        />
      </PageHeader>

      <div className="flex flex-col gap-5">
        <div className="grid grid-cols-2 gap-3 lg:grid-cols-4 xl:grid-cols-5">
          <Stat label="待审实名" value="128" hint="较昨日 +12" tone="brand" href="/kyc" />
          <Stat label="未处理预警" value="7" hint="其中 2 条严重" tone="danger" href="/alerts" />
          <Stat label="今日交易额" value="¥12,480,350.00" hint="共 8,214 笔" />
          <Stat label="活跃钱包" value="482,117" hint="7 日活跃" tone="success" />
          <StatSkeleton label="加载中" />
        </div>

        <AlertBanner tone="info" title="系统维护通知" testId="banner-info">
          11 月 30 日 02:00–04:00 清算系统维护，期间提现将延迟到账。
        </AlertBanner>
        <div className="grid grid-cols-2 gap-3">
          <AlertBanner tone="success">审核结果已保存。</AlertBanner>
          <AlertBanner tone="warning" title="额度接近上限">营销预算已使用 92%。</AlertBanner>
          <AlertBanner tone="danger" title="无法保存">该申请已被其他审核员处理，请刷新后重试。</AlertBanner>
          <AlertBanner tone="critical" title="严重预警">检测到同一设备 10 分钟内登录 14 个账户。</AlertBanner>
        </div>

        <Card
          title="最近交易"
          description="点击行查看详情；表头可排序。"
          actions={
            <>
              <Input aria-label="搜索" placeholder="交易编号 / 手机号" className="h-7 w-56 text-xs" />
              <Button size="sm" variant="secondary">
                筛选
              </Button>
            </>
          }
        >
          <PreviewTable />
          <CardFooter>
            <CursorPagination
              label="分页"
              summary="第 1–15 条"
              hasPrev={false}
              hasNext
              nextHref="/ui-preview?after=t14"
              prevLabel="上一页"
              nextLabel="下一页"
              className="w-full"
            />
          </CardFooter>
        </Card>

        <div className="grid grid-cols-3 gap-5">
          <Card title="徽标">
            <CardBody className="flex flex-col gap-3">
              <div className="flex flex-wrap gap-2">
                {tones.map((t) => (
                  <Badge key={t} tone={t}>
                    {t}
                  </Badge>
                ))}
              </div>
              <div className="flex flex-wrap gap-2">
                {tones.map((t) => (
                  <Badge key={t} tone={t} dot>
                    状态
                  </Badge>
                ))}
              </div>
            </CardBody>
          </Card>
          <Card title="按钮">
            <CardBody className="flex flex-col gap-3">
              <div className="flex flex-wrap gap-2">
                <Button variant="primary">通过</Button>
                <Button variant="secondary">退回</Button>
                <Button variant="ghost">取消</Button>
                <Button variant="danger">拒绝</Button>
              </div>
              <div className="flex flex-wrap items-center gap-2">
                <Button variant="primary" size="sm" loading>
                  提交中
                </Button>
                <Button size="sm" disabled>
                  不可用
                </Button>
                <PreviewDialog />
              </div>
              <p className="text-xs text-ink-subtle">
                快捷键 <Kbd>⌘</Kbd> <Kbd>K</Kbd>
              </p>
            </CardBody>
          </Card>
          <Card title="表单">
            <CardBody className="flex flex-col gap-3">
              <Field label="证件号码" htmlFor="idn" required hint="18 位居民身份证号">
                <Input id="idn" required aria-describedby={fieldDescribedBy("idn", undefined, "h")} defaultValue="11010519491231002X" className="font-mono" />
              </Field>
              <Field label="手机号" htmlFor="phone" error="手机号格式不正确">
                <Input id="phone" aria-invalid aria-describedby={fieldDescribedBy("phone", "e")} defaultValue="1380013" />
              </Field>
              <Field label="禁用" htmlFor="dis">
                <Input id="dis" disabled defaultValue="只读字段" />
              </Field>
            </CardBody>
          </Card>
        </div>

        <div className="grid grid-cols-3 gap-5">
          <Card title="空状态">
            <PreviewTable empty />
          </Card>
          <Card title="错误状态">
            <ErrorState
              title="加载失败"
              description="服务暂时不可用，请稍后重试。如持续出现，请联系技术支持。"
              referenceLabel="错误编号"
              reference="ERR-7F3A-92C1"
              action={<Button size="sm">重试</Button>}
            />
          </Card>
          <Card title="加载中">
            <TableSkeleton rows={5} columns={4} label="加载中" />
            <CardBody>
              <Skeleton className="h-3 w-1/2" />
            </CardBody>
          </Card>
        </div>
      </div>
    </PageShell>
  );
}
