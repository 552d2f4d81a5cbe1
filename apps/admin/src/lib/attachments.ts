import { emitSessionEvent } from '../auth/session';
import { commonText } from './locale';

/** What `POST /api/monitoring/attachments` answers. */
export interface UploadedAttachment {
  id: string;
  kind: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  url: string;
}

/** Types the API accepts (it judges the file by its first bytes, not by this). */
export const ATTACHMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

/** A refused upload, with the API's code and message. */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

const EXTENSION_TYPES: Record<string, (typeof ATTACHMENT_TYPES)[number]> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/** The Content-Type to send: the browser's, or one from the extension when it has none. */
export function attachmentContentType(file: Pick<File, 'type' | 'name'>): string | null {
  if ((ATTACHMENT_TYPES as readonly string[]).includes(file.type)) return file.type;
  return EXTENSION_TYPES[file.name.split('.').pop()?.toLowerCase() ?? ''] ?? null;
}

/**
 * Uploads one case material as the raw request body (the session cookie goes along); resolves with
 * the stored attachment or rejects with an `UploadError` that carries the API's message.
 */
export async function uploadAttachment(
  params: { caseId: string; kind: string; file: File },
  fetchImpl: typeof fetch = fetch,
): Promise<UploadedAttachment> {
  const { caseId, kind, file } = params;
  const contentType = attachmentContentType(file);
  if (!contentType) throw new UploadError('只接受 PDF、JPG 或 PNG 文件', 'BAD_USER_INPUT');
  if (file.size > MAX_ATTACHMENT_BYTES) throw new UploadError('文件不能超过 5 MB', 'BAD_USER_INPUT');
  const query = new URLSearchParams({ caseId, kind, fileName: file.name });
  let response: Response;
  try {
    response = await fetchImpl(`/api/monitoring/attachments?${query}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': contentType },
      body: file,
    });
  } catch {
    throw new UploadError(commonText.networkError, undefined);
  }
  const body = (await response.json().catch(() => null)) as
    | (UploadedAttachment & { error?: undefined })
    | { error?: { code?: string; message?: string } }
    | null;
  if (response.ok && body && !body.error) return body as UploadedAttachment;
  const error = body?.error;
  if (response.status === 401 || error?.code === 'UNAUTHENTICATED')
    emitSessionEvent({ kind: 'ended', reason: 'expired' });
  throw new UploadError(error?.message ?? `${commonText.loadFailed}（HTTP ${response.status}）`, error?.code);
}
