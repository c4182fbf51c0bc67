// 监管报告: list, detail frame, customer 360 card, overview counts (helper "pages"). en/reports.ts carries the same keys.
export const reports = {
  title: "监管报告",
  tabsLabel: "监管报告分区",
  tabs: {
    largeValue: "大额交易报告",
    suspicious: "可疑交易报告",
    exports: "报送文件",
    settings: "规则与日历",
  },
  kind: {
    LARGE_VALUE: "大额交易报告",
    SUSPICIOUS: "可疑交易报告",
  },
  status: {
    DRAFT: "草稿",
    SUBMITTED_FOR_REVIEW: "待审批",
    RETURNED: "已退回",
    APPROVED: "已审批待报送",
    EXPORTED: "已报送",
    ACKNOWLEDGED: "监管已接收",
    REJECTED_BY_REGULATOR: "监管已退回",
  },
};
