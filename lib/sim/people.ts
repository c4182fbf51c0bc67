// Who the simulated customers are: names by surname frequency, homes weighted by province population,
// resident ID numbers that agree with birth date, gender and home district, phones and e-mail addresses.
import { buildIdNumber } from "@/lib/kyc/checks/id-number";
import { namePinyin } from "@/lib/text/pinyin";
import type { Random } from "@/lib/sim/random";
import { EMAIL_DOMAINS, GIVEN_NAME_CHARS_FEMALE, GIVEN_NAME_CHARS_MALE, GIVEN_NAME_CHARS_NEUTRAL, PHONE_PREFIXES, SURNAMES } from "@/lib/sim/data/names";
import { ETHNICITIES, PROVINCES, regionAddress, type City, type Province } from "@/lib/sim/data/regions";

export interface Person {
  name: string;
  namePinyin: string;
  gender: "M" | "F";
  birthDate: string;
  idNumber: string;
  ethnicity: string;
  province: Province;
  city: City;
  address: string;
  phone: string;
  email: string | null;
}

const STREETS = ["人民路", "解放路", "中山路", "建设路", "和平路", "新华路", "文化路", "长江路", "黄河路", "朝阳路", "青年路", "光明街"];

export function randomName(random: Random, gender: "M" | "F"): string {
  const surname = random.weighted(SURNAMES, (s) => s.weight).name;
  const pool = gender === "M" ? GIVEN_NAME_CHARS_MALE : GIVEN_NAME_CHARS_FEMALE;
  const first = random.chance(0.3) ? random.pick(GIVEN_NAME_CHARS_NEUTRAL) : random.pick(pool);
  // About a third of given names are one character (张伟), the rest two (张嘉怡).
  return random.chance(0.32) ? surname + first : surname + first + random.pick(pool);
}

/** A birth date for someone `age` years old on `on` (YYYY-MM-DD), on a random day of that year of life. */
export function birthDateForAge(random: Random, on: Date, age: number): string {
  const born = new Date(on.getTime() - (age * 365.25 + random.int(1, 360)) * 86_400_000);
  return born.toISOString().slice(0, 10);
}

export function randomPerson(random: Random, on: Date, age = adultAge(random)): Person {
  const gender = random.chance(0.51) ? "M" : "F";
  const province = random.weighted(PROVINCES, (p) => p.weight);
  const city = random.pick(province.cities);
  const birthDate = birthDateForAge(random, on, age);
  // The sequence's last digit is odd for men and even for women.
  const sequence = random.int(0, 499) * 2 + (gender === "M" ? 1 : 0);
  const name = randomName(random, gender);
  const pinyin = namePinyin(name);
  return {
    name,
    namePinyin: pinyin,
    gender,
    birthDate,
    idNumber: buildIdNumber(city.areaCode, birthDate, sequence),
    ethnicity: random.weighted(ETHNICITIES, (e) => e.weight).name,
    province,
    city,
    address: `${regionAddress(province, city)}${random.pick(STREETS)}${random.int(1, 399)}号${random.chance(0.7) ? `${random.int(1, 30)}栋${random.int(1, 30)}0${random.int(1, 6)}室` : ""}`,
    phone: random.pick(PHONE_PREFIXES) + String(random.int(0, 99_999_999)).padStart(8, "0"),
    email: random.chance(0.55) ? `${pinyin.replace(/ /g, "")}${random.int(1, 9999)}@${random.pick(EMAIL_DOMAINS)}` : null,
  };
}

/** Wallet users skew young: most between 20 and 45. */
function adultAge(random: Random): number {
  return Math.min(75, Math.max(18, Math.round(random.normal(33, 11))));
}

/** Occupation codes (lib/reports/fields.ts OCCUPATIONS) weighted for working-age adults. */
const WORKING_OCCUPATIONS: readonly { code: string; weight: number }[] = [
  { code: "1", weight: 3 },
  { code: "2", weight: 22 },
  { code: "3", weight: 18 },
  { code: "4", weight: 27 },
  { code: "5", weight: 6 },
  { code: "6", weight: 14 },
  { code: "7", weight: 1 },
  { code: "8", weight: 5 },
  { code: "U", weight: 4 },
];

/**
 * The occupation a customer states (GB/T 6565 major group, lib/reports/fields.ts OCCUPATIONS), plausible for
 * their age on `on`: mostly students under 23, mostly retired past the statutory age (60 for men, 55 for
 * women), else the working population's mix. Draw it from a stream of its own (the caller forks one), so
 * that adding it shifts no other number of the population.
 */
export function occupationFor(random: Random, birthDate: string, gender: "M" | "F", on: Date): string {
  const age = (on.getTime() - Date.parse(birthDate)) / (365.25 * 86_400_000);
  if (age < 18) return "S";
  if (age < 23 && random.chance(0.75)) return "S";
  if (age >= (gender === "M" ? 60 : 55) && random.chance(0.8)) return "R";
  return random.weighted(WORKING_OCCUPATIONS, (o) => o.weight).code;
}
