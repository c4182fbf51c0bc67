// The regulator's element layout: which element codes a report file carries, in which order, and where each
// value comes from. One table per part of the file (header, report, STR analysis, customer, transaction);
// build.ts walks them with xmlbuilder2 and schema/*.xsd states the same layout for validation. Pure: no
// database, no zod, no server imports.
//
// Codes follow the China Anti-Money Laundering Monitoring and Analysis Center's 2017 data-submission
// standard (银发〔2017〕99 号) as far as this project knows it: RINM/FICD institution, CTNM..CTAC customer,
// TSTM..CFIN transaction, CRCD the large-value characteristic, TPTR the STR's trigger point, TOSC the
// suspected crime type (涉罪类型), DETR urgency, STCR characteristics, SSDS the suspicion described in its
// two parts (STCB 资金交易及客户行为情况, AOSP 疑点分析). RPID, TDID and TCIP (the report's reference, the
// device and the IP the transaction came from) and the root names are this console's own. docs/reports.md
// lists what to confirm with the Center before production.
//
// Where a value is legitimately unknown (an external counterparty's ID) the file says "@N", as the standard
// does. A missing mandatory customer value (name, ID, nationality, occupation, contact, address) is never
// papered over: build.ts refuses the file and names the element.
import type { RegulatoryReportKind } from "@/lib/generated/prisma/enums";
import { CRIME_TYPES, STR_TRIGGERS } from "@/lib/reports/fields";
import { fenToYuanText, minorToDecimalText } from "@/lib/money";
import { tierNumeral } from "@/lib/i18n/glossary";
import { shanghaiIsoString } from "@/lib/time";

/** "Not known" in the Center's files. */
export const UNKNOWN = "@N";
/** 居民身份证 in the Center's ID-type codes. */
export const RESIDENT_ID_TYPE = "110001";

export const ROOT_ELEMENT = { LARGE_VALUE: "BHRP", SUSPICIOUS: "BSRP" } as const satisfies Record<RegulatoryReportKind, string>;
/** The letters after N in a file name: NBH... (大额) and NBS... (可疑). */
export const FILE_KIND_CODE = { LARGE_VALUE: "BH", SUSPICIOUS: "BS" } as const satisfies Record<RegulatoryReportKind, string>;
export const SCHEMA_FILE = { LARGE_VALUE: "large-value.xsd", SUSPICIOUS: "suspicious.xsd" } as const satisfies Record<RegulatoryReportKind, string>;

// ---- What build.ts is given (create.ts reads it from the database) ----

export interface ExportHeader {
  institutionCode: string;
  institutionName: string;
  /** The Shanghai day the file reports, YYYY-MM-DD. */
  reportDay: string;
  /** When the file was generated: the STR's report time. */
  generatedAt: Date;
  /** CNY per USD of the rule set in force: the USD equivalent of CNY amounts. */
  usdCnyRate: string;
}

export interface ExportCustomer {
  name: string | null;
  idNumber: string | null;
  nationality: string | null;
  occupation: string | null;
  phone: string | null;
  address: string | null;
  walletId: string | null;
  tier: number | null;
}

/** Who was on the other side, as far as the platform knows. */
export type ExportCounterparty =
  | { kind: "customer"; name: string; idNumber: string; walletId: string }
  /** A bank card is only ever stored as its BIN and last four digits (PCI DSS 3.4.1): the file says no more. */
  | { kind: "card"; holderName: string; bin: string; last4: string; bankName: string }
  | { kind: "named"; name: string }
  | { kind: "unknown" };

export interface ExportTransaction {
  id: bigint;
  createdAt: Date;
  type: string;
  amountFen: bigint;
  currency: string;
  originalAmountMinor: bigint | null;
  channel: string;
  merchantName: string | null;
  deviceId: string;
  ip: string;
  counterparty: ExportCounterparty;
}

export interface ExportReport {
  id: string;
  reference: string;
  /** LVR: the rule set's report code of the threshold crossed (thresholds[code].reportCode). */
  largeValueCode: string | null;
  /** A corrected resubmission: the rejected report's reference and the file it went out in. */
  corrects: { reference: string; fileName: string | null } | null;
  str: {
    trigger: string | null;
    crimeType: string | null;
    characteristicCodes: string[];
    narrativeFacts: string | null;
    narrativeAnalysis: string | null;
    urgent: boolean;
    reporterName: string | null;
  } | null;
  customer: ExportCustomer;
  transactions: ExportTransaction[];
}

// ---- Formats ----

/** yyyyMMddHHmmss in Shanghai time. */
export const compactTime = (instant: Date) => shanghaiIsoString(instant).slice(0, 19).replace(/[-T:]/g, "");
/** yyyyMMdd of a YYYY-MM-DD day. */
export const compactDay = (day: string) => day.replace(/-/g, "");

/** The rate as integer millionths, so USD cents come from fen without floating point. */
function rateMicros(rate: string): bigint {
  const [whole = "0", fraction = ""] = rate.split(".");
  return BigInt(whole) * 1_000_000n + BigInt(fraction.padEnd(6, "0").slice(0, 6));
}

export function usdCentsOf(tx: Pick<ExportTransaction, "amountFen" | "currency" | "originalAmountMinor">, usdCnyRate: string): bigint {
  if (tx.currency === "USD" && tx.originalAmountMinor !== null) return tx.originalAmountMinor;
  const micros = rateMicros(usdCnyRate);
  if (micros <= 0n) return 0n;
  return (tx.amountFen * 1_000_000n + micros / 2n) / micros;
}

const MONEY_IN = new Set(["TOP_UP", "TRANSFER_IN", "REFUND", "CASHBACK"]);
/** TSDR: 01 money in (收), 02 money out (付). */
export const directionCode = (type: string) => (MONEY_IN.has(type) ? "01" : "02");

/** CRPP: the purpose, in the Center's language. */
const PURPOSES: Record<string, string> = {
  TOP_UP: "充值",
  PAYMENT: "消费",
  TRANSFER_OUT: "转账转出",
  TRANSFER_IN: "转账转入",
  WITHDRAWAL: "提现",
  REFUND: "退款",
  CASHBACK: "返现",
  CASHBACK_CLAWBACK: "返现扣回",
};
export const purposeOf = (tx: Pick<ExportTransaction, "type" | "merchantName">) => {
  const purpose = PURPOSES[tx.type] ?? "其他";
  return tx.type === "PAYMENT" && tx.merchantName ? `${purpose}：${tx.merchantName}` : purpose;
};

/** TSTP: how the transaction was made (the wallet's channels). */
export const CHANNEL_CODES: Record<string, string> = { APP: "11", QR: "12", NFC: "13", ONLINE: "14", BANK_TRANSFER: "21" };

/** TCAC of a bank card: BIN, stars, last four (the platform never has the middle digits). */
export const maskedCardAccount = (bin: string, last4: string) => `${bin}******${last4}`;

// ---- The tables: element code, what it is, whether a missing value refuses the file, and its value ----

export interface ElementSpec<T> {
  code: string;
  /** The element's name in the standard, for messages (reportsExport.elements has both languages). */
  label: string;
  /** Mandatory: a missing value refuses the file (no placeholder). Optional ones are left out when null. */
  required: boolean;
  value: (row: T) => string | null;
}

const blank = (value: string | null | undefined) => (value === null || value === undefined || value.trim() === "" ? null : value.trim());

export const HEADER_ELEMENTS: ElementSpec<ExportHeader & { reportCount: number }>[] = [
  { code: "RINM", label: "报告机构名称", required: true, value: (h) => blank(h.institutionName) },
  { code: "FICD", label: "报告机构编码", required: true, value: (h) => blank(h.institutionCode) },
  { code: "RPDT", label: "报告日期", required: true, value: (h) => compactDay(h.reportDay) },
  { code: "RPCT", label: "报告数", required: true, value: (h) => String(h.reportCount) },
];

/** The report's own elements, before its customer. */
export const REPORT_ELEMENTS: ElementSpec<ExportReport>[] = [
  { code: "RPID", label: "报告编号", required: true, value: (r) => r.reference },
  { code: "ORRP", label: "原报告编号", required: false, value: (r) => r.corrects?.reference ?? null },
  { code: "ORXN", label: "原报文名称", required: false, value: (r) => r.corrects?.fileName ?? null },
];

export const LARGE_VALUE_ELEMENTS: ElementSpec<ExportReport>[] = [
  { code: "CRCD", label: "大额交易特征代码", required: true, value: (r) => blank(r.largeValueCode) },
];

type StrRow = ExportReport & { generatedAt: Date };
const triggerCode = (code: string | null | undefined) => STR_TRIGGERS.find((t) => t.code === code)?.report ?? null;
const crimeCode = (code: string | null | undefined) => CRIME_TYPES.find((c) => c.code === code)?.report ?? null;

/** The STR's analysis before its customer; STCR repeats (STCRS) and SSDS holds the two narrative parts. */
export const SUSPICIOUS_ELEMENTS: ElementSpec<StrRow>[] = [
  { code: "TPTR", label: "可疑交易报告触发点", required: true, value: (r) => triggerCode(r.str?.trigger) },
  { code: "TOSC", label: "涉罪类型", required: true, value: (r) => crimeCode(r.str?.crimeType) },
  { code: "DETR", label: "可疑交易报告紧急程度", required: true, value: (r) => (r.str?.urgent ? "02" : "01") },
];
export const CHARACTERISTIC_ELEMENT = { code: "STCR", list: "STCRS", label: "可疑交易特征代码" } as const;
export const NARRATIVE_ELEMENTS: ElementSpec<StrRow>[] = [
  { code: "STCB", label: "资金交易及客户行为情况", required: true, value: (r) => blank(r.str?.narrativeFacts) },
  { code: "AOSP", label: "疑点分析", required: true, value: (r) => blank(r.str?.narrativeAnalysis) },
];
export const NARRATIVE_GROUP = "SSDS";
export const REPORTER_ELEMENTS: ElementSpec<StrRow>[] = [
  { code: "RPNM", label: "填报人", required: true, value: (r) => blank(r.str?.reporterName) },
  { code: "RPTM", label: "报告时间", required: true, value: (r) => compactTime(r.generatedAt) },
];

export const CUSTOMER_GROUP = "CTIF";
export const CUSTOMER_ELEMENTS: ElementSpec<ExportCustomer>[] = [
  { code: "CTNM", label: "客户名称", required: true, value: (c) => blank(c.name) },
  { code: "CITP", label: "身份证件类型", required: true, value: () => RESIDENT_ID_TYPE },
  { code: "CTID", label: "身份证件号码", required: true, value: (c) => blank(c.idNumber) },
  { code: "CTNT", label: "国籍", required: true, value: (c) => blank(c.nationality) },
  { code: "CTVC", label: "职业", required: true, value: (c) => blank(c.occupation) },
  { code: "CCTL", label: "联系方式", required: true, value: (c) => blank(c.phone) },
  { code: "CTAR", label: "住所地址", required: true, value: (c) => blank(c.address) },
  { code: "CATP", label: "账户类型", required: true, value: (c) => (c.tier === null ? null : `${tierNumeral(c.tier)}类`) },
  { code: "CTAC", label: "账号", required: true, value: (c) => blank(c.walletId) },
];

type TxRow = ExportTransaction & { usdCnyRate: string; institutionName: string };
const counterpartyValue = (pick: (c: ExportCounterparty, institution: string) => string | null) => (t: TxRow) => pick(t.counterparty, t.institutionName) ?? UNKNOWN;

export const TRANSACTION_LIST = "TSDTS";
export const TRANSACTION_GROUP = "TSDT";
export const TRANSACTION_ELEMENTS: ElementSpec<TxRow>[] = [
  { code: "TICD", label: "业务标识号", required: true, value: (t) => t.id.toString() },
  { code: "TSTM", label: "交易时间", required: true, value: (t) => compactTime(t.createdAt) },
  { code: "TSDR", label: "资金收付标志", required: true, value: (t) => directionCode(t.type) },
  { code: "CRPP", label: "资金用途", required: true, value: (t) => purposeOf(t) },
  { code: "CRTP", label: "币种", required: true, value: (t) => t.currency },
  {
    code: "CRAT",
    label: "交易金额",
    required: true,
    value: (t) => (t.currency !== "CNY" && t.originalAmountMinor !== null ? minorToDecimalText(t.originalAmountMinor, t.currency) : fenToYuanText(t.amountFen)),
  },
  { code: "CRMB", label: "交易金额（折人民币）", required: true, value: (t) => fenToYuanText(t.amountFen) },
  { code: "CUSD", label: "交易金额（折美元）", required: true, value: (t) => minorToDecimalText(usdCentsOf(t, t.usdCnyRate), "USD") },
  { code: "TSTP", label: "交易方式", required: true, value: (t) => CHANNEL_CODES[t.channel] ?? "99" },
  { code: "TDID", label: "交易设备标识", required: true, value: (t) => blank(t.deviceId) ?? UNKNOWN },
  { code: "TCIP", label: "交易 IP 地址", required: true, value: (t) => blank(t.ip) ?? UNKNOWN },
  {
    code: "TCNM",
    label: "交易对手名称",
    required: true,
    value: counterpartyValue((c) => (c.kind === "customer" || c.kind === "named" ? c.name : c.kind === "card" ? c.holderName : null)),
  },
  { code: "TCIT", label: "交易对手身份证件类型", required: true, value: counterpartyValue((c) => (c.kind === "customer" ? RESIDENT_ID_TYPE : null)) },
  { code: "TCID", label: "交易对手身份证件号码", required: true, value: counterpartyValue((c) => (c.kind === "customer" ? c.idNumber : null)) },
  {
    code: "TCAC",
    label: "交易对手账号",
    required: true,
    value: counterpartyValue((c) => (c.kind === "customer" ? c.walletId : c.kind === "card" ? maskedCardAccount(c.bin, c.last4) : null)),
  },
  {
    code: "CFIN",
    label: "交易对手所在机构名称",
    required: true,
    value: counterpartyValue((c, institution) => (c.kind === "customer" ? institution : c.kind === "card" ? c.bankName : null)),
  },
];

/** Every element code a refusal may name -> its name in the standard (the Center's Chinese term). */
export const ELEMENT_LABELS: ReadonlyMap<string, string> = new Map(
  [
    ...HEADER_ELEMENTS,
    ...REPORT_ELEMENTS,
    ...LARGE_VALUE_ELEMENTS,
    ...SUSPICIOUS_ELEMENTS,
    CHARACTERISTIC_ELEMENT,
    ...NARRATIVE_ELEMENTS,
    ...REPORTER_ELEMENTS,
    ...CUSTOMER_ELEMENTS,
    ...TRANSACTION_ELEMENTS,
    { code: TRANSACTION_GROUP, label: "交易信息" },
  ].map((e): [string, string] => [e.code, e.label]),
);
