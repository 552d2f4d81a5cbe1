import { WarningRuleTag } from '@hanbin/ui';
import { Button, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { MonitoringWarningRowFragment as Row } from '../../../gql/graphql';
import { monitoringText as t } from '../locale';

export interface WarningActions {
  canOpenCase: boolean;
  onOpenCase: (warning: Row) => void;
}

/** 规则 / 预警说明 / 镇村 / 户主 / 触发日期 / 已持续 / 操作 (查看案件, or 发起监测 for low income). */
export function warningColumns({ canOpenCase, onOpenCase }: WarningActions): TableColumnsType<Row> {
  return [
    { title: t.rule, key: 'rule', width: 140, render: (_, w) => <WarningRuleTag rule={w.rule} /> },
    { title: t.message, dataIndex: 'message', width: 420 },
    { title: t.region, key: 'region', width: 180, render: (_, w) => `${w.town.name} / ${w.village.name}` },
    {
      title: t.headName,
      key: 'household',
      width: 100,
      render: (_, w) => <Link to={`/monitoring/households/${w.household.id}`}>{w.household.headName}</Link>,
    },
    { title: t.since, dataIndex: 'since', width: 110 },
    { title: t.days, key: 'days', width: 90, align: 'right', render: (_, w) => t.daysValue(w.days) },
    {
      title: t.actions,
      key: 'actions',
      width: 110,
      fixed: 'right',
      render: (_, w) =>
        w.monitoringCase ? (
          <Link to={`/monitoring/cases/${w.monitoringCase.id}`}>{t.viewCase}</Link>
        ) : w.rule === 'INCOME_BELOW_LINE' && canOpenCase ? (
          <Button size="small" type="primary" ghost onClick={() => onOpenCase(w)}>
            {t.openCase}
          </Button>
        ) : (
          <Link to={`/monitoring/households/${w.household.id}`}>{t.viewHousehold}</Link>
        ),
    },
  ];
}
