import { registerConstraintMessages } from '../../common/db-errors';

registerConstraintMessages({
  dispatching_unit_name_key: { message: '已有同名派出单位', field: 'name', conflict: 'DUPLICATE' },
  first_secretary_village_active_key: { message: '该村已有在任第一书记，请按轮换办理', conflict: 'DUPLICATE' },
  first_secretary_cadre_active_key: { message: '该干部已在其他村担任第一书记', conflict: 'DUPLICATE' },
  first_secretary_term_check: { message: '离任日期不能早于到任日期', field: 'endedOn' },
  work_team_village_active_key: { message: '该村已有在驻工作队', field: 'villageCode', conflict: 'DUPLICATE' },
  work_team_term_check: { message: '撤销日期不能早于组建日期', field: 'dissolvedOn' },
  work_team_member_cadre_active_key: {
    message: '该干部已在其他工作队，同一人不能同时在两个工作队',
    conflict: 'DUPLICATE',
  },
  work_team_member_term_check: { message: '离队日期不能早于到岗日期', field: 'endedOn' },
});
