import { CheckCircleTwoTone, UploadOutlined } from '@ant-design/icons';
import { attachmentKindLabels, labelOf } from '@hanbin/ui';
import { Button, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ATTACHMENT_TYPES, type UploadedAttachment, uploadAttachment } from '../../../lib/attachments';
import { monitoringText as t } from '../locale';

export interface AttachmentUploadProps {
  caseId: string;
  kind: string;
  /** Form control: the stored attachment, once uploaded. */
  value?: UploadedAttachment;
  onChange?: (value: UploadedAttachment | undefined) => void;
  disabled?: boolean;
}

/**
 * One required material of a step (承诺授权书, 评议会议记录, 公示照片): the file goes to the API as the raw
 * request body; the name the API stored it under is shown once it is in.
 */
export function AttachmentUpload({ caseId, kind, value, onChange, disabled }: AttachmentUploadProps) {
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const label = labelOf(attachmentKindLabels, kind);
  return (
    <div data-testid={`upload-${kind}`}>
      <Space wrap>
        <Upload
          accept={[...ATTACHMENT_TYPES, '.pdf', '.jpg', '.jpeg', '.png'].join(',')}
          showUploadList={false}
          disabled={disabled || uploading}
          customRequest={async ({ file, onSuccess, onError }) => {
            setUploading(true);
            setError(null);
            try {
              const stored = await uploadAttachment({ caseId, kind, file: file as File });
              onSuccess?.(stored);
              onChange?.(stored);
            } catch (e) {
              const message = e instanceof Error ? e.message : String(e);
              setError(message);
              onError?.(e instanceof Error ? e : new Error(message));
            } finally {
              setUploading(false);
            }
          }}
        >
          <Button icon={<UploadOutlined />} loading={uploading}>
            {t.upload(label)}
          </Button>
        </Upload>
        {value ? (
          <Typography.Text data-testid={`uploaded-${kind}`}>
            <CheckCircleTwoTone twoToneColor="#52c41a" />{' '}
            <a href={value.url} target="_blank" rel="noopener noreferrer">
              {t.uploaded(value.fileName)}
            </a>
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t.uploadHint}</Typography.Text>
        )}
      </Space>
      {error ? (
        <div>
          <Typography.Text type="danger">{t.uploadFailed(error)}</Typography.Text>
        </div>
      ) : null}
    </div>
  );
}
