import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { benefitLinkModeLabels, operatorKindLabels, parkLevelLabels } from '../locale/zh-CN';
import { BarList } from './BarList';
import { MoneyText, RateText } from './MoneyText';
import { RegionCascader } from './RegionCascader';
import {
  CaseStatusTag,
  FundCategoryTag,
  MonitoringTypeTag,
  OverdueTag,
  ParkLevelTag,
  ProjectStatusTag,
  RoleTag,
  WarningRuleTag,
} from './tags';

const towns = [
  {
    code: '610902001',
    name: '老城街道',
    villages: [
      { code: '610902001001', name: '西城社区' },
      { code: '610902001002', name: '东城社区' },
    ],
  },
  { code: '610902100', name: '关庙镇', villages: [{ code: '610902100201', name: '中心村' }] },
];

describe('MoneyText', () => {
  it('prints the summary figure with its unit and the exact value as title', () => {
    render(<MoneyText value="767600000.00" unit="亿元" />);
    const el = screen.getByText('7.676 亿元');
    expect(el.getAttribute('title')).toBe('767600000.00 元');
  });

  it('marks reversals red and prints a dash for missing values', () => {
    render(
      <>
        <MoneyText value="-1200.00" />
        <MoneyText value={null} />
        <RateText value="0.9967" />
      </>,
    );
    expect(screen.getByText('-1,200.00 元').style.color).toBe('rgb(207, 19, 34)');
    expect(screen.getByText('—')).toBeTruthy();
    expect(screen.getByText('99.67%')).toBeTruthy();
  });
});

describe('tags', () => {
  it('shows Chinese labels', () => {
    render(
      <>
        <ProjectStatusTag status="HANDED_OVER" />
        <FundCategoryTag category="BRIDGING" />
      </>,
    );
    expect(screen.getByText('资产移交')).toBeTruthy();
    expect(screen.getByText('衔接资金')).toBeTruthy();
  });
});

describe('RegionCascader', () => {
  it('shows the selected town and village names', () => {
    render(<RegionCascader towns={towns} value={['610902001', '610902001002']} />);
    expect(screen.getByText('老城街道 / 东城社区')).toBeTruthy();
  });

  it('reports [town, village] when a user picks a village', () => {
    const onChange = vi.fn();
    render(<RegionCascader towns={towns} onChange={onChange} />);
    fireEvent.mouseDown(screen.getByRole('combobox'));
    fireEvent.click(screen.getByText('关庙镇'));
    fireEvent.click(screen.getByText('中心村'));
    expect(onChange).toHaveBeenLastCalledWith(['610902100', '610902100201']);
  });
});

describe('BarList', () => {
  it('renders one row per item with its value text', () => {
    render(
      <BarList
        aria-label="支出进度"
        items={[
          { key: 'a', label: '老城街道', fraction: 0.9967, valueText: '99.67%' },
          { key: 'b', label: '关庙镇', fraction: 0.5, valueText: '50.00%' },
        ]}
      />,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByText('99.67%')).toBeTruthy();
  });
});

describe('RoleTag', () => {
  it('names each role as the bureau does, and shows an unknown one as sent', () => {
    render(
      <>
        <RoleTag value="TOWN_STAFF" />
        <RoleTag value="AUDITOR" />
        <RoleTag value="SOMETHING_NEW" />
      </>,
    );
    expect(screen.getByText('镇办工作人员')).toBeTruthy();
    expect(screen.getByText('审计/督查')).toBeTruthy();
    expect(screen.getByText('SOMETHING_NEW')).toBeTruthy();
  });
});

describe('monitoring tags', () => {
  it('name statuses, types and rules as the bureau does', () => {
    render(
      <>
        <CaseStatusTag status="MONITORING" />
        <MonitoringTypeTag type="SUDDEN_HARDSHIP" />
        <WarningRuleTag rule="INCOME_BELOW_LINE" />
        <OverdueTag />
      </>,
    );
    expect(screen.getByText('已纳入监测（帮扶中）')).toBeTruthy();
    expect(screen.getByText('突发严重困难户')).toBeTruthy();
    expect(screen.getByText('收入低于监测线')).toBeTruthy();
    expect(screen.getByText('超时')).toBeTruthy();
  });
});

describe('industry labels', () => {
  it('name park levels, operators and benefit-link modes as the bureau does', () => {
    render(
      <>
        <ParkLevelTag level="PROVINCIAL" />
        <ParkLevelTag level="SOMETHING_NEW" />
      </>,
    );
    expect(screen.getByText('省级')).toBeTruthy();
    expect(screen.getByText('SOMETHING_NEW')).toBeTruthy();
    expect(operatorKindLabels.VILLAGE_COLLECTIVE).toBe('村集体');
    expect(benefitLinkModeLabels.PRODUCTION_TRUSTEESHIP).toBe('生产托管');
    expect(parkLevelLabels.NATIONAL).toBe('国家级');
  });
});
