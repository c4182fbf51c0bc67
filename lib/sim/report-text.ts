// The texts the demo's report walk writes (lib/sim/reports.ts), apart so that the e2e journey can find what
// the seed left without loading the seed.
/** The demo's texts (Chinese, as compliance writes them). */
export const DEMO_REPORT_TEXT = {
  returnComment: "交易用途未核实，请补充客户说明的资金来源后重新提交。",
  regulatorNote: "报告要素“交易去向”与账户流水不一致，请核实后更正重报。",
  structuringCase: "同日多笔略低于五万元的充值与提现，疑似拆分规避大额报告",
  muleCase: "多名交易对手资金汇入后短时间内集中转出，疑似为他人提供账户过渡资金",
  confirmNote: "资金快进快出且交易对手分散，与客户身份不符，确认为可疑",
  /** The confirmed alert left for an officer to report (the e2e journey finds it by this note). */
  pendingStrNote: "确认欺诈：资金快进快出，待开立可疑交易报告",
} as const;
