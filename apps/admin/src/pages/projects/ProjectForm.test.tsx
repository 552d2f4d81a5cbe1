import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { towns } from '../../test/fixtures';
import { type Mock, renderAt } from '../../test/render';
import { CreateProjectMutation, ProjectEditQuery, TownsQuery, UpdateProjectMutation } from './projects.graphql';

const townsMock: Mock = { request: { query: TownsQuery }, result: { data: { towns } }, maxUsageCount: 10 };

async function pick(label: string, ...options: string[]) {
  fireEvent.mouseDown(screen.getByLabelText(label));
  for (const option of options) {
    const matches = await screen.findAllByText(option);
    fireEvent.click(matches[matches.length - 1]);
  }
}

async function fillRequired(name: string) {
  fireEvent.change(await screen.findByLabelText('项目名称'), { target: { value: name } });
  await pick('项目类别', '基础设施');
  await pick('实施地点', '老城街道', '西城社区');
  fireEvent.change(screen.getByLabelText('责任单位'), { target: { value: '老城街道办事处' } });
}

function fieldOf(label: string): HTMLElement {
  const item = screen.getByLabelText(label).closest('.ant-form-item');
  if (!item) throw new Error(`no form item for ${label}`);
  return item as HTMLElement;
}

describe('project form', () => {
  it('shows the server’s validation message under the field it concerns', async () => {
    let sent: Record<string, unknown> | undefined;
    renderAt('/projects/new', [
      townsMock,
      {
        request: { query: CreateProjectMutation, variables: () => true },
        result: (variables) => {
          sent = variables.input;
          return {
            errors: [
              {
                message: '输入有误',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fields: [
                    { field: 'name', message: '同一年度同一村已有同名项目' },
                    { field: 'villageCode', message: '该村不属于所选镇办' },
                  ],
                },
              },
            ],
          };
        },
      },
    ]);
    await fillRequired('西城社区道路硬化');
    fireEvent.click(screen.getByRole('button', { name: '新建项目' }));

    await waitFor(() => expect(fieldOf('项目名称').textContent).toContain('同一年度同一村已有同名项目'));
    expect(fieldOf('实施地点').textContent).toContain('该村不属于所选镇办');
    expect(sent).toMatchObject({
      name: '西城社区道路硬化',
      category: 'INFRASTRUCTURE',
      constructionType: 'NEW',
      townCode: '610902001',
      villageCode: '610902001001',
      responsibleUnit: '老城街道办事处',
    });
  });

  it('refuses a name over 100 characters before asking the server', async () => {
    renderAt('/projects/new', [townsMock]);
    await fillRequired('路'.repeat(101));
    fireEvent.click(screen.getByRole('button', { name: '新建项目' }));
    await waitFor(() => expect(fieldOf('项目名称').textContent).toContain('项目名称应为 2 到 100 个字'));
  });

  it('shows a CONFLICT of another reason as the server says it, with no reload dialog', async () => {
    renderAt('/projects/new', [
      townsMock,
      {
        request: { query: CreateProjectMutation, variables: () => true },
        result: {
          errors: [{ message: '记录已存在（编号重复）', extensions: { code: 'CONFLICT', reason: 'DUPLICATE' } }],
        },
      },
    ]);
    await fillRequired('西城社区道路硬化');
    fireEvent.click(screen.getByRole('button', { name: '新建项目' }));
    expect(await screen.findByText('记录已存在（编号重复）')).toBeTruthy();
    expect(screen.getByText('提交未成功')).toBeTruthy();
    expect(screen.queryByText('记录已被他人修改')).toBeNull();
  });

  it('explains a CONFLICT (someone else saved first) in Chinese', async () => {
    const project = {
      __typename: 'Project' as const,
      id: 'p-1',
      code: 'HB2021-0001',
      version: 3,
      name: '西城社区道路硬化',
      year: 2021,
      category: 'INFRASTRUCTURE' as const,
      industry: null,
      constructionType: 'NEW' as const,
      town: { __typename: 'Town' as const, code: '610902001' },
      village: { __typename: 'Village' as const, code: '610902001001' },
      responsibleUnit: '老城街道办事处',
      tasks: '',
      plannedStart: null,
      plannedEnd: null,
      approvalDocNo: null,
      beneficiaryHouseholds: 10,
      beneficiaryPersons: 30,
      liftedHouseholds: 2,
      liftedPersons: 6,
      benefitMechanism: '',
    };
    let version: unknown;
    renderAt('/projects/p-1/edit', [
      townsMock,
      { request: { query: ProjectEditQuery, variables: { id: 'p-1' } }, result: { data: { project } } },
      {
        request: { query: UpdateProjectMutation, variables: () => true },
        result: (variables) => {
          version = (variables.input as { version: number }).version;
          return {
            errors: [
              { message: '项目已被他人修改，请刷新后重试', extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' } },
            ],
          };
        },
      },
    ]);
    expect(((await screen.findByLabelText('项目名称')) as HTMLInputElement).value).toBe('西城社区道路硬化');
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect((await screen.findAllByText('记录已被他人修改')).length).toBeGreaterThan(0);
    expect(screen.getByText(/请重新加载最新数据后再操作/)).toBeTruthy();
    expect(version).toBe(3);
  });
});
