import { registerConstraintMessages } from '../../common/db-errors';

registerConstraintMessages({
  fund_source_code_key: { message: '资金来源编号已存在', field: 'code', conflict: 'DUPLICATE' },
  fund_allocation_project_source_key: {
    message: '该项目已有此资金来源的安排，请修改原安排的金额',
    field: 'fundSourceId',
    conflict: 'DUPLICATE',
  },
  fund_allocation_amount_check: { message: '安排金额必须大于 0', field: 'amount' },
  fund_allocation_disbursed_check: {
    message: '支出超过资金安排的剩余额度（或安排金额小于已支出）',
    field: 'amount',
    conflict: 'EXCEEDS_ALLOCATION',
  },
  disbursement_voucher_no_key: { message: '凭证号已存在', field: 'voucherNo', conflict: 'DUPLICATE' },
  disbursement_amount_check: { message: '支出金额不能为 0', field: 'amount' },
  disbursement_reversal_target_check: { message: '冲销只能针对同一资金安排下的一笔正常支出', field: 'disbursementId' },
  disbursement_reversal_amount_check: {
    message: '冲销金额超过原支出尚未冲销的部分',
    field: 'amount',
    conflict: 'EXCEEDS_PAYMENT',
  },
  disbursement_append_only: { message: '支出记录不可修改或删除，请录入冲销', conflict: 'APPEND_ONLY' },
});
