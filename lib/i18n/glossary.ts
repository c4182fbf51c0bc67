// The agreed zh-CN / en term for each concept the console names in more than one place. Every message file
// uses these (glossary.test.ts reads both catalogues): a catalogue key that names the concept must read
// exactly the term, and no message anywhere may use one of its banned variants. Add a concept here before
// naming it a second way; to change a term, change it here and in every message the test then points at.
// No imports: message files and client components may read it.

export interface GlossaryEntry {
  /** The term in each language (for `keys`, the whole message; otherwise the words to use). */
  "zh-CN": string;
  en: string;
  /** Catalogue keys (dot paths) whose message is this concept and must read exactly the term. */
  keys?: RegExp;
  /** Ways of saying it that were used before and must not come back, per language. */
  banned?: { "zh-CN"?: readonly RegExp[]; en?: readonly RegExp[] };
  /** Why this term, for the next person tempted to say it another way. */
  why: string;
}

export const GLOSSARY = {
  kycApproved: {
    "zh-CN": "已批准",
    en: "Approved",
    keys: /^(kycQueue|kycReview)\.status\.APPROVED$|^customers\.kyc\.statuses\.APPROVED$/,
    banned: { "zh-CN": [/已通过/] },
    why: "The decision is 批准 (approve); 通过 stays for an automated check that passes.",
  },
  kycNeedsInfo: {
    "zh-CN": "待补件",
    en: "Needs information",
    keys: /^(kycQueue|kycReview)\.status\.NEEDS_INFO$|^customers\.kyc\.statuses\.NEEDS_INFO$|^overview\.kycNeedsInfo$/,
    banned: { en: [/\bNeeds info\b/] },
    why: "One status, one name in the queue, the review, the 360 and the overview.",
  },
  submissionId: {
    "zh-CN": "申请编号",
    en: "Submission",
    keys: /^kycQueue\.table\.id$|^(customers\.kyc|kycReview\.history)\.submission$/,
    banned: { "zh-CN": [/提交编号/, /提交 \{id\}/] },
    why: "A customer's KYC request is a 申请 everywhere in the queue (实名认证申请).",
  },
  accountClass: {
    // The PBOC classes payment accounts as Ⅰ类 / Ⅱ类 / Ⅲ类 (非银行支付机构网络支付业务管理办法, art. 11);
    // tierNumeral() writes the class, the messages put 类账户 / "Class … account" around it.
    "zh-CN": "{tier}类账户",
    en: "Class {tier} account",
    keys: /^(customers\.tier|kycReview\.summary\.tier|kycQueue\.table\.tierValue|kycQueue\.filters\.tierOption|wallets\.tierValue)$/,
    banned: {
      "zh-CN": [/类户/, /\d\s*类(?!账户)/, /\}\s*类(?!账户)/, /\{\w*[tT]ier\}\s+类/, /[一二三]级账户/, /[一二三]类账户/, /\{\w*[tT]ier\}\s*级/, /账户等级/, /申请等级/],
      en: [/\b[Tt]ier \{\w*[tT]ier\}/, /\b[Tt]ier [123]\b/, /\bat tier\b/, /\bTiers?\b/, /(?<!\{)\btiers?\b(?!\})/],
    },
    why: "The regulator's classes (Ⅱ类账户, Class II account), not tiers, 2 类户 or 二级账户.",
  },
  accountClassLabel: {
    "zh-CN": "账户类别",
    en: "Account class",
    keys: /^(customers\.results\.columns\.tier|kycQueue\.table\.tier|kycReview\.customer\.walletTier|wallets\.tier)$/,
    why: "The column or field that holds an account class.",
  },
  classRequested: {
    "zh-CN": "申请账户类别",
    en: "Class requested",
    keys: /^(customers\.kyc\.tier|kycQueue\.filters\.tier|kycReview\.summary\.tierRequested)$/,
    banned: { en: [/Tier asked/, /Tier requested/] },
    why: "What the customer asked for on the KYC submission.",
  },
  applyFilters: {
    "zh-CN": "应用筛选",
    en: "Apply filters",
    keys: /\.filters\.apply$/,
    why: "The button that applies a filter form; 筛选 alone is the form's title.",
  },
  filtersTitle: {
    "zh-CN": "筛选",
    en: "Filters",
    keys: /\.filters\.title$/,
    why: "The heading of a filter form.",
  },
  activateWallet: {
    "zh-CN": "开通",
    en: "Activate",
    banned: { "zh-CN": [/激活/] },
    why: "A wallet is 开通 (its status reads 已开通), never 激活.",
  },
  closeWallet: {
    "zh-CN": "销户",
    en: "Close",
    banned: { "zh-CN": [/注销/] },
    why: "Closing a wallet is 销户 (its status reads 已销户).",
  },
  unfreezeWallet: {
    "zh-CN": "解除冻结",
    en: "Unfreeze",
    banned: { "zh-CN": [/解冻/] },
    why: "The action button says 解除冻结; the history says the same.",
  },
  customerId: {
    "zh-CN": "客户编号",
    en: "Customer ID",
    banned: { "zh-CN": [/客户号/] },
    why: "One name for the customer's identifier on screen and in exports.",
  },
  walletId: {
    "zh-CN": "钱包编号",
    en: "Wallet ID",
    banned: { "zh-CN": [/钱包 ?ID/] },
    why: "One name for the wallet's identifier on screen and in exports.",
  },
  mobile: {
    "zh-CN": "手机号",
    en: "Mobile",
    banned: { en: [/^Phone$/] },
    why: "The customer's mobile number, labelled alike in the 360, the review and the reveal dialog.",
  },
  countryRegion: {
    "zh-CN": "国家/地区",
    en: "Country/region",
    banned: { en: [/^Country$/, /^All countries$/] },
    why: "Taiwan, Hong Kong and Macao are regions, not countries.",
  },
  reload: {
    "zh-CN": "刷新",
    en: "Reload",
    banned: { "zh-CN": [/重新加载/] },
    why: "One word for loading the page again.",
  },
  suspiciousCharacteristic: {
    "zh-CN": "可疑交易特征",
    en: "Suspicious-transaction characteristic",
    why: "The PBOC's term for what a fraud rule's alert evidences (lib/fraud/rules/characteristics.ts); the rules page, the investigation and the regulatory report name it alike.",
  },
  largeValueReport: {
    "zh-CN": "大额交易报告",
    en: "Large-value transaction report",
    why: "The report the PBOC's 2016 No. 3 order requires above fixed amounts; structuring is splitting to stay under it. Not 大额申报 / large-amount declaration.",
  },
} as const satisfies Record<string, GlossaryEntry>;

export type GlossaryConcept = keyof typeof GLOSSARY;

const NUMERALS = ["I", "II", "III"] as const;

/** An account class as the regulator numbers it: 2 -> "II" (Ⅱ类账户 / Class II account); the number itself
 *  for a class the regulation does not have. */
export function tierNumeral(tier: number | string): string {
  return NUMERALS[Number(tier) - 1] ?? String(tier);
}
