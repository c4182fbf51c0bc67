// 报送文件: export files and downloads (helper "export"). en/reports-export.ts carries the same keys.
export const reportsExport = {
  title: "报送文件",
};
