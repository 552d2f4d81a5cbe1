import { describe, it } from 'vitest';
import { TownsQuery } from '../../lib/places.graphql';
import { expectExport, startExportSpy, withExport } from '../../test/exports';
import { towns, yinghu } from '../../test/fixtures';
import { connection } from '../../test/industryFixtures';
import { type Mock, renderAt } from '../../test/render';
import { monitoringAuditor } from '../../test/viewers';
import { MonitoringCaseListQuery, MonitoringProceduresQuery } from './monitoring.graphql';

const townsMock: Mock = { request: { query: TownsQuery }, result: { data: { towns: [...towns, yinghu] } } };
const proceduresMock: Mock = {
  request: { query: MonitoringProceduresQuery },
  result: { data: { monitoringProcedures: [] } },
};

describe('监测案件', () => {
  it('导出 Excel sends the list’s filter and the overdue list’s sort', async () => {
    const spy = startExportSpy();
    const variables = {
      filter: { townCode: yinghu.code, overdue: true },
      sort: { field: 'DUE_ON', direction: 'ASC' },
    };
    renderAt(
      `/monitoring/cases?town=${yinghu.code}&overdue=1`,
      [
        {
          request: { query: MonitoringCaseListQuery, variables: { ...variables, first: 20, after: null } },
          result: { data: { monitoringCases: connection('MonitoringCase', []) } },
        },
        townsMock,
        proceduresMock,
        spy.mock,
      ],
      { viewer: withExport(monitoringAuditor) },
    );
    await expectExport(spy, 'MONITORING_CASES', variables);
  });
});
