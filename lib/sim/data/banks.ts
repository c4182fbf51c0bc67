// Card BINs the simulator issues linked bank cards from. Values follow the issuer tables that circulate
// among Chinese payment integrators (UnionPay 62xxxx ranges plus a few legacy Visa-range debit BINs); they
// are realistic, not an authoritative registry. PAN lengths matter because Chinese debit cards are mostly
// 19 digits (Industrial Bank's 18), while credit cards are 16.

export interface CardBinInfo {
  /** 6 digits. */
  bin: string;
  bankName: string;
  bankNameEn: string;
  /** e.g. "ICBC". */
  bankCode: string;
  cardType: "DEBIT" | "CREDIT";
  /** Full card number length for this BIN, so generated numbers look right. */
  panLength: 16 | 18 | 19;
}

type Bank = Pick<CardBinInfo, "bankName" | "bankNameEn" | "bankCode">;

const ICBC: Bank = { bankName: "中国工商银行", bankNameEn: "Industrial and Commercial Bank of China", bankCode: "ICBC" };
const CCB: Bank = { bankName: "中国建设银行", bankNameEn: "China Construction Bank", bankCode: "CCB" };
const ABC: Bank = { bankName: "中国农业银行", bankNameEn: "Agricultural Bank of China", bankCode: "ABC" };
const BOC: Bank = { bankName: "中国银行", bankNameEn: "Bank of China", bankCode: "BOC" };
const BOCOM: Bank = { bankName: "交通银行", bankNameEn: "Bank of Communications", bankCode: "BOCOM" };
const CMB: Bank = { bankName: "招商银行", bankNameEn: "China Merchants Bank", bankCode: "CMB" };
const PSBC: Bank = { bankName: "中国邮政储蓄银行", bankNameEn: "Postal Savings Bank of China", bankCode: "PSBC" };
const CITIC: Bank = { bankName: "中信银行", bankNameEn: "China CITIC Bank", bankCode: "CITIC" };
const SPDB: Bank = { bankName: "上海浦东发展银行", bankNameEn: "Shanghai Pudong Development Bank", bankCode: "SPDB" };
const CIB: Bank = { bankName: "兴业银行", bankNameEn: "Industrial Bank", bankCode: "CIB" };
const CMBC: Bank = { bankName: "中国民生银行", bankNameEn: "China Minsheng Bank", bankCode: "CMBC" };
const PAB: Bank = { bankName: "平安银行", bankNameEn: "Ping An Bank", bankCode: "PAB" };
const CEB: Bank = { bankName: "中国光大银行", bankNameEn: "China Everbright Bank", bankCode: "CEB" };
const CGB: Bank = { bankName: "广发银行", bankNameEn: "China Guangfa Bank", bankCode: "CGB" };
const HXB: Bank = { bankName: "华夏银行", bankNameEn: "Hua Xia Bank", bankCode: "HXB" };

const debit = (bank: Bank, bin: string, panLength: 16 | 18 | 19 = 19): CardBinInfo =>
  ({ ...bank, bin, cardType: "DEBIT", panLength });
const credit = (bank: Bank, bin: string): CardBinInfo => ({ ...bank, bin, cardType: "CREDIT", panLength: 16 });

export const CARD_BINS: readonly CardBinInfo[] = [
  debit(ICBC, "622202"), debit(ICBC, "622208"), debit(ICBC, "621226"), credit(ICBC, "625330"),
  debit(CCB, "621700"), debit(CCB, "622700"), debit(CCB, "436742"), credit(CCB, "625362"),
  debit(ABC, "622848"), debit(ABC, "622845"), credit(ABC, "625996"),
  debit(BOC, "621661"), debit(BOC, "601382"), credit(BOC, "625908"),
  debit(BOCOM, "622262"), debit(BOCOM, "622260"), credit(BOCOM, "622252"),
  debit(CMB, "622588", 16), debit(CMB, "621483", 16), debit(CMB, "621485", 16), credit(CMB, "622575"),
  credit(CMB, "439225"),
  debit(PSBC, "621799"), debit(PSBC, "622188"), credit(PSBC, "625919"),
  debit(CITIC, "622696", 16), debit(CITIC, "621771", 16), credit(CITIC, "622680"),
  debit(SPDB, "622521", 16), debit(SPDB, "621792", 16), credit(SPDB, "625957"),
  debit(CIB, "622909", 18), debit(CIB, "622908", 18), credit(CIB, "625087"),
  debit(CMBC, "622622", 16), debit(CMBC, "622617", 16), credit(CMBC, "622600"),
  debit(PAB, "622986", 16), debit(PAB, "623058"), credit(PAB, "625360"),
  debit(CEB, "622666", 16), debit(CEB, "622660", 16), credit(CEB, "625978"),
  debit(CGB, "622568"), credit(CGB, "625805"),
  debit(HXB, "622630", 16),
];

/** UnionPay-looking BINs that no entry above claims: linked cards with these exercise the
 *  "unknown issuer" path in card verification. */
export const UNKNOWN_BINS: readonly string[] = ["629178", "626517", "620946", "627393", "624886"];

/** What the simulated wallet app stores for a card whose BIN no issuer claims. */
export const UNKNOWN_ISSUER = { bankName: "未知发卡行", bankNameEn: "Unknown issuer" } as const;

const BANK_NAME_EN: ReadonlyMap<string, string> = new Map(
  [...CARD_BINS, UNKNOWN_ISSUER].map((b) => [b.bankName, b.bankNameEn]),
);

/** An issuer's name as stored ("中国光大银行") in the reader's language ("China Everbright Bank"), so an
 *  English sentence never carries a Chinese bank name; a name the table does not know (what a card's
 *  face read) is a data value and stays as written. */
export function bankNameIn(name: string, locale: string): string {
  return locale.toLowerCase().startsWith("zh") ? name : (BANK_NAME_EN.get(name) ?? name);
}
