import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, type Mock as FnMock, it, vi } from 'vitest';
import { IMPORT_POLLING, type ImportBatch } from '../../import/importApi';
import { emptyProjectListMocks } from '../../test/projectListMocks';
import { renderAt } from '../../test/render';
import { auditor, districtAdmin } from '../../test/viewers';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ID = '4b1d6a52-5c3e-4a57-9d0e-1f2a3b4c5d6e';

function batch(overrides: Partial<ImportBatch>): ImportBatch {
  return {
    id: ID,
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
    progress: { done: 12, total: 12 },
    error: null,
    createdAt: '2026-11-29T04:00:00.000Z',
    committedAt: null,
    ...overrides,
  };
}

/** Just uploaded (202): the check waits for the worker and the file is not read yet. */
const checking = (done = 0, total: number | null = null) =>
  batch({ status: 'CHECKING', rows: 0, created: 0, updated: 0, unchanged: 0, progress: { done, total } });
/** The commit asked for (202), or running: the check's counts stay. */
const committing = (done = 0) => batch({ status: 'COMMITTING', progress: { done, total: 12 } });
const committed = batch({ status: 'COMMITTED', committedAt: '2026-11-29T04:01:00.000Z' });

const json = (body: unknown, status: number) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const busy = () => json({ error: { code: 'SERVICE_UNAVAILABLE', message: '数据库正忙，请稍后重试' } }, 503);

let fetchMock: FnMock<typeof fetch>;
const polling = { ...IMPORT_POLLING };
beforeEach(() => {
  fetchMock = vi.fn<typeof fetch>();
  vi.stubGlobal('fetch', fetchMock);
  // The wizard polls as in the browser, only faster; each GET below waits for the test's answer.
  Object.assign(IMPORT_POLLING, { intervalMs: 5, maxBackoffMs: 15 });
});
afterEach(() => {
  vi.unstubAllGlobals();
  Object.assign(IMPORT_POLLING, polling);
  sessionStorage.clear();
});

/**
 * The import routes: POSTs (upload, commit) answer in the order given by `post`; a GET is answered
 * by `get` (now, or when it comes), so that the page can be looked at in each state it passes.
 */
function importRoutes() {
  const posts: Response[] = [];
  const ready: Response[] = [];
  const waiting: ((r: Response) => void)[] = [];
  let always: (() => Response) | null = null;
  fetchMock.mockImplementation((input, init) => {
    if (init?.method === 'POST') {
      const answer = posts.shift();
      return answer ? Promise.resolve(answer) : Promise.reject(new Error(`unplanned POST ${String(input)}`));
    }
    const now = ready.shift() ?? always?.();
    if (now) return Promise.resolve(now);
    return new Promise<Response>((resolve, reject) => {
      waiting.push(resolve);
      // As fetch does: leaving the page calls the request off (and it is answered no more).
      init?.signal?.addEventListener('abort', () => {
        waiting.splice(waiting.indexOf(resolve), 1);
        reject(new DOMException('aborted', 'AbortError'));
      });
    });
  });
  const api = {
    post: (answer: Response) => posts.push(answer),
    get: (answer: Response) => {
      const resolve = waiting.shift();
      if (resolve) resolve(answer);
      else ready.push(answer);
    },
    /** Answers every GET from now on. */
    always: (answer: () => Response) => {
      always = answer;
      for (const resolve of waiting.splice(0)) resolve(answer());
    },
    /** Until a GET is waiting for its answer. */
    asked: () => waitFor(() => expect(waiting.length).toBe(1)),
    gets: () =>
      fetchMock.mock.calls
        .filter(([, init]) => init?.method === 'GET')
        .map(([url]) => new URL(String(url), 'http://admin').pathname),
  };
  return api;
}

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

/** Uploads a file the check passes (or what `checked` says) and waits for the check's result. */
async function checked(api: ReturnType<typeof importRoutes>, result = batch({})) {
  api.post(json(checking(), 202));
  api.get(json(result, 200));
  const view = await choose(xlsx());
  await screen.findByTestId('import-check');
  return view;
}

const sent = (call = 0) => {
  const [url, init] = fetchMock.mock.calls[call] as [string, RequestInit];
  return { url: new URL(url, 'http://admin'), init };
};

const progressBar = () => within(screen.getByTestId('import-progress')).getByRole('progressbar');
const button = (name: RegExp) => screen.getByRole('button', { name }) as HTMLButtonElement;

describe('导入项目', () => {
  it('uploads the chosen file for a check, shows the check’s progress while it runs, then its result', async () => {
    const api = importRoutes();
    api.post(json(checking(), 202));
    const file = xlsx();
    const { router } = await choose(file);
    expect(screen.getByRole('link', { name: /下载导入模板/ }).getAttribute('href')).toBe(
      '/api/imports/templates/PROJECTS.xlsx',
    );
    expect(screen.getByText(/在导出的文件里直接修改后导入/)).toBeTruthy();
    // 202: the check waits for the server; the file is not read yet.
    await screen.findByTestId('import-progress');
    expect(screen.getByText('正在读取文件…')).toBeTruthy();
    expect(progressBar().getAttribute('aria-label')).toBe('检查进度');
    expect(screen.queryByTestId('import-check')).toBeNull();
    expect(screen.queryByTestId('import-upload')).toBeNull();
    // The batch is in the URL at once: a reload follows the same check.
    expect(router.state.location.search).toBe(`?batch=${ID}`);
    const { url, init } = sent();
    expect(url.pathname).toBe('/api/imports');
    expect(Object.fromEntries(url.searchParams)).toEqual({ dataset: 'PROJECTS', fileName: '项目库_瀛湖镇.xlsx' });
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(init.body).toBe(file);
    expect((init.headers as Record<string, string>)['Content-Type']).toBe(XLSX);

    await api.asked();
    api.get(json(checking(1200, 10_000), 200));
    expect(await screen.findByText('正在检查：已检查 1,200 / 10,000 行')).toBeTruthy();
    expect(progressBar().getAttribute('aria-valuenow')).toBe('12');
    expect(progressBar().getAttribute('aria-valuetext')).toBe('正在检查：已检查 1,200 / 10,000 行');

    await api.asked();
    api.get(json(batch({ rows: 10_000, created: 10, updated: 20, unchanged: 9970 }), 200));
    expect(await screen.findByText('共 10000 行：新建 10 个，修改 20 个，未变 9970 个')).toBeTruthy();
    expect(screen.queryByTestId('import-progress')).toBeNull();
    expect(api.gets()).toEqual([`/api/imports/${ID}`, `/api/imports/${ID}`]);
    expect(button(/确认导入/).disabled).toBe(false);
  });

  it('a rejected file lists its problems by row and column, sortable, with the count beyond those listed', async () => {
    const problems = [
      { row: 5, column: '受益户数', message: '应为整数，而不是“十二户”' },
      { row: 7, column: '项目编号', message: '与第 4 行的项目编号“IMP-0001”重复' },
      { row: 9, column: '', message: '项目不存在或不在您的范围内' },
    ];
    const api = importRoutes();
    await checked(api, batch({ status: 'REJECTED', problemCount: 1203, problems }));
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

  it('确认导入 queues the commit, shows its progress with the buttons off, then the result', async () => {
    const api = importRoutes();
    const { router } = await checked(api);
    expect(screen.getByText('共 12 行：新建 1 个，修改 2 个，未变 9 个')).toBeTruthy();
    api.post(json(committing(), 202));
    fireEvent.click(button(/确认导入/));
    await screen.findByTestId('import-progress');
    expect(screen.getByText('正在导入：0 / 12 行')).toBeTruthy();
    expect(progressBar().getAttribute('aria-label')).toBe('导入进度');
    // What is being written stays in view; nothing can be clicked until the commit is over.
    expect(screen.getByText('共 12 行：新建 1 个，修改 2 个，未变 9 个')).toBeTruthy();
    expect(button(/确认导入/).disabled).toBe(true);
    expect(button(/重新上传/).disabled).toBe(true);
    const { url, init } = sent(2);
    expect(url.pathname).toBe(`/api/imports/${ID}/commit`);
    expect(init.method).toBe('POST');

    await api.asked();
    api.get(json(committing(6), 200));
    expect(await screen.findByText('正在导入：6 / 12 行')).toBeTruthy();
    expect(progressBar().getAttribute('aria-valuenow')).toBe('50');
    expect(button(/确认导入/).disabled).toBe(true);

    await api.asked();
    api.get(json(committed, 200));
    expect(await screen.findByText('导入完成')).toBeTruthy();
    expect(screen.getByText('新建 1 个，修改 2 个，未变 9 个')).toBeTruthy();
    const back = within(screen.getByTestId('import-result')).getByRole('link', { name: /返回项目库/ });
    expect(back.getAttribute('href')).toBe('/projects');
    expect(router.state.location.search).toBe(`?batch=${ID}`);
  });

  it('a file that changes nothing cannot be committed', async () => {
    const api = importRoutes();
    await checked(api, batch({ created: 0, updated: 0, unchanged: 12 }));
    expect(screen.getByText('共 12 行：新建 0 个，修改 0 个，未变 12 个')).toBeTruthy();
    expect(button(/确认导入/).disabled).toBe(true);
    expect(screen.getByText('没有需要导入的变化')).toBeTruthy();
  });

  it('a 503 while polling (the database busy with the run) is asked again, never shown as a failure', async () => {
    const api = importRoutes();
    api.post(json(checking(), 202));
    await choose(xlsx());
    await screen.findByTestId('import-progress');
    for (let i = 0; i < 3; i++) {
      await api.asked();
      api.get(busy());
    }
    await api.asked();
    // Still the check's progress: no error, no warning.
    expect(screen.getByText('正在读取文件…')).toBeTruthy();
    expect(screen.queryByText('数据库正忙，请稍后重试')).toBeNull();
    expect(screen.queryByTestId('import-unreachable')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    api.get(json(batch({}), 200));
    expect(await screen.findByText('共 12 行：新建 1 个，修改 2 个，未变 9 个')).toBeTruthy();
    expect(api.gets()).toHaveLength(4);
    expect(screen.queryByText('数据库正忙，请稍后重试')).toBeNull();
  });

  it('after a long time without an answer it says so, and 重试 asks again', async () => {
    Object.assign(IMPORT_POLLING, { unreachableAfterMs: 60 });
    const api = importRoutes();
    api.post(json(checking(), 202));
    await choose(xlsx());
    await screen.findByTestId('import-progress');
    api.always(busy);
    const warning = await screen.findByTestId('import-unreachable');
    expect(within(warning).getByText('暂时无法取得进度')).toBeTruthy();
    expect(within(warning).getByRole('button', { name: /刷新页面/ })).toBeTruthy();
    // It has stopped asking; the check goes on on the server and its progress stays in view.
    const asked = api.gets().length;
    await new Promise((ok) => setTimeout(ok, 50));
    expect(api.gets()).toHaveLength(asked);
    expect(screen.getByTestId('import-progress')).toBeTruthy();
    expect(screen.queryByTestId('import-upload')).toBeNull();
    api.always(() => json(batch({}), 200));
    fireEvent.click(within(warning).getByRole('button', { name: /重\s*试/ }));
    expect(await screen.findByText('共 12 行：新建 1 个，修改 2 个，未变 9 个')).toBeTruthy();
    expect(screen.queryByTestId('import-unreachable')).toBeNull();
  });

  it('a commit refused at its run because the data changed says so, lists the rows, and writes nothing', async () => {
    const api = importRoutes();
    await checked(api);
    api.post(json(committing(), 202));
    fireEvent.click(button(/确认导入/));
    await screen.findByTestId('import-progress');
    const message = '数据在检查后有了变化，有 2 处不能导入，什么也没有写入；请修改后重新上传检查';
    const problems = [
      { row: 6, column: '', message: '项目已被修改' },
      { row: 9, column: '项目编号', message: '项目编号“IMP-0009”已被占用' },
    ];
    await api.asked();
    api.get(json(batch({ status: 'REJECTED', error: message, problemCount: 2, problems }), 200));
    const result = await screen.findByTestId('import-result');
    expect(within(result).getByText('未能导入，没有写入任何数据')).toBeTruthy();
    expect(within(result).getByText(message)).toBeTruthy();
    const table = within(result).getByTestId('import-problems');
    expect(within(table).getByText('项目已被修改')).toBeTruthy();
    expect(within(table).getByText('项目编号“IMP-0009”已被占用')).toBeTruthy();
    expect(screen.getByTestId('import-steps').querySelector('.ant-steps-item-error')?.textContent).toContain(
      '导入结果',
    );
    fireEvent.click(within(result).getByRole('button', { name: /重新上传/ }));
    expect(await screen.findByTestId('import-upload')).toBeTruthy();
  });

  it('a batch that stopped (FAILED) shows why, whether in its check or its commit', async () => {
    const api = importRoutes();
    api.post(json(checking(), 202));
    await choose(xlsx());
    await api.asked();
    const interrupted = '导入多次中断，已停止；什么也没有写入，请重新上传';
    api.get(json(batch({ ...checking(), status: 'FAILED', error: interrupted }), 200));
    let result = await screen.findByTestId('import-result');
    expect(within(result).getByText('检查已停止')).toBeTruthy();
    expect(within(result).getByText(interrupted)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /确认导入/ })).toBeNull();
    fireEvent.click(within(result).getByRole('button', { name: /重新上传/ }));
    await screen.findByTestId('import-upload');

    api.post(json(checking(), 202));
    api.get(json(batch({}), 200));
    fireEvent.change(screen.getByTestId('import-upload').querySelector('input[type=file]') as HTMLInputElement, {
      target: { files: [xlsx()] },
    });
    await screen.findByTestId('import-check');
    api.post(json(committing(), 202));
    fireEvent.click(button(/确认导入/));
    await api.asked();
    const deactivated = '上传人的账号已停用，导入已停止';
    api.get(json(batch({ status: 'FAILED', error: deactivated, progress: { done: 4, total: 12 } }), 200));
    result = await screen.findByTestId('import-result');
    expect(within(result).getByText('导入已停止，没有写入任何数据')).toBeTruthy();
    expect(within(result).getByText(deactivated)).toBeTruthy();
    expect(within(result).queryByText('导入完成')).toBeNull();
  });

  it('a reload with the batch of a running commit picks up its progress and reaches the result', async () => {
    const api = importRoutes();
    const { cache } = renderAt(`/projects/import?batch=${ID}`, [], { viewer: districtAdmin });
    const evict = vi.spyOn(cache, 'evict');
    await api.asked();
    // Asked at once, not after the polling interval.
    expect(sent().url.pathname).toBe(`/api/imports/${ID}`);
    expect(sent().init.method).toBe('GET');
    api.get(json(batch({ ...committing(5000), rows: 10_000, progress: { done: 5000, total: 10_000 } }), 200));
    expect(await screen.findByText('正在导入：5,000 / 10,000 行')).toBeTruthy();
    expect(button(/确认导入/).disabled).toBe(true);
    expect(button(/重新上传/).disabled).toBe(true);
    await api.asked();
    api.get(json(committed, 200));
    expect(await screen.findByText('导入完成')).toBeTruthy();
    // The lists read before are dropped: the commit wrote while this page was away.
    expect(evict).toHaveBeenCalledWith({ fieldName: 'projects' });
    expect(fetchMock.mock.calls.every(([, init]) => init?.method === 'GET')).toBe(true);
  });

  it('a batch in the URL that has settled is shown as it stands; one that is gone says so', async () => {
    const api = importRoutes();
    api.get(json(committed, 200));
    const { unmount } = renderAt(`/projects/import?batch=${ID}`, [], { viewer: districtAdmin });
    expect(await screen.findByText('导入完成')).toBeTruthy();
    expect(screen.queryByTestId('import-progress')).toBeNull();
    unmount();

    api.get(json({ error: { code: 'NOT_FOUND', message: '导入批次不存在' } }, 404));
    const { router } = renderAt('/projects/import?batch=b-gone', [], { viewer: districtAdmin });
    const alert = await screen.findByTestId('import-upload-error');
    expect(within(alert).getByText('导入批次不存在')).toBeTruthy();
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('leaving the page stops the polling, not the check; coming back to 导入 shows it again', async () => {
    const api = importRoutes();
    api.post(json(checking(), 202));
    const { router } = renderAt('/projects/import', emptyProjectListMocks, { viewer: districtAdmin });
    const input = (await screen.findByTestId('import-upload')).querySelector('input[type=file]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [xlsx()] } });
    await api.asked();
    api.get(json(checking(300, 1000), 200));
    await screen.findByText('正在检查：已检查 300 / 1,000 行');
    await api.asked();
    await act(() => router.navigate('/projects'));
    await screen.findByText('项目库', { selector: 'h4' });
    await waitFor(() => expect(screen.queryByTestId('import-progress')).toBeNull());
    const asked = api.gets().length;
    await new Promise((ok) => setTimeout(ok, 50));
    expect(api.gets()).toHaveLength(asked);

    // By the menu, without ?batch=: the check left running here is shown again, and its id put back in the URL.
    api.get(json(checking(900, 1000), 200));
    await act(() => router.navigate('/projects/import'));
    expect(await screen.findByText('正在检查：已检查 900 / 1,000 行')).toBeTruthy();
    await waitFor(() => expect(router.state.location.search).toBe(`?batch=${ID}`));
    await api.asked();
    api.get(json(batch({}), 200));
    expect(await screen.findByText('共 12 行：新建 1 个，修改 2 个，未变 9 个')).toBeTruthy();

    // Its result seen, 导入 starts afresh next time.
    await act(() => router.navigate('/projects'));
    await act(() => router.navigate('/projects/import'));
    expect(await screen.findByTestId('import-upload')).toBeTruthy();
  });

  it('a commit that cannot be asked for (the server’s timeout) can be tried again', async () => {
    const api = importRoutes();
    await checked(api);
    const timeout = {
      errors: [{ message: '请求处理超时，请稍后重试', extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true } }],
    };
    api.post(json(timeout, 503));
    fireEvent.click(button(/确认导入/));
    expect(await screen.findByText('请求处理超时，请稍后重试')).toBeTruthy();
    expect(screen.getByText('导入未完成')).toBeTruthy();
    api.post(json(committing(), 202));
    api.get(json(committed, 200));
    fireEvent.click(button(/确认导入/));
    expect(await screen.findByText('导入完成')).toBeTruthy();
  });

  it('a commit refused at once (409: expired, imported already) says so and offers a new upload', async () => {
    const api = importRoutes();
    await checked(api);
    const message = '检查已超过 7 天未确认导入，文件已删除；请重新上传';
    api.post(json({ error: { code: 'CONFLICT', reason: 'CONDITIONS_NOT_MET', message } }, 409));
    fireEvent.click(button(/确认导入/));
    expect(await screen.findByText(message)).toBeTruthy();
    expect(screen.queryByTestId('import-progress')).toBeNull();
    fireEvent.click(within(screen.getByTestId('import-result')).getByRole('button', { name: /重新上传/ }));
    expect(await screen.findByTestId('import-upload')).toBeTruthy();
  });

  it('a commit that ran already (another tab, a faster click) shows what it did, not a failure', async () => {
    const api = importRoutes();
    await checked(api);
    api.post(json({ error: { code: 'CONFLICT', reason: 'DUPLICATE', message: '这批数据已经导入过了' } }, 409));
    api.get(json(committed, 200));
    fireEvent.click(button(/确认导入/));
    expect(await screen.findByText('导入完成')).toBeTruthy();
    expect(screen.queryByText('这批数据已经导入过了')).toBeNull();
  });

  it('shows the API’s message for a file too large (413) or not a spreadsheet (400)', async () => {
    const api = importRoutes();
    api.post(
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
    api.post(
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
