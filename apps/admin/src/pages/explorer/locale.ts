/** 接口调试台 (/explorer) strings. */
export const explorerText = {
  title: '接口调试台',
  readOnly:
    '调试台只用于读取数据（query），不能执行修改（mutation）：修改数据请在管理系统的页面中操作。查询受与正式调用相同的权限、镇办范围和限制约束。',
  modeLabel: '身份',
  modeToken: '使用接口令牌',
  modeSession: (name: string) => `以当前登录身份（${name}）`,
  modeSessionSignedOut: '以当前登录身份（未登录）',
  signInForSession: '登录后可用当前身份查询',
  tokenLabel: '接口令牌',
  tokenPlaceholder: '粘贴接口令牌（hb_ 开头）',
  tokenHint: '令牌只保存在本页的内存中：不写入浏览器存储，刷新或关闭页面即清除；请求不带本系统的登录状态。',
  sessionHint: (name: string, scope: string) => `以 ${name} 的身份查询，范围：${scope}，与在系统中看到的一致。`,
  districtScope: '全区',
  example: (title: string) => `示例：${title}`,
  exampleNeeds: (needs: string) => `调用所需：${needs}`,
  backToGuide: '返回接口说明',
  loading: '正在加载调试台…',
  logo: '汉滨区数据接口',
  welcome: `# 汉滨区乡村振兴局数据接口调试台：只用于读取（query）。
# Ctrl+Enter 运行；Ctrl+Space 补全字段；左侧书本图标打开文档，查看类型和字段的说明。
query Towns {
  towns {
    code
    name
  }
}
`,
  // answers the explorer gives itself, without asking the API
  queriesOnly: '调试台只能执行查询（query）；修改数据请在管理系统的页面中操作',
  tokenMissing: '请先在上方填写接口令牌',
  network: '无法连接服务器，请检查网络后重试',
  notJson: (status: number) => `服务器返回了无法识别的内容（HTTP ${status}）`,
};
