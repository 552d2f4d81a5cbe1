import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptyProjectListMocks } from '../test/projectListMocks';
import { renderAt } from '../test/render';
import { districtAdmin, viewer } from '../test/viewers';
import { ExportJobQuery, StartExportMutation } from './export.graphql';

const exporter = viewer({ permissions: [...districtAdmin.permissions, 'data:export'] });

const listMocks = emptyProjectListMocks;

function job(overrides: Record<string, unknown>) {
  return {
    __typename: 'ExportJob' as const,
    id: 'job-1',
    dataset: 'PROJECTS',
    title: '项目库',
    status: 'QUEUED',
    totalRows: 775,
    doneRows: 0,
    progress: 0,
    fileName: '项目库_2026-11-29.xlsx',
    byteSize: null,
    error: null,
    downloadUrl: null,
    createdAt: '2026-11-29T04:00:00.000Z',
    finishedAt: null,
    expiresAt: '2026-11-30T04:00:00.000Z',
    ...overrides,
  };
}

describe('导出 Excel', () => {
  it('sends the list’s filter and sort, follows the export, and offers the file', async () => {
    const sent: Record<string, unknown>[] = [];
    renderAt(
      '/projects?year=2021&status=STARTED&sort=ALLOCATED.DESC',
      [
        ...listMocks,
        {
          request: {
            query: StartExportMutation,
            variables: (variables) => {
              sent.push(variables as Record<string, unknown>);
              return true;
            },
          },
          result: { data: { startExport: job({}) } },
        },
        {
          request: { query: ExportJobQuery, variables: { id: 'job-1' } },
          result: { data: { exportJob: job({ status: 'RUNNING', doneRows: 400, progress: 400 / 775 }) } },
        },
        {
          request: { query: ExportJobQuery, variables: { id: 'job-1' } },
          result: {
            data: {
              exportJob: job({
                status: 'SUCCEEDED',
                doneRows: 775,
                progress: 1,
                byteSize: 12_800,
                downloadUrl: '/api/exports/job-1/file',
              }),
            },
          },
        },
      ],
      { viewer: exporter },
    );
    fireEvent.click(await screen.findByRole('button', { name: /导出 Excel/ }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      input: {
        dataset: 'PROJECTS',
        variables: { filter: { year: 2021, status: ['STARTED'] }, sort: { field: 'ALLOCATED', direction: 'DESC' } },
      },
    });
    expect(await screen.findByText('导出项目库')).toBeTruthy();
    const link = await screen.findByRole('link', { name: /下载 项目库_2026-11-29\.xlsx（13 KB）/ }, { timeout: 5000 });
    expect(link.getAttribute('href')).toBe('/api/exports/job-1/file');
    expect(screen.getByText('已完成，共 775 条')).toBeTruthy();
  });

  it('says why an export was refused', async () => {
    renderAt(
      '/projects',
      [
        ...listMocks,
        {
          request: { query: StartExportMutation, variables: () => true },
          result: {
            errors: [
              {
                message: '您已有 3 个导出正在进行，请等其完成后再导出（同时最多 3 个）',
                extensions: { code: 'CONFLICT', reason: 'EXPORT_LIMIT' },
              },
            ],
          },
        },
      ],
      { viewer: exporter },
    );
    fireEvent.click(await screen.findByRole('button', { name: /导出 Excel/ }));
    expect(await screen.findByText('您已有 3 个导出正在进行，请等其完成后再导出（同时最多 3 个）')).toBeTruthy();
    expect(screen.queryByText('导出项目库')).toBeNull();
  });

  it('is not offered to a viewer who may not export', async () => {
    renderAt('/projects', listMocks, { viewer: districtAdmin });
    expect(
      await screen.findByText('项目库', { selector: 'h4' }).catch(() => screen.findAllByText('项目库')),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: /导出 Excel/ })).toBeNull();
  });
});
