// 简体中文: the console's first language. en.ts must carry every key (the type checker enforces it).
// Larger areas keep their messages in zh-CN/<area>.ts (and en/<area>.ts).
import { alerts } from "./zh-CN/alerts";
import { alertCase } from "./zh-CN/alert-case";
import { rules } from "./zh-CN/rules";
import { apiClients } from "./zh-CN/api-clients";
import { promotions } from "./zh-CN/promotions";
import { promotionReview } from "./zh-CN/promotion-review";
import { promotionSimulation } from "./zh-CN/promotion-simulation";
import { promotionPerformance } from "./zh-CN/promotion-performance";
import { analytics } from "./zh-CN/analytics";
import { analyticsKyc } from "./zh-CN/analytics-kyc";
import { analyticsFraud } from "./zh-CN/analytics-fraud";
import { analyticsPromotions } from "./zh-CN/analytics-promotions";
import { reports } from "./zh-CN/reports";
import { reportsDraft } from "./zh-CN/reports-draft";
import { reportsReview } from "./zh-CN/reports-review";
import { reportsExport } from "./zh-CN/reports-export";
import { reportsRules } from "./zh-CN/reports-rules";
import { rewards } from "./zh-CN/rewards";
import { account } from "./zh-CN/account";
import { audit } from "./zh-CN/audit";
import { customers } from "./zh-CN/customers";
import { kycChecks } from "./zh-CN/kyc-checks";
import { kycQueue } from "./zh-CN/kyc-queue";
import { kycReview } from "./zh-CN/kyc-review";
import { pii } from "./zh-CN/pii";
import { staff } from "./zh-CN/staff";
import { transactions } from "./zh-CN/transactions";
import { wallets } from "./zh-CN/wallets";

export const zhCN = {
  account,
  alerts,
  alertCase,
  rules,
  apiClients,
  promotions,
  promotionReview,
  promotionSimulation,
  promotionPerformance,
  analytics,
  analyticsKyc,
  analyticsFraud,
  analyticsPromotions,
  reports,
  reportsDraft,
  reportsReview,
  reportsExport,
  reportsRules,
  rewards,
  audit,
  customers,
  kycChecks,
  kycQueue,
  kycReview,
  pii,
  staff,
  transactions,
  wallets,
  app: {
    name: "钱包运营控制台",
    bank: "数字钱包业务",
    skipToContent: "跳到主要内容",
    columns: "显示列",
    columnsHidden: "已隐藏 {count} 列",
    columnsLegend: "显示以下列",
    columnsReset: "恢复默认列",
  },
  roles: {
    ADMIN: "系统管理员",
    COMPLIANCE_OFFICER: "合规专员",
    COMPLIANCE_LEAD: "合规主管",
    MARKETING: "市场营销",
    MANAGER: "业务经理",
    AUDITOR: "审计员",
  },
  nav: {
    sectionWork: "工作台",
    sectionOversight: "监督",
    overview: "概览",
    kyc: "实名审核",
    alerts: "风险预警",
    rules: "风控规则",
    customers: "客户",
    transactions: "交易",
    promotions: "营销活动",
    analytics: "数据分析",
    reports: "监管报告",
    audit: "审计日志",
    staff: "员工与角色",
    apiClients: "接口客户端",
    mainLabel: "主导航",
  },
  header: {
    signedInAs: "当前登录",
    signOut: "退出登录",
    language: "语言",
    demoDatabase: "演示数据库",
  },
  locale: {
    "zh-CN": "中文",
    en: "English",
  },
  login: {
    title: "登录钱包运营控制台",
    subtitle: "仅限本行授权员工使用。所有操作均被记录。",
    email: "工作邮箱",
    password: "密码",
    submit: "登录",
    submitting: "正在登录…",
    failed: "邮箱或密码不正确，请重试。",
    missing: "请输入工作邮箱和密码。",
    error: "登录服务暂时不可用，请稍后再试。",
    signedOut: "您已安全退出。",
    footer: "如无法登录，请联系系统管理员。",
    locked: "该账户因多次登录失败已被临时锁定，请 30 分钟后再试，或联系系统管理员解锁。",
    throttled: "来自您网络的登录尝试过多，请 15 分钟后再试。",
    temporaryPasswordExpired: "该临时密码已过期（临时密码仅在 24 小时内有效），请联系系统管理员重新发放。",
    expired: "您因 {minutes} 分钟无操作已被自动退出，请重新登录。",
    sessionEnded: "您的会话已结束，请重新登录。",
    challengeExpired: "此次登录已失效（超时或已使用），请重新输入邮箱和密码。",
    changePasswordTitle: "设置新密码",
    changePasswordHelp: "您正在使用管理员发放的临时密码。请设置一个只有您知道的新密码：至少 12 个字符，不能是常见密码，也不能与最近 4 次使用过的密码相同。",
    newPassword: "新密码",
    confirmPassword: "再次输入新密码",
    passwordsDiffer: "两次输入的密码不一致。",
    savePassword: "保存并继续",
    enrolTitle: "绑定身份验证器",
    enrolHelp: "为保护客户资金与数据，每位员工登录时都需要第二重验证。请用身份验证器应用（如 Microsoft Authenticator、Google 身份验证器）扫描二维码，然后输入应用显示的 6 位验证码。",
    enrolManual: "无法扫码？手动输入密钥：",
    code: "6 位验证码",
    confirmCode: "验证并绑定",
    codeWrong: "验证码不正确或已被使用，请输入应用中最新的验证码。",
    recoveryTitle: "请保存恢复码",
    recoveryHelp: "手机丢失时，可用以下任一恢复码代替验证码登录。每个恢复码只能使用一次，且只显示这一次。请打印或抄写后妥善保管。",
    recoveryDone: "我已保存恢复码，继续登录",
    verifyTitle: "输入验证码",
    verifyHelp: "请打开身份验证器应用，输入 \"Wallet Console\" 当前显示的 6 位验证码。",
    useRecovery: "改用恢复码",
    useTotp: "改用验证码",
    recoveryCode: "恢复码",
    verify: "验证",
    startOver: "返回重新登录",
  },
  actions: {
    unauthenticated: "您的会话已结束，请重新登录后再操作。",
    forbidden: "您的角色无权执行此操作。",
    invalid: "请修正标出的字段后再提交。",
    unexpected: "系统未能完成此操作，未保存任何更改。如问题持续，请将参考编号 {reference} 提供给技术支持。",
  },
  validation: {
    required: "此项为必填。",
    email: "请输入有效的邮箱地址。",
    passwordTooShort: "密码至少需要 12 个字符。",
    passwordTooLong: "密码最多 128 个字符。",
    passwordCommon: "这是常见密码，容易被猜中，请换一个。",
    passwordReused: "不能使用当前密码或最近 4 次用过的密码。",
    reasonRequired: "请填写原因（至少 5 个字）。",
    tooLong: "最多 {limit} 个字符。",
    tooShort: "至少需要 {limit} 个字符。",
    tooManyItems: "最多选择 {limit} 项。",
    tooFewItems: "至少选择 {limit} 项。",
    chooseOne: "请至少选择一项。",
    tooLarge: "不能大于 {limit}。",
    tooSmall: "不能小于 {limit}。",
    mustBeBelow: "必须小于 {limit}。",
    mustBeAbove: "必须大于 {limit}。",
    notNumber: "请输入数字。",
    notWholeNumber: "请输入整数。",
    notText: "请输入文字。",
    notList: "请从列表中选择。",
    wrongType: "填写的内容类型不对。",
    dateTime: "请输入有效的日期和时间。",
    format: "格式不正确。",
    choose: "请从列出的选项中选择。",
    invalid: "填写的内容无效。",
  },
  session: {
    idleTitle: "即将自动退出",
    idleBody: "您已有一段时间没有操作。为保护账户安全，系统将在 {seconds} 秒后自动退出。",
    stay: "继续工作",
    signOutNow: "立即退出",
  },
  overview: {
    title: "概览",
    greeting: "{name}，您好",
    subtitle: "今日为 {date}（北京时间）。以下数据实时取自钱包平台数据库。",
    kycTitle: "实名审核队列",
    kycWaitingHint: "待处理与审核中",
    kycOverdue: "已超时",
    kycOverdueHint: "超过 {hours} 小时服务时限",
    kycNeedsInfo: "待补件",
    kycNeedsInfoHint: "等待客户补充材料",
    todayTitle: "今日交易",
    todayCount: "交易笔数",
    todayValue: "成功交易金额",
    yesterdayCompare: "昨日同期 {value}",
    walletsTitle: "钱包",
    promotionsTitle: "营销活动",
    promotionsActiveHint: "正在发放奖励",
    promotionsMineHint: "他人提交、等待您审批的版本",
    promotionsPausedHint: "其中 {count} 个由防护自动暂停",
    heldRewards: "暂扣待审奖励",
    heldRewardsHint: "疑似营销套利，打开奖励最多的活动",
    auditTitle: "审计",
    auditEventsToday: "今日审计事件",
    auditEventsHint: "含登录与数据查看",
    canDoTitle: "您在控制台可以做什么",
    roleSeparator: "：",
    roleToday: {
      ADMIN: "管理员工账户与角色（新建账户、变更角色、停用与重新启用、重置密码与身份验证器），查阅审计日志并校验其完整性，查看交易分析。",
      COMPLIANCE_OFFICER: "审核实名认证申请（批准、拒绝、要求补件），查看客户 360 视图与交易明细，冻结或解除冻结钱包、调整限额。",
      COMPLIANCE_LEAD: "专员可做的一切，另可复核高风险实名认证的批准、分派审核任务、导出交易明细；查看开户转化漏斗、审核团队指标与风险报告。",
      MARKETING: "设计营销活动并提交审批，运行模拟、查看活动效果，暂停或结束活动；查看交易分析与营销活动报告。",
      MANAGER: "审批营销活动及其修改，复核暂扣的营销奖励；查看实名审核队列与审核结果、客户 360 视图和交易明细，并可导出交易明细；查看全部数据分析报告。",
      AUDITOR: "只读查阅审计日志、实名审核、客户与交易，可导出审计日志并校验其完整性。",
    },
    areas: {
      kyc: "按服务时限处理实名认证申请",
      customers: "搜索客户，查看客户 360 视图",
      transactions: "按条件查询交易明细",
      audit: "查阅审计事件，校验完整性",
      staff: "管理员工账户与角色",
      promotions: "设计、审批、运行并衡量营销活动",
      accountLink: "我的账户",
      account: "修改密码、查看登录记录、绑定身份验证器",
    },
  },
  errors: {
    forbiddenTitle: "无权访问此页面（403）",
    forbiddenBody: "您的角色没有打开此页面的权限。如工作需要，请联系系统管理员调整角色。",
    notFoundTitle: "页面不存在（404）",
    notFoundBody: "您访问的地址不存在，或已被移除。",
    serverTitle: "出现了问题",
    serverBody: "系统未能完成此请求。请重试；如问题持续，请将参考编号提供给技术支持。",
    reference: "参考编号",
    retry: "重试",
    backHome: "返回概览",
  },
} as const;

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof zhCN>;
