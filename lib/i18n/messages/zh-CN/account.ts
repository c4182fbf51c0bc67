// zh-CN messages of the account area. Keys added here must be added to ../en/account.ts too.
export const account = {} as const;
