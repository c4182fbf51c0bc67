// zh-CN messages of the audit area. Keys added here must be added to ../en/audit.ts too.
export const audit = {} as const;
