/** 导入 strings (any dataset; the page's title and its list come from the feature's own locale). */
export const importText = {
  stepTemplate: '下载模板',
  stepUpload: '上传文件',
  stepCheck: '检查结果',
  stepResult: '导入结果',
  stepTemplateHint: '按模板填写',
  stepUploadHint: '只检查，不写入',
  stepCheckHint: '确认后才写入',
  stepResultHint: '全部成功或全部不写',
  // ① 下载模板
  templateTitle: '① 下载模板',
  templateBody: '第 3 行是列名，从第 4 行起每行一条；“填写说明”工作表列出每一列的要求和可选值。',
  templateLink: '下载导入模板',
  // ② 上传文件
  uploadTitle: '② 上传文件',
  dragger: '点击选择或将文件拖到此处',
  draggerHint: (mb: number) => `只接受 .xlsx 文件，一次一个，不超过 ${mb} MB；上传后先检查，不会写入任何数据`,
  uploading: (name: string) => `正在上传并检查“${name}”…（行数多时需要一些时间）`,
  uploadFailed: '文件未能检查',
  notXlsx: '只能导入 .xlsx 文件（Excel 2007 及以上版本；.xls 或 .csv 请先另存为 .xlsx）',
  emptyFile: '文件是空的',
  tooLarge: (mb: number) => `文件不能超过 ${mb} MB；请分批导入`,
  // ③ 检查结果
  loadingBatch: '正在读取上次检查的结果…',
  checkTitle: '③ 检查结果',
  fileLine: (name: string, size: string) => `文件：${name}（${size}）`,
  rejected: (n: number) => `发现 ${n} 处问题，未写入任何数据`,
  rejectedHint: '请按下表在文件中逐一修改后重新上传。',
  moreProblems: (listed: number, total: number) => `共 ${total} 处问题，下表列出前 ${listed} 处`,
  summary: (rows: number, created: number, updated: number, unchanged: number) =>
    `共 ${rows} 行：新建 ${created} 个，修改 ${updated} 个，未变 ${unchanged} 个`,
  checkedHint: '检查已通过，尚未写入；确认后全部写入，任何一行失败则全部不写入。',
  commit: '确认导入',
  nothingToCommit: '没有需要导入的变化',
  uploadAgain: '重新上传',
  commitFailed: '导入未完成',
  committing: '正在写入，请勿关闭页面…',
  // the problem table
  problemRow: '行',
  problemColumn: '列',
  problemMessage: '问题',
  wholeFile: '整个文件',
  wholeRow: '整行',
  // ④ 导入结果
  doneTitle: '导入完成',
  doneSummary: (created: number, updated: number, unchanged: number) =>
    `新建 ${created} 个，修改 ${updated} 个，未变 ${unchanged} 个`,
  doneAt: (time: string) => `写入时间 ${time}`,
  conflictTitle: '未能导入，没有写入任何数据',
  conflictProblems: '以下各行不能导入：',
  backToList: (list: string) => `返回${list}`,
  importAnother: '继续导入其他文件',
  size: (bytes: number) =>
    bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`,
};
