// zh-CN messages of the personal-data reveal (masked values, the reveal dialog, the revealed banner), shared
// by the KYC review and the customer 360. Keys added here must be added to ../en/pii.ts too.
export const pii = {
  reveal: "查看完整信息",
  hide: "重新遮盖",
  masked: "已遮盖",
  shown: "已显示完整信息",
  revealedBanner: "已显示完整个人信息。仅本次查看有效，刷新页面后重新遮盖；本次查看已记入审计日志。",
  dialogTitle: "查看完整个人信息",
  dialogDescription: "个人信息默认遮盖显示。查看完整信息须说明原因，原因与查看人将记入审计日志。",
  fieldsLegend: "要查看的信息",
  fieldsRequired: "请至少选择一项要查看的信息。",
  reason: "查看原因",
  // The example fits the record being revealed (the reveal's entity type).
  reasonHint: {
    KycSubmission: "例如：核对证件号码与证件照片是否一致（至少 5 个字）",
    Customer: "例如：客户来电投诉，核对身份（至少 5 个字）",
  },
  submit: "查看",
  cancel: "取消",
  fields: {
    idNumber: "身份证号",
    phone: "手机号",
    email: "邮箱",
    address: "住址",
    birthDate: "出生日期",
    name: "姓名",
  },
} as const;
