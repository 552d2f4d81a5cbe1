import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TownsQuery } from '../../lib/places.graphql';
import { towns } from '../../test/fixtures';
import { parkEdit, yinghuWithVillages } from '../../test/industryFixtures';
import { type Mock, renderAt } from '../../test/render';
import { industryAdmin, industryAuditor, industryClerk } from '../../test/viewers';
import { parkFieldPath, toCreateParkInput, villageCodesOf } from './components/parkFormValues';
import { CreateIndustrialParkMutation, ParkEditQuery, UpdateIndustrialParkMutation } from './industry.graphql';

const townsMock: Mock = {
  request: { query: TownsQuery },
  result: { data: { towns: [...towns, yinghuWithVillages] } },
  maxUsageCount: 10,
};

async function pick(label: string, ...options: string[]) {
  fireEvent.mouseDown(screen.getByLabelText(label));
  for (const option of options) {
    const matches = await screen.findAllByTitle(option);
    fireEvent.click(matches[matches.length - 1]);
  }
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

function fieldOf(label: string): HTMLElement {
  const item = screen.getByLabelText(label).closest('.ant-form-item');
  if (!item) throw new Error(`no form item for ${label}`);
  return item as HTMLElement;
}

/** The options an open Select dropdown offers. */
function openOptions(): string[] {
  const dropdowns = [...document.querySelectorAll('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')];
  const last = dropdowns[dropdowns.length - 1];
  return [...(last?.querySelectorAll('.ant-select-item-option') ?? [])].map((o) => o.getAttribute('title') ?? '');
}

async function fillPark(name: string) {
  await screen.findByLabelText('园区名称');
  type('园区名称', name);
  await pick('级别', '省级');
  await pick('主导产业', '茶叶');
  type('经营主体', '汉滨区瀛湖富硒茶叶专业合作社');
  await pick('主体类型', '合作社');
  type('建园年份', '2020');
  type('面积（亩）', '320.5');
  type('累计投资（元）', '1,200,000');
  type('就业岗位', '25');
}

describe('park form', () => {
  it('a town clerk registers a park in her town: its villages only, 所在村 first, amounts as strings', async () => {
    let sent: Record<string, unknown> | undefined;
    renderAt(
      '/industry/parks/new',
      [
        townsMock,
        {
          request: { query: CreateIndustrialParkMutation, variables: () => true },
          result: (variables) => {
            sent = variables.input;
            return {
              errors: [
                {
                  message: '输入有误',
                  extensions: {
                    code: 'BAD_USER_INPUT',
                    fields: [
                      { field: 'villageCodes', message: '大明村不属于园区所在镇办' },
                      { field: 'investment', message: '金额不能为负数' },
                      { field: 'code', message: '园区编号已存在' },
                    ],
                  },
                },
              ],
            };
          },
        },
      ],
      { viewer: industryClerk },
    );
    await fillPark('瀛湖富硒茶叶现代农业园区');
    // Her one town is chosen for her; the villages are that town's.
    await waitFor(() => expect(fieldOf('所在镇办').textContent).toContain('瀛湖镇'));
    fireEvent.mouseDown(screen.getByLabelText('所在镇办'));
    await waitFor(() => expect(openOptions()).toEqual(['瀛湖镇']));
    await pick('所在村（社区）', '大明村');
    fireEvent.mouseDown(screen.getByLabelText('其他覆盖村（社区）'));
    await waitFor(() => expect(openOptions()).toEqual(['前进村']));
    fireEvent.click(screen.getAllByTitle('前进村').at(-1) as HTMLElement);

    fireEvent.click(screen.getByRole('button', { name: '新建园区' }));
    await waitFor(() => expect(fieldOf('所在村（社区）').textContent).toContain('大明村不属于园区所在镇办'));
    expect(fieldOf('累计投资（元）').textContent).toContain('金额不能为负数');
    // A field the form does not have: the alert says it.
    expect(screen.getByText('提交未成功')).toBeTruthy();
    expect(screen.getByText('园区编号已存在')).toBeTruthy();
    expect(sent).toEqual({
      name: '瀛湖富硒茶叶现代农业园区',
      townCode: '610902102',
      level: 'PROVINCIAL',
      industry: 'TEA',
      operatorName: '汉滨区瀛湖富硒茶叶专业合作社',
      operatorKind: 'COOPERATIVE',
      areaMu: '320.5',
      investment: '1200000.00',
      jobs: 25,
      establishedYear: 2020,
      villageCodes: ['610902102201', '610902102202'],
    });
  });

  it('refuses a negative amount, a bad area and a short name before asking the API', async () => {
    renderAt('/industry/parks/new', [townsMock], { viewer: industryClerk });
    await fillPark('园');
    type('累计投资（元）', '-5');
    type('面积（亩）', '12.345');
    fireEvent.click(screen.getByRole('button', { name: '新建园区' }));
    await waitFor(() => expect(fieldOf('园区名称').textContent).toContain('园区名称应为 2 到 100 个字'));
    await waitFor(() => expect(fieldOf('累计投资（元）').textContent).toContain('请输入不小于 0 的金额，最多两位小数'));
    await waitFor(() => expect(fieldOf('面积（亩）').textContent).toContain('面积应为不小于 0 的数字，最多 2 位小数'));
    await waitFor(() => expect(fieldOf('所在村（社区）').textContent).toContain('请选择园区所在村（社区）'));
  });

  it('edits with the version read, never moves the park to another town, and explains a stale save', async () => {
    let sent: Record<string, unknown> | undefined;
    renderAt(
      '/industry/parks/park-1/edit',
      [
        townsMock,
        {
          request: { query: ParkEditQuery, variables: { id: 'park-1' } },
          result: { data: { industrialPark: parkEdit() } },
        },
        {
          request: { query: UpdateIndustrialParkMutation, variables: () => true },
          result: (variables) => {
            sent = variables.input;
            return {
              errors: [
                {
                  message: '园区已被他人修改，请刷新后重试',
                  extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' },
                },
              ],
            };
          },
        },
      ],
      { viewer: industryAdmin },
    );
    expect(((await screen.findByLabelText('园区名称')) as HTMLInputElement).value).toBe('阳晨现代农业园区');
    expect(screen.getByText('园区所在镇办建成后不能更改')).toBeTruthy();
    expect(within(fieldOf('所在镇办')).getByRole('combobox').hasAttribute('disabled')).toBe(true);
    type('就业岗位', '130');
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect((await screen.findAllByText('记录已被他人修改')).length).toBeGreaterThan(0);
    expect(sent).toEqual({
      version: 4,
      name: '阳晨现代农业园区',
      level: 'PROVINCIAL',
      industry: 'TEA',
      operatorName: '安康阳晨现代农业科技有限公司',
      operatorKind: 'ENTERPRISE',
      areaMu: '3200.50',
      investment: '35600000.00',
      jobs: 130,
      establishedYear: 2016,
      villageCodes: ['610902102201', '610902102202'],
    });
  });

  it('is 无权访问 for a viewer without industry:write', async () => {
    renderAt('/industry/parks/new', [], { viewer: industryAuditor });
    expect(await screen.findByText('无权访问')).toBeTruthy();
  });
});

describe('park form values', () => {
  it('puts 所在村 first and each village once', () => {
    expect(villageCodesOf({ villageCode: 'b', otherVillages: ['a', 'b', 'c', 'a'] })).toEqual(['b', 'a', 'c']);
    expect(villageCodesOf({ villageCode: 'b' })).toEqual(['b']);
  });

  it('sends money and area exactly, as typed, never through a float', () => {
    const input = toCreateParkInput({
      name: ' 园区 ',
      townCode: '610902102',
      villageCode: '610902102201',
      level: 'CITY',
      industry: 'KONJAC',
      operatorName: ' 合作社 ',
      operatorKind: 'COOPERATIVE',
      areaMu: '',
      investment: '9,999,999,999,999,999.99',
      jobs: 0,
      establishedYear: 2021,
    });
    expect(input.investment).toBe('9999999999999999.99');
    expect(input.areaMu).toBe('0');
    expect(input.name).toBe('园区');
    expect(input.operatorName).toBe('合作社');
  });

  it('maps the API’s fields onto the form’s', () => {
    expect(parkFieldPath('villageCodes')).toEqual(['villageCode']);
    expect(parkFieldPath('input.villageCodes.0')).toEqual(['villageCode']);
    expect(parkFieldPath('villageCodes.3')).toEqual(['otherVillages']);
    expect(parkFieldPath('input.investment')).toEqual(['investment']);
    expect(parkFieldPath('townCode')).toEqual(['townCode']);
  });
});
