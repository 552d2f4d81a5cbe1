import { registerConstraintMessages } from '../../common/db-errors';

registerConstraintMessages({
  industrial_park_code_key: { message: '园区编号已存在', field: 'code', conflict: 'DUPLICATE' },
  industrial_park_name_key: { message: '已有同名园区', field: 'name', conflict: 'DUPLICATE' },
  industrial_park_amounts_check: { message: '面积、投资和就业岗位不能为负数' },
  park_year_amounts_check: { message: '产值、分红和就业人数不能为负数' },
  benefit_link_key: { message: '该户本年度已有同一模式的联结，请修改原记录', conflict: 'DUPLICATE' },
  benefit_link_income_check: { message: '户增收不能为负数', field: 'incomeGained' },
  partner_enterprise_name_key: { message: '已有同名企业', field: 'name', conflict: 'DUPLICATE' },
  partner_enterprise_jobs_check: { message: '岗位数不能为负数，脱贫劳动力岗位不能超过岗位总数', field: 'liftedJobs' },
  enterprise_investment_amount_check: { message: '投资金额须大于 0', field: 'amount' },
  enterprise_investment_target_check: { message: '一笔投资只能投向一个园区或一个项目', field: 'projectId' },
});
