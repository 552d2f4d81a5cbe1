import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, type Mock as FnMock, it, vi } from 'vitest';
import type { ImportBatch } from '../../import/importApi';
import { emptyProjectListMocks } from '../../test/projectListMocks';
import { renderAt } from '../../test/render';
import { auditor, districtAdmin } from '../../test/viewers';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function batch(overrides: Partial<ImportBatch>): ImportBatch {
  return {
    id: '4b1d6a52-5c3e-4a57-9d0e-1f2a3b4c5d6e',
    dataset: 'PROJECTS',
    fileName: '项目库_瀛湖镇.xlsx',
    sha256: 'a'.repeat(64),
    byteSize: 48_000,
    status: 'CHECKED',
    rows: 12,
    created: 1,
    updated: 2,
    unchanged: 9,
    problemCount: 0,
    problems: [],
    createdAt: '2026-11-29T04:00:00.000Z',
    committedAt: null,
    ...overrides,
  };
}

const json = (body: unknown, status: number) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

let fetchMock: FnMock<typeof fetch>;
beforeEach(() => {
  fetchMock = vi.fn<typeof fetch>();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

function xlsx(name = '项目库_瀛湖镇.xlsx', size?: number): File {
  const file = new File([new Uint8Array([0x50, 0x4b, 3, 4])], name, { type: XLSX });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  return file;
}

async function choose(file: File) {
  const view = renderAt('/projects/import', [], { viewer: districtAdmin });
  const card = await screen.findByTestId('import-upload', {}, { timeout: 10_000 });
  const input = card.querySelector('input[type=file]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [file] } });
  return view;
}

const sent = (call = 0) => {
  const [url, init] = fetchMock.mock.calls[call] as [string, RequestInit];
  return { url: new URL(url, 'http://admin'), init };
};

describe('导入项目', () => {
  it('offers the template and uploads the chosen file as the body of a check', async () => {
    fetchMock.mockResolvedValueOnce(json(batch({}), 201));
    const file = xlsx();
    await choose(file);
    expect(screen.getByRole('link', { name: /下载导入模板/ }).getAttribute('href')).toBe(
      '/api/imports/templates/PROJECTS.xlsx',
    );
    expect(screen.getByText(/在导出的文件里直接修改后导入/)).toBeTruthy();
    await screen.findByTestId('import-check');
    const { url, init } = sent();
    expect(url.pathname).toBe('/api/imports');
    expect(Object.fromEntries(url.searchParams)).toEqual({ dataset: 'PROJECTS', fileName: '项目库_瀛湖镇.xlsx' });
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(init.body).toBe(file);
    expect((init.headers as Record<string, string>)['Content-Type']).toBe(XLSX);
  });

  it('a rejected file lists its problems by row and column, sortable, with the count beyond those listed', async () => {
    const problems = [
      { row: 5, column: '受益户数', message: '应为整数，而不是“十二户”' },
      { row: 7, column: '项目编号', message: '与第 4 行的项目编号“IMP-0001”重复' },
      { row: 9, column: '', message: '项目不存在或不在您的范围内' },
    ];
    fetchMock.mockResolvedValueOnce(json(batch({ status: 'REJECTED', problemCount: 1203, problems }), 201));
    await choose(xlsx());
    expect(await screen.findByText('发现 1203 处问题，未写入任何数据')).toBeTruthy();
    expect(screen.getByText('共 1203 处问题，下表列出前 3 处')).toBeTruthy();
    const table = screen.getByTestId('import-problems');
    const rows = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) =>
          within(r)
            .getAllByRole('cell')
            .map((c) => c.textContent),
        );
    expect(rows()).toEqual([
      ['5', '受益户数', '应为整数，而不是“十二户”'],
      ['7', '项目编号', '与第 4 行的项目编号“IMP-0001”重复'],
      ['9', '整行', '项目不存在或不在您的范围内'],
    ]);
    // 行 is sorted ascending already; one click more turns it round.
    fireEvent.click(within(table).getByText('行'));
    await waitFor(() => expect(rows()[0][0]).toBe('9'));
    expect(screen.queryByRole('button', { name: '确认导入' })).toBeNull();
    // Back to the upload.
    fireEvent.click(screen.getByRole('button', { name: /重新上传/ }));
    expect(await screen.findByTestId('import-upload')).toBeTruthy();
  });

  it('a checked file shows what would change, and 确认导入 commits it', async () => {
    fetchMock.mockResolvedValueOnce(json(batch({}), 201));
    const { router } = await choose(xlsx());
    expect(await screen.findByText('共 12 行：新建 1 个，修改 2 个，未变 9 个')).toBeTruthy();
    // A reload shows the same batch.
    expect(router.state.location.search).toBe(`?batch=${batch({}).id}`);
    let commit!: (r: Response) => void;
    fetchMock.mockReturnValueOnce(new Promise<Response>((ok) => (commit = ok)));
    fireEvent.click(screen.getByRole('button', { name: /确认导入/ }));
    expect(await screen.findByText('正在写入，请勿关闭页面…')).toBeTruthy();
    const { url, init } = sent(1);
    expect(url.pathname).toBe('/api/imports/4b1d6a52-5c3e-4a57-9d0e-1f2a3b4c5d6e/commit');
    expect(init.method).toBe('POST');
    commit(json(batch({ status: 'COMMITTED', committedAt: '2026-11-29T04:01:00.000Z' }), 200));
    expect(await screen.findByText('导入完成')).toBeTruthy();
    expect(screen.getByText('新建 1 个，修改 2 个，未变 9 个')).toBeTruthy();
    const back = within(screen.getByTestId('import-result')).getByRole('link', { name: /返回项目库/ });
    expect(back.getAttribute('href')).toBe('/projects');
  });

  it('a file that changes nothing cannot be committed', async () => {
    fetchMock.mockResolvedValueOnce(json(batch({ created: 0, updated: 0, unchanged: 12 }), 201));
    await choose(xlsx());
    expect(await screen.findByText('共 12 行：新建 0 个，修改 0 个，未变 12 个')).toBeTruthy();
    expect(screen.getByRole('button', { name: /确认导入/ }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByText('没有需要导入的变化')).toBeTruthy();
  });

  it('a batch in the URL (a reload, the back button) is shown as it stands', async () => {
    fetchMock.mockResolvedValueOnce(json(batch({ status: 'COMMITTED', committedAt: '2026-11-29T04:01:00.000Z' }), 200));
    const { unmount } = renderAt(`/projects/import?batch=${batch({}).id}`, [], { viewer: districtAdmin });
    expect(await screen.findByText('导入完成')).toBeTruthy();
    const { url, init } = sent();
    expect(url.pathname).toBe(`/api/imports/${batch({}).id}`);
    expect(init.method).toBe('GET');
    unmount();

    fetchMock.mockResolvedValueOnce(json({ error: { code: 'NOT_FOUND', message: '导入批次不存在' } }, 404));
    const { router } = renderAt('/projects/import?batch=b-gone', [], { viewer: districtAdmin });
    const alert = await screen.findByTestId('import-upload-error');
    expect(within(alert).getByText('导入批次不存在')).toBeTruthy();
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('a commit that fails for another reason (the server’s timeout) can be tried again', async () => {
    fetchMock.mockResolvedValueOnce(json(batch({}), 201));
    await choose(xlsx());
    await screen.findByText('共 12 行：新建 1 个，修改 2 个，未变 9 个');
    const timeout = {
      errors: [{ message: '请求处理超时，请稍后重试', extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true } }],
    };
    fetchMock.mockResolvedValueOnce(json(timeout, 503));
    fireEvent.click(screen.getByRole('button', { name: /确认导入/ }));
    expect(await screen.findByText('请求处理超时，请稍后重试')).toBeTruthy();
    expect(screen.getByText('导入未完成')).toBeTruthy();
    fetchMock.mockResolvedValueOnce(json(batch({ status: 'COMMITTED' }), 200));
    fireEvent.click(screen.getByRole('button', { name: /确认导入/ }));
    expect(await screen.findByText('导入完成')).toBeTruthy();
  });

  it('a commit refused because the data changed says so, lists the rows and offers a new upload', async () => {
    fetchMock.mockResolvedValueOnce(json(batch({}), 201));
    await choose(xlsx());
    await screen.findByText('共 12 行：新建 1 个，修改 2 个，未变 9 个');
    const message = '数据在检查后有了变化，有 1 处不能导入，什么也没有写入；请重新上传检查';
    fetchMock.mockResolvedValueOnce(
      json(
        {
          error: {
            code: 'CONFLICT',
            reason: 'CONDITIONS_NOT_MET',
            message,
            problems: [{ row: 6, column: '', message: '项目已被修改' }],
          },
        },
        409,
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: /确认导入/ }));
    expect(await screen.findByText(message)).toBeTruthy();
    expect(within(screen.getByTestId('import-problems')).getByText('项目已被修改')).toBeTruthy();
    fireEvent.click(within(screen.getByTestId('import-result')).getByRole('button', { name: /重新上传/ }));
    expect(await screen.findByTestId('import-upload')).toBeTruthy();
  });

  it('shows the API’s message for a file too large (413) or not a spreadsheet (400)', async () => {
    fetchMock.mockResolvedValueOnce(
      json(
        {
          error: {
            code: 'BAD_USER_INPUT',
            message: '文件不能超过 20 MB；请分批导入',
            fields: [{ field: 'file', message: '文件过大' }],
          },
        },
        413,
      ),
    );
    await choose(xlsx());
    const alert = await screen.findByTestId('import-upload-error');
    expect(within(alert).getByText('文件不能超过 20 MB；请分批导入')).toBeTruthy();
    fetchMock.mockResolvedValueOnce(
      json({ error: { code: 'BAD_USER_INPUT', message: '不是 .xlsx 文件：请用 Excel 另存为 .xlsx 后上传' } }, 400),
    );
    const input = screen.getByTestId('import-upload').querySelector('input[type=file]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [xlsx('伪装.xlsx')] } });
    expect(await screen.findByText('不是 .xlsx 文件：请用 Excel 另存为 .xlsx 后上传')).toBeTruthy();
    expect(screen.queryByText('文件不能超过 20 MB；请分批导入')).toBeNull();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('refuses a file over 20 MB, or not .xlsx, without sending it', async () => {
    await choose(xlsx('大文件.xlsx', 20 * 1024 * 1024 + 1));
    expect(await screen.findByText('文件不能超过 20 MB；请分批导入')).toBeTruthy();
    const input = screen.getByTestId('import-upload').querySelector('input[type=file]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['a,b'], '项目.csv', { type: 'text/csv' })] } });
    expect(await screen.findByText(/只能导入 \.xlsx 文件/)).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

const listMocks = emptyProjectListMocks;

describe('导入 on 项目库', () => {
  it('is offered beside 新建项目 to those who may write projects, and leads to the import page', async () => {
    const { router } = renderAt('/projects', listMocks, { viewer: districtAdmin });
    const link = (await screen.findByRole('button', { name: /导\s*入/ })).closest('a') as HTMLAnchorElement;
    expect(screen.getByRole('button', { name: /新建项目/ })).toBeTruthy();
    fireEvent.click(link);
    await waitFor(() => expect(router.state.location.pathname).toBe('/projects/import'));
    expect(await screen.findByText('导入项目', { selector: 'h4' })).toBeTruthy();
  });

  it('is neither offered to nor opened by an auditor', async () => {
    const { unmount } = renderAt('/projects', listMocks, { viewer: auditor });
    await screen.findByText('项目库', { selector: 'h4' });
    expect(screen.queryByRole('button', { name: /导\s*入/ })).toBeNull();
    unmount();
    renderAt('/projects/import', [], { viewer: auditor });
    expect(await screen.findByText('无权访问')).toBeTruthy();
  });
});
