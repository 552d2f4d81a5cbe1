import { registerConstraintMessages } from '../../common/db-errors';

registerConstraintMessages({
  project_code_key: { message: '项目编号已存在', field: 'code', conflict: 'DUPLICATE' },
  project_beneficiaries_check: { message: '脱贫户数（人数）不能超过受益户数（人数）', field: 'liftedHouseholds' },
  project_schedule_check: { message: '计划完工日期不能早于计划开工日期', field: 'plannedEnd' },
});
