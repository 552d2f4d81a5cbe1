import { registerConstraintMessages } from '../../common/db-errors';

registerConstraintMessages({
  household_code_key: { message: '户编号已存在', field: 'code', conflict: 'DUPLICATE' },
  person_id_number_hash_key: {
    message: '该身份证号已登记，同一人不能重复登记',
    field: 'idNumber',
    conflict: 'DUPLICATE',
  },
  household_year_amounts_check: { message: '收入和支出不能为负数，人口至少为 1' },
  monitoring_line_amount_check: { message: '监测收入线须大于 0', field: 'amount' },
  monitoring_case_open_key: { message: '该户已有未结束的监测案件，不能重复建档', conflict: 'DUPLICATE' },
  monitoring_case_code_key: { message: '案件编号重复，请重试', conflict: 'DUPLICATE' },
  monitoring_case_green_channel_check: { message: '绿色通道仅适用于突发严重困难户', field: 'greenChannel' },
  monitoring_case_step_key: { message: '该步骤已被他人办理，请刷新后重试', conflict: 'STALE_VERSION' },
  monitoring_case_step_notice_check: { message: '公示结束日期不能早于开始日期', field: 'noticeEnd' },
  monitoring_case_step_append_only: { message: '已办理的步骤不能修改或删除', conflict: 'APPEND_ONLY' },
  monitoring_attachment_size_check: { message: '材料大小应在 1 字节到 5 MB 之间' },
  assistance_measure_dates_check: { message: '结束日期不能早于开始日期', field: 'endOn' },
  assistance_measure_amount_check: { message: '投入资金不能为负数', field: 'amount' },
  monitoring_procedure_code_key: { message: '程序版本代码已存在', field: 'code', conflict: 'DUPLICATE' },
  monitoring_procedure_effective_key: {
    message: '该生效日期已有程序版本',
    field: 'effectiveFrom',
    conflict: 'DUPLICATE',
  },
  monitoring_procedure_step_code_key: { message: '同一版本中步骤代码不能重复', field: 'steps', conflict: 'DUPLICATE' },
});
