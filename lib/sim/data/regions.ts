// Where simulated customers live. Province codes are the GB/T 2260 prefixes that open every resident ID
// number; each city carries one real county-level area code so generated ID numbers, addresses and the
// issuing police office on the card back all agree with each other.
// Weights are 2020 census populations in units of 10,000 people.

export interface City {
  /** Prefecture-level city, e.g. "广州市"; for the four municipalities the municipality itself. */
  name: string;
  /** The city's English name ("Guangzhou"), for the English UI; addresses stay as written. */
  nameEn: string;
  /** The county-level district or city the area code belongs to, e.g. "天河区". */
  district: string;
  /** Real 6-digit county/district area code, e.g. "440106". */
  areaCode: string;
}

export interface Province {
  /** 2-digit GB/T 2260 prefix, e.g. "11". */
  code: string;
  name: string;
  nameEn: string;
  /** Relative population. */
  weight: number;
  cities: City[];
}

export const PROVINCES: readonly Province[] = [
  { code: "11", name: "北京市", nameEn: "Beijing", weight: 2189, cities: [
    { name: "北京市", nameEn: "Beijing", district: "东城区", areaCode: "110101" },
    { name: "北京市", nameEn: "Beijing", district: "朝阳区", areaCode: "110105" },
    { name: "北京市", nameEn: "Beijing", district: "丰台区", areaCode: "110106" },
    { name: "北京市", nameEn: "Beijing", district: "海淀区", areaCode: "110108" },
  ] },
  { code: "12", name: "天津市", nameEn: "Tianjin", weight: 1387, cities: [
    { name: "天津市", nameEn: "Tianjin", district: "和平区", areaCode: "120101" },
    { name: "天津市", nameEn: "Tianjin", district: "南开区", areaCode: "120104" },
    { name: "天津市", nameEn: "Tianjin", district: "滨海新区", areaCode: "120116" },
  ] },
  { code: "13", name: "河北省", nameEn: "Hebei", weight: 7461, cities: [
    { name: "石家庄市", nameEn: "Shijiazhuang", district: "长安区", areaCode: "130102" },
    { name: "唐山市", nameEn: "Tangshan", district: "路北区", areaCode: "130203" },
    { name: "邯郸市", nameEn: "Handan", district: "邯山区", areaCode: "130402" },
    { name: "保定市", nameEn: "Baoding", district: "竞秀区", areaCode: "130602" },
  ] },
  { code: "14", name: "山西省", nameEn: "Shanxi", weight: 3492, cities: [
    { name: "太原市", nameEn: "Taiyuan", district: "小店区", areaCode: "140105" },
    { name: "大同市", nameEn: "Datong", district: "平城区", areaCode: "140213" },
    { name: "长治市", nameEn: "Changzhi", district: "潞州区", areaCode: "140403" },
  ] },
  { code: "15", name: "内蒙古自治区", nameEn: "Inner Mongolia", weight: 2405, cities: [
    { name: "呼和浩特市", nameEn: "Hohhot", district: "新城区", areaCode: "150102" },
    { name: "包头市", nameEn: "Baotou", district: "昆都仑区", areaCode: "150203" },
    { name: "赤峰市", nameEn: "Chifeng", district: "红山区", areaCode: "150402" },
  ] },
  { code: "21", name: "辽宁省", nameEn: "Liaoning", weight: 4259, cities: [
    { name: "沈阳市", nameEn: "Shenyang", district: "和平区", areaCode: "210102" },
    { name: "大连市", nameEn: "Dalian", district: "中山区", areaCode: "210202" },
    { name: "鞍山市", nameEn: "Anshan", district: "铁东区", areaCode: "210302" },
  ] },
  { code: "22", name: "吉林省", nameEn: "Jilin", weight: 2407, cities: [
    { name: "长春市", nameEn: "Changchun", district: "南关区", areaCode: "220102" },
    { name: "吉林市", nameEn: "Jilin", district: "昌邑区", areaCode: "220202" },
    { name: "延边朝鲜族自治州", nameEn: "Yanbian", district: "延吉市", areaCode: "222401" },
  ] },
  { code: "23", name: "黑龙江省", nameEn: "Heilongjiang", weight: 3185, cities: [
    { name: "哈尔滨市", nameEn: "Harbin", district: "道里区", areaCode: "230102" },
    { name: "齐齐哈尔市", nameEn: "Qiqihar", district: "龙沙区", areaCode: "230202" },
    { name: "大庆市", nameEn: "Daqing", district: "萨尔图区", areaCode: "230602" },
  ] },
  { code: "31", name: "上海市", nameEn: "Shanghai", weight: 2487, cities: [
    { name: "上海市", nameEn: "Shanghai", district: "黄浦区", areaCode: "310101" },
    { name: "上海市", nameEn: "Shanghai", district: "徐汇区", areaCode: "310104" },
    { name: "上海市", nameEn: "Shanghai", district: "闵行区", areaCode: "310112" },
    { name: "上海市", nameEn: "Shanghai", district: "浦东新区", areaCode: "310115" },
  ] },
  { code: "32", name: "江苏省", nameEn: "Jiangsu", weight: 8475, cities: [
    { name: "南京市", nameEn: "Nanjing", district: "玄武区", areaCode: "320102" },
    { name: "无锡市", nameEn: "Wuxi", district: "梁溪区", areaCode: "320213" },
    { name: "徐州市", nameEn: "Xuzhou", district: "鼓楼区", areaCode: "320302" },
    { name: "苏州市", nameEn: "Suzhou", district: "姑苏区", areaCode: "320508" },
  ] },
  { code: "33", name: "浙江省", nameEn: "Zhejiang", weight: 6457, cities: [
    { name: "杭州市", nameEn: "Hangzhou", district: "西湖区", areaCode: "330106" },
    { name: "宁波市", nameEn: "Ningbo", district: "海曙区", areaCode: "330203" },
    { name: "温州市", nameEn: "Wenzhou", district: "鹿城区", areaCode: "330302" },
    { name: "金华市", nameEn: "Jinhua", district: "义乌市", areaCode: "330782" },
  ] },
  { code: "34", name: "安徽省", nameEn: "Anhui", weight: 6103, cities: [
    { name: "合肥市", nameEn: "Hefei", district: "蜀山区", areaCode: "340104" },
    { name: "芜湖市", nameEn: "Wuhu", district: "镜湖区", areaCode: "340202" },
    { name: "阜阳市", nameEn: "Fuyang", district: "颍州区", areaCode: "341202" },
  ] },
  { code: "35", name: "福建省", nameEn: "Fujian", weight: 4154, cities: [
    { name: "福州市", nameEn: "Fuzhou", district: "鼓楼区", areaCode: "350102" },
    { name: "厦门市", nameEn: "Xiamen", district: "思明区", areaCode: "350203" },
    { name: "泉州市", nameEn: "Quanzhou", district: "晋江市", areaCode: "350582" },
  ] },
  { code: "36", name: "江西省", nameEn: "Jiangxi", weight: 4519, cities: [
    { name: "南昌市", nameEn: "Nanchang", district: "东湖区", areaCode: "360102" },
    { name: "九江市", nameEn: "Jiujiang", district: "濂溪区", areaCode: "360402" },
    { name: "赣州市", nameEn: "Ganzhou", district: "章贡区", areaCode: "360702" },
  ] },
  { code: "37", name: "山东省", nameEn: "Shandong", weight: 10153, cities: [
    { name: "济南市", nameEn: "Jinan", district: "历下区", areaCode: "370102" },
    { name: "青岛市", nameEn: "Qingdao", district: "市南区", areaCode: "370202" },
    { name: "烟台市", nameEn: "Yantai", district: "芝罘区", areaCode: "370602" },
    { name: "临沂市", nameEn: "Linyi", district: "兰山区", areaCode: "371302" },
  ] },
  { code: "41", name: "河南省", nameEn: "Henan", weight: 9937, cities: [
    { name: "郑州市", nameEn: "Zhengzhou", district: "金水区", areaCode: "410105" },
    { name: "开封市", nameEn: "Kaifeng", district: "龙亭区", areaCode: "410202" },
    { name: "洛阳市", nameEn: "Luoyang", district: "涧西区", areaCode: "410305" },
    { name: "南阳市", nameEn: "Nanyang", district: "宛城区", areaCode: "411302" },
  ] },
  { code: "42", name: "湖北省", nameEn: "Hubei", weight: 5775, cities: [
    { name: "武汉市", nameEn: "Wuhan", district: "武昌区", areaCode: "420106" },
    { name: "宜昌市", nameEn: "Yichang", district: "西陵区", areaCode: "420502" },
    { name: "襄阳市", nameEn: "Xiangyang", district: "樊城区", areaCode: "420606" },
  ] },
  { code: "43", name: "湖南省", nameEn: "Hunan", weight: 6644, cities: [
    { name: "长沙市", nameEn: "Changsha", district: "岳麓区", areaCode: "430104" },
    { name: "株洲市", nameEn: "Zhuzhou", district: "荷塘区", areaCode: "430202" },
    { name: "衡阳市", nameEn: "Hengyang", district: "珠晖区", areaCode: "430405" },
  ] },
  { code: "44", name: "广东省", nameEn: "Guangdong", weight: 12601, cities: [
    { name: "广州市", nameEn: "Guangzhou", district: "天河区", areaCode: "440106" },
    { name: "深圳市", nameEn: "Shenzhen", district: "南山区", areaCode: "440305" },
    { name: "汕头市", nameEn: "Shantou", district: "龙湖区", areaCode: "440507" },
    { name: "佛山市", nameEn: "Foshan", district: "禅城区", areaCode: "440604" },
  ] },
  { code: "45", name: "广西壮族自治区", nameEn: "Guangxi", weight: 5013, cities: [
    { name: "南宁市", nameEn: "Nanning", district: "青秀区", areaCode: "450103" },
    { name: "柳州市", nameEn: "Liuzhou", district: "城中区", areaCode: "450202" },
    { name: "桂林市", nameEn: "Guilin", district: "七星区", areaCode: "450305" },
  ] },
  { code: "46", name: "海南省", nameEn: "Hainan", weight: 1008, cities: [
    { name: "海口市", nameEn: "Haikou", district: "龙华区", areaCode: "460106" },
    { name: "三亚市", nameEn: "Sanya", district: "吉阳区", areaCode: "460203" },
  ] },
  { code: "50", name: "重庆市", nameEn: "Chongqing", weight: 3205, cities: [
    { name: "重庆市", nameEn: "Chongqing", district: "渝中区", areaCode: "500103" },
    { name: "重庆市", nameEn: "Chongqing", district: "江北区", areaCode: "500105" },
    { name: "重庆市", nameEn: "Chongqing", district: "沙坪坝区", areaCode: "500106" },
    { name: "重庆市", nameEn: "Chongqing", district: "渝北区", areaCode: "500112" },
  ] },
  { code: "51", name: "四川省", nameEn: "Sichuan", weight: 8367, cities: [
    { name: "成都市", nameEn: "Chengdu", district: "锦江区", areaCode: "510104" },
    { name: "成都市", nameEn: "Chengdu", district: "武侯区", areaCode: "510107" },
    { name: "绵阳市", nameEn: "Mianyang", district: "涪城区", areaCode: "510703" },
    { name: "南充市", nameEn: "Nanchong", district: "顺庆区", areaCode: "511302" },
  ] },
  { code: "52", name: "贵州省", nameEn: "Guizhou", weight: 3856, cities: [
    { name: "贵阳市", nameEn: "Guiyang", district: "南明区", areaCode: "520102" },
    { name: "六盘水市", nameEn: "Liupanshui", district: "钟山区", areaCode: "520201" },
    { name: "遵义市", nameEn: "Zunyi", district: "红花岗区", areaCode: "520302" },
  ] },
  { code: "53", name: "云南省", nameEn: "Yunnan", weight: 4721, cities: [
    { name: "昆明市", nameEn: "Kunming", district: "五华区", areaCode: "530102" },
    { name: "曲靖市", nameEn: "Qujing", district: "麒麟区", areaCode: "530302" },
    { name: "大理白族自治州", nameEn: "Dali", district: "大理市", areaCode: "532901" },
  ] },
  { code: "54", name: "西藏自治区", nameEn: "Tibet", weight: 365, cities: [
    { name: "拉萨市", nameEn: "Lhasa", district: "城关区", areaCode: "540102" },
    { name: "日喀则市", nameEn: "Shigatse", district: "桑珠孜区", areaCode: "540202" },
  ] },
  { code: "61", name: "陕西省", nameEn: "Shaanxi", weight: 3953, cities: [
    { name: "西安市", nameEn: "Xi'an", district: "雁塔区", areaCode: "610113" },
    { name: "宝鸡市", nameEn: "Baoji", district: "渭滨区", areaCode: "610302" },
    { name: "咸阳市", nameEn: "Xianyang", district: "秦都区", areaCode: "610402" },
  ] },
  { code: "62", name: "甘肃省", nameEn: "Gansu", weight: 2502, cities: [
    { name: "兰州市", nameEn: "Lanzhou", district: "城关区", areaCode: "620102" },
    { name: "天水市", nameEn: "Tianshui", district: "秦州区", areaCode: "620502" },
    { name: "临夏回族自治州", nameEn: "Linxia", district: "临夏市", areaCode: "622901" },
  ] },
  { code: "63", name: "青海省", nameEn: "Qinghai", weight: 592, cities: [
    { name: "西宁市", nameEn: "Xining", district: "城东区", areaCode: "630102" },
    { name: "海东市", nameEn: "Haidong", district: "乐都区", areaCode: "630202" },
  ] },
  { code: "64", name: "宁夏回族自治区", nameEn: "Ningxia", weight: 720, cities: [
    { name: "银川市", nameEn: "Yinchuan", district: "兴庆区", areaCode: "640104" },
    { name: "吴忠市", nameEn: "Wuzhong", district: "利通区", areaCode: "640302" },
  ] },
  { code: "65", name: "新疆维吾尔自治区", nameEn: "Xinjiang", weight: 2585, cities: [
    { name: "乌鲁木齐市", nameEn: "Urumqi", district: "天山区", areaCode: "650102" },
    { name: "喀什地区", nameEn: "Kashgar", district: "喀什市", areaCode: "653101" },
    { name: "伊犁哈萨克自治州", nameEn: "Ili", district: "伊宁市", areaCode: "654002" },
  ] },
];

/** As printed after 民族 on the ID card (no trailing 族). Weights: 2020 census, units of 10,000. */
export const ETHNICITIES: readonly { name: string; weight: number }[] = [
  { name: "汉", weight: 128631 },
  { name: "壮", weight: 1957 },
  { name: "维吾尔", weight: 1177 },
  { name: "回", weight: 1138 },
  { name: "苗", weight: 1107 },
  { name: "满", weight: 1042 },
  { name: "彝", weight: 983 },
  { name: "土家", weight: 959 },
  { name: "藏", weight: 706 },
  { name: "蒙古", weight: 629 },
  { name: "朝鲜", weight: 170 },
];

/** Address up to the district, as the card prints it: "广东省广州市天河区", "北京市朝阳区". */
export function regionAddress(province: Province, city: City): string {
  const cityPart = city.name === province.name ? "" : city.name;
  return province.name + cityPart + city.district;
}

/** The office that issues ID cards for the district: "北京市公安局朝阳分局", or "义乌市公安局" for a
 *  county-level city, which has its own bureau rather than a branch of the city's. */
export function issuingAuthority(city: City): string {
  if (/(新区|区)$/.test(city.district)) {
    return city.name + "公安局" + city.district.replace(/(新区|区)$/, "") + "分局";
  }
  return city.district + "公安局";
}
