// What one analytics CSV is: the permission that opens it, its columns, and its rows read from the page's
// URL parameters. `R` is the slice of the database client the part's reader needs (the whole client by
// default), so each part's datasets.ts types its reader without a copy of this shape.
import type { Permission } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";

export interface AnalyticsDataset<R = Db> {
  permission: Permission;
  columns: { key: string; header: string }[];
  // Method syntax: a dataset typed with a slice of the client is accepted where the whole client is passed.
  rows(db: R, params: Record<string, string>): Promise<Record<string, string>[]>;
}
