import { describe, expect, it, vi } from 'vitest';
import { attachmentContentType, UploadError, uploadAttachment } from './attachments';

const stored = {
  id: 'a-1',
  kind: 'CONSENT_FORM',
  fileName: '承诺授权书.pdf',
  contentType: 'application/pdf',
  size: 9,
  sha256: 'ab',
  url: '/api/monitoring/attachments/a-1',
};

describe('uploadAttachment', () => {
  it('posts the file itself as the body, its kind and name in the query', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(stored), { status: 201 }));
    const file = new File(['%PDF-1.4\n'], '承诺授权书.pdf', { type: 'application/pdf' });
    await expect(uploadAttachment({ caseId: 'c-1', kind: 'CONSENT_FORM', file }, fetch)).resolves.toEqual(stored);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    const query = new URL(url, 'http://x').searchParams;
    expect(new URL(url, 'http://x').pathname).toBe('/api/monitoring/attachments');
    expect(Object.fromEntries(query)).toEqual({ caseId: 'c-1', kind: 'CONSENT_FORM', fileName: '承诺授权书.pdf' });
    expect(init.method).toBe('POST');
    expect(init.body).toBe(file);
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/pdf');
  });

  it('rejects with the API’s message', async () => {
    const body = { error: { code: 'BAD_USER_INPUT', message: '只接受 PDF、JPG 或 PNG 文件' } };
    const fetch = vi.fn(async () => new Response(JSON.stringify(body), { status: 400 }));
    const file = new File(['hello'], 'a.png', { type: 'image/png' });
    const upload = uploadAttachment({ caseId: 'c-1', kind: 'NOTICE_PHOTO', file }, fetch);
    await expect(upload).rejects.toBeInstanceOf(UploadError);
    await expect(upload).rejects.toThrow('只接受 PDF、JPG 或 PNG 文件');
  });

  it('refuses other file types and large files before sending', async () => {
    const fetch = vi.fn();
    const doc = new File(['x'], 'a.docx', {
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    await expect(uploadAttachment({ caseId: 'c-1', kind: 'OTHER', file: doc }, fetch)).rejects.toThrow('只接受');
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'big.pdf', { type: 'application/pdf' });
    await expect(uploadAttachment({ caseId: 'c-1', kind: 'OTHER', file: big }, fetch)).rejects.toThrow('5 MB');
    expect(fetch).not.toHaveBeenCalled();
    expect(attachmentContentType({ type: '', name: 'scan.JPG' })).toBe('image/jpeg');
  });
});
