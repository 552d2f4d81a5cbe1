import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { group, withheld } from '../../test/industryFixtures';
import { type Mock, renderAt } from '../../test/render';
import { industryAuditor } from '../../test/viewers';
import { barFraction, compareGroups, groupBars } from './components/industryGroups';
import { IndustryOverviewQuery } from './industry.graphql';

const tea = group('TEA', '茶叶', 50, 420, '2856000.00', '1250000000.00', 3100);
const livestock = group('LIVESTOCK', '畜牧', 45, 390, '2405000.50', '980000000.00', 2650);
const tobacco = group('TOBACCO', '烤烟', 0, 0, '0.00', '0.00', 0);
const yinghu = group('610902102', '瀛湖镇', 12, 96, '612000.00', '180000000.00', 640);
const laocheng = group('610902001', '老城街道', 3, 15, '88000.00', '9007199254740993.00', 40);

const overview = (year: number | null): Mock => ({
  request: { query: IndustryOverviewQuery, variables: { year } },
  result: {
    data: {
      industrySummary: {
        __typename: 'IndustrySummary',
        year,
        // A household carried by a tea park and a livestock park counts in both rows, once here: 801, not 810.
        total: group('ALL', '合计', 95, 801, '5261000.50', '2230000000.00', 5750),
        byIndustry: [livestock, tea, tobacco],
        byTown: [laocheng, yinghu],
      },
    },
  },
  maxUsageCount: 3,
});

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .filter((r) => r.classList.contains('ant-table-row'))
    .map((r) => within(r).getAllByRole('cell')[0].textContent);

describe('产业概览', () => {
  it('tables each group with the API’s total, whose households are counted once', async () => {
    renderAt('/industry/overview', [overview(null)], { viewer: industryAuditor });
    const byIndustry = await screen.findByTestId('industry-by-industry');
    const teaRow = within(byIndustry).getByText('茶叶').closest('tr') as HTMLElement;
    expect(
      within(teaRow)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['茶叶', '50', '420', '2,856,000.00', '1,250,000,000.00', '3100']);
    // The total is the API's, not the sum of the rows (420 + 390 = 810).
    expect(screen.getByTestId('industry-by-industry-total-households').textContent).toBe('801');
    const byTown = screen.getByTestId('industry-by-town');
    expect(rowsOf(byTown)).toEqual(['老城街道', '瀛湖镇']);
    expect(within(byTown).getByText('瀛湖镇').closest('tr')?.textContent).toContain('12');
  });

  it('sorts the towns by an amount, compared as fen', async () => {
    renderAt('/industry/overview', [overview(null)], { viewer: industryAuditor });
    const byTown = await screen.findByTestId('industry-by-town');
    const header = within(byTown)
      .getAllByRole('columnheader')
      .find((h) => h.textContent === '累计投资（元）') as HTMLElement;
    fireEvent.click(header);
    await waitFor(() => expect(rowsOf(byTown)).toEqual(['瀛湖镇', '老城街道']));
    fireEvent.click(header);
    await waitFor(() => expect(rowsOf(byTown)).toEqual(['老城街道', '瀛湖镇']));
  });

  it('draws bars of parks and investment by industry, largest first, leaving out industries with no park', async () => {
    renderAt('/industry/overview', [overview(null)], { viewer: industryAuditor });
    const parks = await screen.findByRole('list', { name: '各产业园区数' });
    const items = within(parks).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual(['茶叶50 个', '畜牧45 个']);
    const investment = screen.getByRole('list', { name: '各产业累计投资' });
    expect(within(investment).getAllByRole('listitem')[0].textContent).toBe('茶叶12.5 亿元');
  });

  it('shows a withheld group as the API says ("<5", "已隐藏"), with no income, sorted before the others', async () => {
    // What a viewer without household access gets: 2 households in 烤烟, so 畜牧 (next smallest) is hidden too.
    const mock: Mock = {
      request: { query: IndustryOverviewQuery, variables: { year: null } },
      result: {
        data: {
          industrySummary: {
            __typename: 'IndustrySummary',
            year: null,
            total: group('ALL', '合计', 96, 421, '2860000.00', '2230000000.00', 5750),
            byIndustry: [
              tea,
              withheld(livestock, '已隐藏'),
              withheld(group('TOBACCO', '烤烟', 1, 2, '4000.00', '1000000.00', 6)),
            ],
            byTown: [withheld(laocheng), withheld(yinghu, '已隐藏')],
          },
        },
      },
    };
    renderAt('/industry/overview', [mock], { viewer: industryAuditor });
    const byIndustry = await screen.findByTestId('industry-by-industry');
    const cells = (label: string) =>
      within(within(byIndustry).getByText(label).closest('tr') as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells('烤烟')).toEqual(['烤烟', '1', '<5', '—', '1,000,000.00', '6']);
    expect(cells('畜牧')).toEqual(['畜牧', '45', '已隐藏', '—', '980,000,000.00', '2650']);
    expect(cells('茶叶')).toEqual(['茶叶', '50', '420', '2,856,000.00', '1,250,000,000.00', '3100']);
    expect(screen.getByTestId('industry-by-industry-total-households').textContent).toBe('421');
    const header = within(byIndustry)
      .getAllByRole('columnheader')
      .find((h) => h.textContent === '农户增收（元）') as HTMLElement;
    fireEvent.click(header);
    await waitFor(() => expect(rowsOf(byIndustry)).toEqual(['畜牧', '烤烟', '茶叶']));
  });

  it('withholds the total too when it is that small', async () => {
    const small = withheld(group('ALL', '合计', 3, 3, '9000.00', '3000000.00', 12));
    const mock: Mock = {
      request: { query: IndustryOverviewQuery, variables: { year: null } },
      result: {
        data: {
          industrySummary: {
            __typename: 'IndustrySummary',
            year: null,
            total: small,
            byIndustry: [withheld(group('TEA', '茶叶', 3, 3, '9000.00', '3000000.00', 12))],
            byTown: [withheld(group('610902102', '瀛湖镇', 3, 3, '9000.00', '3000000.00', 12))],
          },
        },
      },
    };
    renderAt('/industry/overview', [mock], { viewer: industryAuditor });
    const byTown = await screen.findByTestId('industry-by-town');
    expect(screen.getByTestId('industry-by-town-total-households').textContent).toBe('<5');
    const totalRow = within(byTown).getByText('合计').closest('tr') as HTMLElement;
    expect(within(totalRow).getAllByRole('cell')[3].textContent).toBe('—');
    expect(screen.queryByText('9,000.00')).toBeNull();
  });

  it('asks for one year’s links when a year is chosen', async () => {
    const { router } = renderAt('/industry/overview', [overview(null), overview(2021)], { viewer: industryAuditor });
    await screen.findByTestId('industry-by-town');
    fireEvent.mouseDown(screen.getByLabelText('带动与增收年度'));
    fireEvent.click((await screen.findAllByTitle('2021年')).at(-1) as HTMLElement);
    await waitFor(() => expect(router.state.location.search).toBe('?year=2021'));
    expect(await screen.findByTestId('industry-by-town')).toBeTruthy();
  });
});

describe('overview groups', () => {
  it('compare money as fen and counts as numbers', () => {
    const a = group('a', 'a', 1, 1, '0.10', '9007199254740993.00', 1);
    const b = group('b', 'b', 2, 1, '0.20', '9007199254740992.99', 1);
    expect(compareGroups(a, b, 'investment')).toBeGreaterThan(0);
    expect(compareGroups(a, b, 'incomeGained')).toBeLessThan(0);
    expect(compareGroups(a, b, 'parks')).toBeLessThan(0);
  });

  it('draw a bar’s length without floats for money', () => {
    expect(barFraction('50.00', '200.00')).toBe(0.25);
    expect(barFraction('0.00', '0.00')).toBe(0);
    expect(barFraction(3, 12)).toBe(0.25);
    expect(groupBars([tea, tobacco, livestock], 'incomeGained', (n) => `${n}`).map((b) => b.valueText)).toEqual([
      '285.6 万元',
      '240.5 万元',
    ]);
  });

  it('leave withheld figures out of the bars and sort them first', () => {
    const hidden = withheld(livestock);
    expect(groupBars([tea, hidden], 'linkedHouseholds', (n) => `${n} 户`).map((b) => b.label)).toEqual(['茶叶']);
    expect(groupBars([tea, hidden], 'parks', (n) => `${n} 个`).map((b) => b.label)).toEqual(['茶叶', '畜牧']);
    expect(compareGroups(hidden, tobacco, 'incomeGained')).toBeLessThan(0);
    expect(compareGroups(tobacco, hidden, 'linkedHouseholds')).toBeGreaterThan(0);
    expect(compareGroups(hidden, withheld(tea), 'linkedHouseholds')).toBe(0);
  });
});
