export const layoutText = {
  appTitle: '汉滨区乡村振兴',
  appSubtitle: '项目资金管理',
  menuDashboard: '总览',
  menuProjects: '项目库',
  menuFunds: '资金',
  demoNotice: '演示数据',
  booting: '正在加载…',
  notFoundTitle: '页面不存在',
  notFoundBack: '返回总览',
};
