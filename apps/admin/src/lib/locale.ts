/** Strings shared by every feature (loading, errors, paging). */
export const commonText = {
  loading: '加载中…',
  loadFailed: '加载失败',
  retry: '重试',
  reload: '重新加载',
  conflictTitle: '记录已被他人修改',
  conflictBody: '您打开后，该记录已被其他人修改。请重新加载最新数据后再操作，您本次的修改未保存。',
  notFound: '记录不存在或已被删除',
  forbidden: '无权访问',
  networkError: '无法连接服务器，请检查网络后重试',
  staleClient: '系统已更新，请刷新页面后重试',
  formHasErrors: '请根据提示修改后再提交',
  total: (n: number) => `共 ${n} 条`,
  pageOf: (page: number, pages: number) => `第 ${page} / ${Math.max(pages, 1)} 页`,
  prevPage: '上一页',
  nextPage: '下一页',
  firstPage: '首页',
  save: '保存',
  cancel: '取消',
  submit: '提交',
  edit: '编辑',
  back: '返回',
  all: '全部',
  none: '—',
  search: '查询',
  reset: '重置',
  demoData: '演示数据',
};

/** 查看 of a masked personal identifier (phone, ID number): the purpose is recorded in the audit log. */
export const revealText = {
  reveal: '查看',
  purpose: '查看事由',
  purposeRequired: '请填写查看事由',
  purposeLength: '事由须为 5–200 个字',
  shown: (seconds: number) => `${seconds} 秒后自动隐藏`,
  close: '关闭',
};
