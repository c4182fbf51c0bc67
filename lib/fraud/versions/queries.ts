// The /rules pages' reads through the app's client (read.ts holds them for any client).
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { listRules as listRulesWith, ruleDetail as ruleDetailWith } from "@/lib/fraud/versions/read";
import { backtestsOf as backtestsWith } from "@/lib/fraud/backtest/read";

export const listRules = cache(() => listRulesWith(db));
export const getRuleDetail = cache((code: string) => ruleDetailWith(db, code));
export const getBacktests = (versionIds: string[]) => backtestsWith(db, versionIds, 20);
