// Merchants simulated wallet payments go to. MCCs follow ISO 18245 so that fraud and reward rules keyed
// on category codes see realistic values; ticket ranges are what a typical single purchase costs there.
// Weights are relative popularity among wallet users: daily food and transport dominate, luxury is rare.

export interface Merchant {
  /** Brand-like display name. */
  name: string;
  /** 4-digit ISO 18245 merchant category code. */
  mcc: string;
  /** Short English key, e.g. "grocery". */
  category: string;
  /** Typical ticket size range in fen (CNY; for cross-border merchants the CNY equivalent). */
  minFen: number;
  maxFen: number;
  weight: number;
}

export const DOMESTIC_MERCHANTS: readonly Merchant[] = [
  { name: "盒马鲜生", mcc: "5411", category: "grocery", minFen: 1500, maxFen: 50000, weight: 30 },
  { name: "永辉超市", mcc: "5411", category: "grocery", minFen: 2000, maxFen: 60000, weight: 25 },
  { name: "沃尔玛", mcc: "5411", category: "grocery", minFen: 3000, maxFen: 80000, weight: 15 },
  { name: "百果园", mcc: "5499", category: "grocery", minFen: 1500, maxFen: 15000, weight: 12 },
  { name: "全家便利店", mcc: "5499", category: "convenience", minFen: 500, maxFen: 5000, weight: 30 },
  { name: "罗森便利店", mcc: "5499", category: "convenience", minFen: 500, maxFen: 5000, weight: 20 },
  { name: "美宜佳", mcc: "5499", category: "convenience", minFen: 300, maxFen: 4000, weight: 25 },
  { name: "海底捞火锅", mcc: "5812", category: "restaurant", minFen: 8000, maxFen: 60000, weight: 10 },
  { name: "西贝莜面村", mcc: "5812", category: "restaurant", minFen: 6000, maxFen: 40000, weight: 8 },
  { name: "老乡鸡", mcc: "5814", category: "fast_food", minFen: 1500, maxFen: 5000, weight: 15 },
  { name: "肯德基", mcc: "5814", category: "fast_food", minFen: 2000, maxFen: 12000, weight: 20 },
  { name: "麦当劳", mcc: "5814", category: "fast_food", minFen: 2000, maxFen: 10000, weight: 18 },
  { name: "瑞幸咖啡", mcc: "5814", category: "coffee", minFen: 900, maxFen: 3500, weight: 30 },
  { name: "星巴克", mcc: "5814", category: "coffee", minFen: 2500, maxFen: 8000, weight: 15 },
  { name: "喜茶", mcc: "5814", category: "coffee", minFen: 1500, maxFen: 3500, weight: 12 },
  { name: "美团外卖", mcc: "5814", category: "food_delivery", minFen: 1500, maxFen: 12000, weight: 40 },
  { name: "滴滴出行", mcc: "4121", category: "ride_hailing", minFen: 800, maxFen: 12000, weight: 35 },
  { name: "上海地铁", mcc: "4111", category: "transit", minFen: 300, maxFen: 1000, weight: 20 },
  { name: "中国铁路12306", mcc: "4112", category: "rail", minFen: 2000, maxFen: 120000, weight: 15 },
  { name: "中国国际航空", mcc: "4511", category: "airline", minFen: 40000, maxFen: 500000, weight: 4 },
  { name: "东方航空", mcc: "4511", category: "airline", minFen: 40000, maxFen: 450000, weight: 4 },
  { name: "国家电网", mcc: "4900", category: "utilities", minFen: 3000, maxFen: 60000, weight: 10 },
  { name: "中国移动", mcc: "4814", category: "telecom", minFen: 1000, maxFen: 20000, weight: 15 },
  { name: "中国联通", mcc: "4814", category: "telecom", minFen: 1000, maxFen: 20000, weight: 8 },
  { name: "京东商城", mcc: "5399", category: "ecommerce", minFen: 2000, maxFen: 500000, weight: 30 },
  { name: "天猫", mcc: "5399", category: "ecommerce", minFen: 2000, maxFen: 300000, weight: 30 },
  { name: "拼多多", mcc: "5399", category: "ecommerce", minFen: 500, maxFen: 30000, weight: 25 },
  { name: "万达影城", mcc: "7832", category: "cinema", minFen: 3500, maxFen: 20000, weight: 6 },
  { name: "大参林药房", mcc: "5912", category: "pharmacy", minFen: 1000, maxFen: 30000, weight: 8 },
  { name: "老百姓大药房", mcc: "5912", category: "pharmacy", minFen: 1000, maxFen: 30000, weight: 6 },
  { name: "如家酒店", mcc: "7011", category: "hotel", minFen: 15000, maxFen: 50000, weight: 5 },
  { name: "华住会", mcc: "7011", category: "hotel", minFen: 20000, maxFen: 90000, weight: 5 },
  { name: "携程旅行", mcc: "4722", category: "travel_agency", minFen: 30000, maxFen: 800000, weight: 5 },
  { name: "新东方", mcc: "8299", category: "education", minFen: 50000, maxFen: 2000000, weight: 2 },
  { name: "苏宁易购", mcc: "5732", category: "electronics", minFen: 20000, maxFen: 1500000, weight: 4 },
  { name: "中国石化", mcc: "5541", category: "fuel", minFen: 10000, maxFen: 60000, weight: 10 },
  { name: "优衣库", mcc: "5651", category: "clothing", minFen: 7900, maxFen: 100000, weight: 6 },
  { name: "屈臣氏", mcc: "5977", category: "cosmetics", minFen: 2000, maxFen: 30000, weight: 8 },
  { name: "腾讯游戏", mcc: "5816", category: "digital_games", minFen: 600, maxFen: 64800, weight: 8 },
  { name: "周大福珠宝", mcc: "5944", category: "jewelry", minFen: 100000, maxFen: 3000000, weight: 2 },
  { name: "老凤祥", mcc: "5944", category: "jewelry", minFen: 80000, maxFen: 2000000, weight: 1 },
  { name: "北京SKP", mcc: "5311", category: "luxury", minFen: 300000, maxFen: 6000000, weight: 1 },
];

export interface ForeignMerchant extends Merchant {
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** ISO 4217. */
  currency: string;
}

export const CROSS_BORDER_MERCHANTS: readonly ForeignMerchant[] = [
  { name: "ビックカメラ", mcc: "5732", category: "electronics", minFen: 20000, maxFen: 1500000, weight: 6, country: "JP", currency: "JPY" },
  { name: "マツモトキヨシ", mcc: "5912", category: "pharmacy", minFen: 5000, maxFen: 150000, weight: 8, country: "JP", currency: "JPY" },
  { name: "롯데면세점", mcc: "5309", category: "duty_free", minFen: 50000, maxFen: 3000000, weight: 6, country: "KR", currency: "KRW" },
  { name: "올리브영", mcc: "5977", category: "cosmetics", minFen: 5000, maxFen: 100000, weight: 6, country: "KR", currency: "KRW" },
  { name: "King Power Duty Free", mcc: "5309", category: "duty_free", minFen: 30000, maxFen: 2000000, weight: 5, country: "TH", currency: "THB" },
  { name: "Marina Bay Sands", mcc: "7011", category: "hotel", minFen: 200000, maxFen: 1500000, weight: 3, country: "SG", currency: "SGD" },
  { name: "莎莎 SaSa", mcc: "5977", category: "cosmetics", minFen: 5000, maxFen: 200000, weight: 8, country: "HK", currency: "HKD" },
  { name: "周生生", mcc: "5944", category: "jewelry", minFen: 100000, maxFen: 5000000, weight: 4, country: "HK", currency: "HKD" },
  { name: "澳門威尼斯人", mcc: "7011", category: "hotel", minFen: 100000, maxFen: 800000, weight: 4, country: "MO", currency: "MOP" },
  { name: "Amazon.com", mcc: "5399", category: "ecommerce", minFen: 10000, maxFen: 500000, weight: 6, country: "US", currency: "USD" },
  { name: "Apple Fifth Avenue", mcc: "5732", category: "electronics", minFen: 100000, maxFen: 2500000, weight: 3, country: "US", currency: "USD" },
  { name: "Harrods", mcc: "5311", category: "luxury", minFen: 100000, maxFen: 5000000, weight: 2, country: "GB", currency: "GBP" },
  { name: "Galeries Lafayette", mcc: "5311", category: "luxury", minFen: 80000, maxFen: 5000000, weight: 3, country: "FR", currency: "EUR" },
  { name: "Chemist Warehouse", mcc: "5912", category: "pharmacy", minFen: 5000, maxFen: 150000, weight: 4, country: "AU", currency: "AUD" },
  { name: "Pavilion Kuala Lumpur", mcc: "5311", category: "department_store", minFen: 10000, maxFen: 800000, weight: 3, country: "MY", currency: "MYR" },
];

/** Indicative CNY mid rates for 2026 (CNY per one unit) and each currency's minor-unit digits. */
export const FX_RATES_CNY: Readonly<Record<string, { rate: number; minorDigits: number }>> = {
  CNY: { rate: 1, minorDigits: 2 },
  USD: { rate: 7.1, minorDigits: 2 },
  EUR: { rate: 8.25, minorDigits: 2 },
  GBP: { rate: 9.45, minorDigits: 2 },
  JPY: { rate: 0.0475, minorDigits: 0 },
  KRW: { rate: 0.0051, minorDigits: 0 },
  HKD: { rate: 0.913, minorDigits: 2 },
  MOP: { rate: 0.886, minorDigits: 2 },
  SGD: { rate: 5.48, minorDigits: 2 },
  THB: { rate: 0.219, minorDigits: 2 },
  AUD: { rate: 4.65, minorDigits: 2 },
  MYR: { rate: 1.69, minorDigits: 2 },
};
