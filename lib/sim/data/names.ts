// Name, phone and email ingredients for simulated customers. Surname weights are shares of the population
// in hundredths of a percent, after the Ministry of Public Security's published surname rankings; the
// two-character surnames are rare on purpose, since a reviewer should meet one only now and then.

export const SURNAMES: readonly { name: string; weight: number }[] = [
  { name: "王", weight: 725 }, { name: "李", weight: 719 }, { name: "张", weight: 683 },
  { name: "刘", weight: 538 }, { name: "陈", weight: 453 }, { name: "杨", weight: 308 },
  { name: "赵", weight: 229 }, { name: "黄", weight: 223 }, { name: "周", weight: 195 },
  { name: "吴", weight: 205 }, { name: "徐", weight: 145 }, { name: "孙", weight: 138 },
  { name: "胡", weight: 116 }, { name: "朱", weight: 126 }, { name: "高", weight: 100 },
  { name: "林", weight: 100 }, { name: "何", weight: 105 }, { name: "郭", weight: 115 },
  { name: "马", weight: 129 }, { name: "罗", weight: 87 }, { name: "梁", weight: 81 },
  { name: "宋", weight: 68 }, { name: "郑", weight: 86 }, { name: "谢", weight: 76 },
  { name: "韩", weight: 61 }, { name: "唐", weight: 65 }, { name: "冯", weight: 60 },
  { name: "于", weight: 47 }, { name: "董", weight: 51 }, { name: "肖", weight: 53 },
  { name: "程", weight: 41 }, { name: "曹", weight: 58 }, { name: "袁", weight: 48 },
  { name: "邓", weight: 59 }, { name: "许", weight: 63 }, { name: "傅", weight: 20 },
  { name: "沈", weight: 35 }, { name: "曾", weight: 55 }, { name: "彭", weight: 56 },
  { name: "吕", weight: 38 }, { name: "苏", weight: 40 }, { name: "卢", weight: 34 },
  { name: "蒋", weight: 46 }, { name: "蔡", weight: 45 }, { name: "贾", weight: 27 },
  { name: "丁", weight: 37 }, { name: "魏", weight: 39 }, { name: "薛", weight: 20 },
  { name: "叶", weight: 42 }, { name: "闫", weight: 20 }, { name: "余", weight: 44 },
  { name: "潘", weight: 47 }, { name: "杜", weight: 43 }, { name: "戴", weight: 19 },
  { name: "夏", weight: 26 }, { name: "钟", weight: 31 }, { name: "汪", weight: 29 },
  { name: "田", weight: 51 }, { name: "任", weight: 36 }, { name: "姜", weight: 33 },
  { name: "范", weight: 29 }, { name: "方", weight: 24 }, { name: "石", weight: 27 },
  { name: "姚", weight: 34 }, { name: "谭", weight: 31 }, { name: "廖", weight: 27 },
  { name: "邹", weight: 24 }, { name: "熊", weight: 23 }, { name: "金", weight: 28 },
  { name: "陆", weight: 30 }, { name: "郝", weight: 14 }, { name: "孔", weight: 14 },
  { name: "白", weight: 24 }, { name: "崔", weight: 32 }, { name: "康", weight: 13 },
  { name: "毛", weight: 15 }, { name: "邱", weight: 22 }, { name: "秦", weight: 22 },
  { name: "江", weight: 22 }, { name: "史", weight: 17 }, { name: "顾", weight: 15 },
  { name: "侯", weight: 18 }, { name: "邵", weight: 14 }, { name: "孟", weight: 23 },
  { name: "龙", weight: 18 }, { name: "万", weight: 13 }, { name: "段", weight: 19 },
  { name: "雷", weight: 19 }, { name: "钱", weight: 13 }, { name: "汤", weight: 12 },
  { name: "尹", weight: 21 }, { name: "黎", weight: 16 }, { name: "易", weight: 12 },
  { name: "常", weight: 12 }, { name: "武", weight: 13 }, { name: "乔", weight: 10 },
  { name: "贺", weight: 16 }, { name: "赖", weight: 11 }, { name: "龚", weight: 14 },
  { name: "文", weight: 12 }, { name: "欧阳", weight: 2 }, { name: "司马", weight: 0.3 },
  { name: "上官", weight: 0.3 }, { name: "诸葛", weight: 0.2 },
];

export const GIVEN_NAME_CHARS_MALE: readonly string[] = [
  "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "刚", "辉", "鹏", "飞", "鑫", "波",
  "浩", "凯", "健", "俊", "帆", "帅", "旭", "龙", "峰", "建", "国", "志", "博", "轩", "泽",
  "睿", "昊", "航", "铭", "豪", "哲", "毅", "坤", "振", "海", "洋", "亮", "成", "东", "彬",
  "锋", "勋", "宏", "伦", "武", "兵", "胜", "栋", "翔", "威", "骏", "晟", "彦", "宸", "烨",
];

export const GIVEN_NAME_CHARS_FEMALE: readonly string[] = [
  "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "秀", "玲", "桂", "英", "燕", "萍", "红",
  "莉", "婷", "雪", "琳", "倩", "颖", "洁", "慧", "晶", "璐", "琪", "瑶", "怡", "涵", "萱",
  "诗", "梦", "蕾", "菲", "薇", "妍", "媛", "婉", "晴", "岚", "露", "雯", "蓉", "丹", "莹",
  "珊", "妮", "娅", "淑", "馨", "彤", "琴", "凤", "兰", "梅", "月", "悦", "佩", "茜", "韵",
];

export const GIVEN_NAME_CHARS_NEUTRAL: readonly string[] = [
  "子", "一", "文", "明", "晨", "宇", "安", "乐", "思", "嘉", "天", "可", "晓", "雨", "新",
  "云", "凡", "若", "诚", "信", "佳", "瑞", "春", "秋", "之", "言", "心", "清", "永", "小",
  "金", "玉", "和", "德", "立", "正", "书", "远", "元", "华", "平", "阳", "林", "宁", "欣",
  "家", "奕", "逸", "羽", "初", "语", "沐", "景", "星", "辰", "然", "诺", "琦", "依", "方",
];

export const EMAIL_DOMAINS: readonly string[] = ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "outlook.com"];

/** Mobile number prefixes in live use across China Mobile, China Unicom, China Telecom and China Broadnet. */
export const PHONE_PREFIXES: readonly string[] = [
  "130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
  "145", "147",
  "150", "151", "152", "153", "155", "156", "157", "158", "159",
  "166", "173", "175", "176", "177", "178",
  "180", "181", "182", "183", "184", "185", "186", "187", "188", "189",
  "191", "198", "199",
];
