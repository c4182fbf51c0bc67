// zh-CN messages of the staff area. Keys added here must be added to ../en/staff.ts too.
export const staff = {} as const;
