/** 导出 Excel strings. */
export const exportText = {
  button: '导出 Excel',
  buttonHint: '按当前的筛选与排序导出全部结果（不只本页）',
  title: (what: string) => `导出${what}`,
  queued: '排队中…',
  running: (done: number, total: number | null) => (total ? `已写入 ${done} / ${total} 条` : `已写入 ${done} 条`),
  succeeded: (rows: number) => `已完成，共 ${rows} 条`,
  failed: '导出失败',
  download: '下载',
  close: '关闭',
  background: '可以关闭此窗口，导出会在后台继续；完成后在「导出记录」中下载（保留 24 小时）',
  history: '导出记录',
  historyEmpty: '24 小时内没有导出',
  expiresAt: (time: string) => `保留至 ${time}`,
  size: (bytes: number) =>
    bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`,
  status: { QUEUED: '排队中', RUNNING: '导出中', SUCCEEDED: '已完成', FAILED: '失败' } as Record<string, string>,
};
