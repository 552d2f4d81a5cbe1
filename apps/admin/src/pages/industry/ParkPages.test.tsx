import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TownsQuery } from '../../lib/places.graphql';
import { expectExport, startExportSpy, withExport } from '../../test/exports';
import { towns } from '../../test/fixtures';
import { benefitLink, connection, parkDetail, parkRow, yinghuWithVillages } from '../../test/industryFixtures';
import { type Mock, renderAt } from '../../test/render';
import { industryAuditor, industryClerk, industryReader, townClerk } from '../../test/viewers';
import {
  AddBenefitLinkMutation,
  LinkHouseholdOptionsQuery,
  ParkBenefitLinksQuery,
  ParkDetailQuery,
  ParkListQuery,
  RecordParkYearMutation,
} from './industry.graphql';

const townsMock: Mock = {
  request: { query: TownsQuery },
  result: { data: { towns: [...towns, yinghuWithVillages] } },
  maxUsageCount: 5,
};

const list = (variables: Record<string, unknown>, ...nodes: ReturnType<typeof parkRow>[]): Mock => ({
  request: { query: ParkListQuery, variables: { first: 20, after: null, ...variables } },
  result: { data: { industrialParks: connection('IndustrialPark', nodes) } },
  maxUsageCount: 3,
});

const detail = (extra: Record<string, unknown> = {}): Mock => ({
  request: { query: ParkDetailQuery, variables: { id: 'park-1' } },
  result: { data: { industrialPark: parkDetail(extra) } },
  maxUsageCount: 3,
});

const links = (withHousehold: boolean, ...nodes: ReturnType<typeof benefitLink>[]): Mock => ({
  request: {
    query: ParkBenefitLinksQuery,
    variables: { filter: { parkId: 'park-1' }, withHousehold, first: 20, after: null },
  },
  result: { data: { benefitLinks: connection('BenefitLink', nodes) } },
  maxUsageCount: 3,
});

const menu = () => screen.getAllByRole('menu')[0];

describe('园区', () => {
  it('lists parks with level, industry, place, operator, exact investment and linked households', async () => {
    renderAt('/industry/parks', [list({ filter: {} }, parkRow('park-1', 'YQ-0001', '阳晨现代农业园区')), townsMock], {
      viewer: industryClerk,
    });
    const row = (await screen.findByRole('link', { name: '阳晨现代农业园区' })).closest('tr') as HTMLElement;
    expect(within(row).getByRole('link', { name: '阳晨现代农业园区' }).getAttribute('href')).toBe(
      '/industry/parks/park-1',
    );
    expect(within(row).getByText('省级')).toBeTruthy();
    expect(within(row).getByText('茶叶')).toBeTruthy();
    expect(within(row).getByText('瀛湖镇 / 大明村')).toBeTruthy();
    expect(within(row).getByText('企业')).toBeTruthy();
    expect(within(row).getByText('35,600,000.00')).toBeTruthy();
    expect(within(row).getByText('86 户')).toBeTruthy();
    expect(screen.getByRole('button', { name: /新建园区/ })).toBeTruthy();
  });

  it('keeps filters and the server sort in the URL', async () => {
    const { router } = renderAt(
      '/industry/parks?industry=TEA&sort=INVESTMENT.DESC',
      [
        list(
          { filter: { industry: 'TEA' }, sort: { field: 'INVESTMENT', direction: 'DESC' } },
          parkRow('park-1', 'YQ-0001', '阳晨现代农业园区'),
        ),
        list({ filter: { industry: 'TEA' }, sort: { field: 'JOBS', direction: 'ASC' } }),
        townsMock,
      ],
      { viewer: industryAuditor },
    );
    await screen.findByText('阳晨现代农业园区');
    expect(screen.queryByRole('button', { name: /新建园区/ })).toBeNull();
    fireEvent.click(screen.getAllByRole('columnheader').find((h) => h.textContent === '就业岗位') as HTMLElement);
    await waitFor(() => expect(router.state.location.search).toBe('?industry=TEA&sort=JOBS.ASC'));
  });

  it('导出 Excel sends the list’s filter and sort', async () => {
    const spy = startExportSpy();
    const variables = { filter: { industry: 'TEA' }, sort: { field: 'INVESTMENT', direction: 'DESC' } };
    renderAt(
      '/industry/parks?industry=TEA&sort=INVESTMENT.DESC',
      [list(variables, parkRow('park-1', 'YQ-0001', '阳晨现代农业园区')), townsMock, spy.mock],
      { viewer: withExport(industryAuditor) },
    );
    await expectExport(spy, 'INDUSTRIAL_PARKS', variables);
  });
});

describe('园区详情', () => {
  it('shows the park, its villages, years, links with the household, and investments', async () => {
    renderAt('/industry/parks/park-1', [detail(), links(true, benefitLink('l-1', '徐亮卫', { note: '茶园务工' }))], {
      viewer: industryClerk,
    });
    expect(await screen.findByRole('heading', { name: '阳晨现代农业园区' })).toBeTruthy();
    expect(screen.getByTestId('park-villages').textContent).toBe('大明村（所在村）前进村');
    const years = screen.getByText('年度经营情况').closest('.ant-card') as HTMLElement;
    expect(within(years).getByText('18,650,000.00')).toBeTruthy();
    const linksCard = screen.getByTestId('park-links');
    const link = await within(linksCard).findByRole('link', { name: '徐亮卫户' });
    expect(link.getAttribute('href')).toBe('/monitoring/households/h-l-1');
    expect(within(linksCard).getByText('务工就业')).toBeTruthy();
    expect(within(linksCard).getByText('6,800.00')).toBeTruthy();
    const investments = screen.getByText('东西部协作投资').closest('.ant-card') as HTMLElement;
    expect(within(investments).getByText('江南茶业有限公司（演示）')).toBeTruthy();
    // A town clerk writes her town's parks.
    expect(screen.getByRole('button', { name: /编\s*辑/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /登记年度情况/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /新增带动农户/ })).toBeTruthy();
  });

  it('an auditor reads it all but has no write buttons', async () => {
    renderAt('/industry/parks/park-1', [detail(), links(true, benefitLink('l-1', '徐亮卫'))], {
      viewer: industryAuditor,
    });
    expect(await screen.findByRole('heading', { name: '阳晨现代农业园区' })).toBeTruthy();
    expect(await screen.findByRole('link', { name: '徐亮卫户' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /编\s*辑/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /登记年度情况/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /新增带动农户/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /更\s*正/ })).toBeNull();
  });

  it('导出 Excel on 带动农户 sends the park and, as the table, whether to include the household', async () => {
    const spy = startExportSpy();
    renderAt('/industry/parks/park-1', [detail(), links(true, benefitLink('l-1', '徐亮卫')), spy.mock], {
      viewer: withExport(industryAuditor),
    });
    await expectExport(spy, 'BENEFIT_LINKS', { filter: { parkId: 'park-1' }, withHousehold: true });
  });

  it('without household:read the household is not even asked for', async () => {
    renderAt('/industry/parks/park-1', [detail(), links(false, benefitLink('l-1', null))], { viewer: industryReader });
    const linksCard = await screen.findByTestId('park-links');
    expect(await within(linksCard).findByText('无权查看')).toBeTruthy();
    expect(within(linksCard).getByText('务工就业')).toBeTruthy();
  });

  it('adds a benefit link for a household found in the park’s town, the income as a string', async () => {
    let sent: Record<string, unknown> | undefined;
    const household = {
      __typename: 'Household' as const,
      id: 'h-9',
      code: '6109021022010009',
      headName: '程菊香',
      village: { __typename: 'Village' as const, code: '610902102201', name: '大明村' },
    };
    renderAt(
      '/industry/parks/park-1',
      [
        detail(),
        detail({ linkedHouseholds: 87 }),
        links(true),
        {
          request: { query: LinkHouseholdOptionsQuery, variables: { townCode: '610902102', search: null } },
          result: { data: { households: connection('Household', []) } },
        },
        {
          request: { query: LinkHouseholdOptionsQuery, variables: { townCode: '610902102', search: '程菊' } },
          result: { data: { households: connection('Household', [household]) } },
        },
        {
          request: { query: AddBenefitLinkMutation, variables: () => true },
          result: (variables) => {
            sent = variables.input;
            return { data: { addBenefitLink: benefitLink('l-9', null, { year: 2025, incomeGained: '3200.50' }) } };
          },
        },
        links(true, benefitLink('l-9', '程菊香')),
      ],
      { viewer: industryClerk },
    );
    fireEvent.click(await screen.findByRole('button', { name: /新增带动农户/ }));
    const dialog = await screen.findByRole('dialog');
    const picker = within(dialog).getByLabelText('农户（户主姓名、成员姓名或户编号）');
    fireEvent.focus(picker);
    fireEvent.mouseDown(picker);
    fireEvent.change(picker, { target: { value: '程菊' } });
    fireEvent.click(await screen.findByTitle('程菊香户 · 6109021022010009 · 大明村'));
    fireEvent.mouseDown(within(dialog).getByLabelText('联结模式'));
    fireEvent.click((await screen.findAllByTitle('土地流转')).at(-1) as HTMLElement);
    fireEvent.change(within(dialog).getByLabelText('户增收（元）'), { target: { value: '3,200.5' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '新增带动农户' }));
    await waitFor(() => expect(sent).toBeDefined());
    expect(sent).toEqual({
      parkId: 'park-1',
      householdId: 'h-9',
      mode: 'LAND_TRANSFER',
      year: new Date().getFullYear(),
      incomeGained: '3200.50',
      note: null,
    });
    expect(await screen.findByText('已登记带动农户：程菊香户')).toBeTruthy();
  });
});

describe('登记年度情况', () => {
  it('sends the amounts as strings; a year already recorded is corrected with its version', async () => {
    const sent: Record<string, unknown>[] = [];
    const yearMock: Mock = {
      request: { query: RecordParkYearMutation, variables: () => true },
      result: (variables) => {
        sent.push(variables.input);
        return {
          data: {
            recordParkYear: {
              __typename: 'ParkYear',
              year: variables.input.year,
              outputValue: variables.input.outputValue,
              dividends: variables.input.dividends,
              liftedJobs: variables.input.liftedJobs,
              version: 2,
            },
          },
        };
      },
      maxUsageCount: 2,
    };
    renderAt('/industry/parks/park-1', [detail(), detail(), detail(), links(true), yearMock], {
      viewer: industryClerk,
    });
    fireEvent.click(await screen.findByRole('button', { name: /更\s*正/ }));
    let dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText('更正 2024 年度情况')).toBeTruthy();
    await waitFor(() =>
      expect((within(dialog).getByLabelText('产值（元）') as HTMLInputElement).value).toBe('18650000.00'),
    );
    fireEvent.change(within(dialog).getByLabelText('分红（元）'), { target: { value: '-1' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定|OK/ }));
    expect(await within(dialog).findByText('请输入不小于 0 的金额，最多两位小数')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('分红（元）'), { target: { value: '330,000.5' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定|OK/ }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      parkId: 'park-1',
      year: 2024,
      outputValue: '18650000.00',
      dividends: '330000.50',
      liftedJobs: 48,
      version: 1,
    });

    // A year not yet recorded goes without a version.
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: /登记年度情况/ }));
    dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText('登记园区年度情况')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('产值（元）'), { target: { value: '1200' } });
    fireEvent.change(within(dialog).getByLabelText('分红（元）'), { target: { value: '0' } });
    fireEvent.change(within(dialog).getByLabelText('吸纳脱贫劳动力就业（人）'), { target: { value: '3' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定|OK/ }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toEqual({
      parkId: 'park-1',
      year: new Date().getFullYear(),
      outputValue: '1200.00',
      dividends: '0.00',
      liftedJobs: 3,
      version: null,
    });
  });
});

describe('产业发展 in the menu', () => {
  it('is there with industry:read, with its three pages', async () => {
    renderAt('/industry/parks', [list({ filter: {} }), townsMock], { viewer: industryClerk });
    fireEvent.click(await within(menu()).findByText('产业发展'));
    expect(await within(menu()).findByText('园区')).toBeTruthy();
    expect(within(menu()).getByText('产业概览')).toBeTruthy();
    expect(within(menu()).getByText('东西部协作')).toBeTruthy();
  });

  it('is not there without it, and its pages say 无权访问', async () => {
    renderAt('/industry/parks', [], { viewer: townClerk });
    expect(await screen.findByText('无权访问')).toBeTruthy();
    expect(within(menu()).queryByText('产业发展')).toBeNull();
  });
});
