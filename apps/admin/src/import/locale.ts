import type { ImportBatch, ImportDataset } from './importApi';

/** 导入 strings (any dataset; the page's title and its list come from the feature's own locale). */
/** What one row of each dataset is counted in: 3 个 projects, 2 笔 payments, 4 人, 1 段 term. */
const RECORD_UNIT: Record<ImportDataset, string> = {
  PROJECTS: '个',
  FUND_ALLOCATIONS: '笔',
  DISBURSEMENTS: '笔',
  HOUSEHOLDS: '人',
  WORK_TEAM_MEMBERS: '段',
};

type Counts = Pick<ImportBatch, 'dataset' | 'rows' | 'created' | 'updated' | 'unchanged'>;

function counted({ dataset, created, updated, unchanged }: Counts): string {
  const unit = RECORD_UNIT[dataset] ?? '个';
  return `新建 ${created} ${unit}，修改 ${updated} ${unit}，未变 ${unchanged} ${unit}`;
}

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
  uploading: (name: string) => `正在上传“${name}”…`,
  uploadFailed: '文件未能检查',
  notXlsx: '只能导入 .xlsx 文件（Excel 2007 及以上版本；.xls 或 .csv 请先另存为 .xlsx）',
  emptyFile: '文件是空的',
  tooLarge: (mb: number) => `文件不能超过 ${mb} MB；请分批导入`,
  // ③ 检查结果
  loadingBatch: '正在读取这批数据的状态…',
  // while a check or a commit runs (on the server: leaving the page does not stop it)
  checkProgress: '检查进度',
  commitProgress: '导入进度',
  readingFile: '正在读取文件…',
  checkingRows: (done: string, total: string) => `正在检查：已检查 ${done} / ${total} 行`,
  committingRows: (done: string, total: string) => `正在导入：${done} / ${total} 行`,
  checkingInBackground: '检查在服务器上进行，不写入任何数据；离开此页不会中断，回到此页可继续查看。',
  committingInBackground: '正在服务器上写入，全部成功才生效；离开此页不会中断，回到此页可查看结果。',
  unreachableTitle: '暂时无法取得进度',
  unreachable: (minutes: number) =>
    `服务器繁忙或网络中断，已有 ${minutes} 分钟没有回应；检查或导入仍在服务器上进行，不会因此中断。`,
  refresh: '刷新页面',
  checkTitle: '③ 检查结果',
  fileLine: (name: string, size: string) => `文件：${name}（${size}）`,
  rejected: (n: number) => `发现 ${n} 处问题，未写入任何数据`,
  rejectedHint: '请按下表在文件中逐一修改后重新上传。',
  moreProblems: (listed: number, total: number) => `共 ${total} 处问题，下表列出前 ${listed} 处`,
  summary: (batch: Counts) => `共 ${batch.rows} 行：${counted(batch)}`,
  checkedHint: '检查已通过，尚未写入；确认后全部写入，任何一行失败则全部不写入。',
  commit: '确认导入',
  nothingToCommit: '没有需要导入的变化',
  uploadAgain: '重新上传',
  commitFailed: '导入未完成',
  // the problem table
  problemRow: '行',
  problemColumn: '列',
  problemMessage: '问题',
  wholeFile: '整个文件',
  wholeRow: '整行',
  // ④ 导入结果
  doneTitle: '导入完成',
  doneSummary: (batch: Counts) => counted(batch),
  doneAt: (time: string) => `写入时间 ${time}`,
  conflictTitle: '未能导入，没有写入任何数据',
  conflictProblems: '以下各行不能导入：',
  checkStopped: '检查已停止',
  commitStopped: '导入已停止，没有写入任何数据',
  stoppedUnknown: '请重新上传',
  backToList: (list: string) => `返回${list}`,
  importAnother: '继续导入其他文件',
  size: (bytes: number) =>
    bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`,
};
