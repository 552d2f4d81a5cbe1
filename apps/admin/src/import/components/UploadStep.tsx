import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Spin, Typography, Upload } from 'antd';
import type { ReactNode } from 'react';
import { type ImportDataset, MAX_IMPORT_BYTES, templateUrl, XLSX_TYPE } from '../importApi';
import { importText as t } from '../locale';

/** ① The template to fill, and what else may be imported. */
export function TemplateCard({ dataset, note }: { dataset: ImportDataset; note?: ReactNode }) {
  return (
    <Card size="small" title={t.templateTitle}>
      <Typography.Paragraph>{t.templateBody}</Typography.Paragraph>
      <Button icon={<DownloadOutlined />} href={templateUrl(dataset)} download data-testid="import-template">
        {t.templateLink}
      </Button>
      {note ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {note}
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}

export interface UploadCardProps {
  /** The file being uploaded and checked, while it is. */
  busyWith: File | null;
  /** Why the last file was refused. */
  error: string | null;
  onFile: (file: File) => void;
}

/** ② One .xlsx, picked or dropped; it goes to the check as soon as it is chosen. */
export function UploadCard({ busyWith, error, onFile }: UploadCardProps) {
  return (
    <Card size="small" title={t.uploadTitle} data-testid="import-upload">
      {error ? (
        <Alert
          type="error"
          showIcon
          title={t.uploadFailed}
          description={error}
          style={{ marginBottom: 12 }}
          data-testid="import-upload-error"
        />
      ) : null}
      <Spin spinning={busyWith !== null} description={busyWith ? t.uploading(busyWith.name) : undefined}>
        <Upload.Dragger
          // The picker offers .xlsx only; a dropped file of another kind is refused with a message below
          // instead of being dropped silently.
          accept={{ format: `.xlsx,${XLSX_TYPE}`, filter: 'native' }}
          multiple={false}
          maxCount={1}
          showUploadList={false}
          disabled={busyWith !== null}
          beforeUpload={(file) => {
            onFile(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t.dragger}</p>
          <p className="ant-upload-hint">{t.draggerHint(MAX_IMPORT_BYTES / 1024 / 1024)}</p>
        </Upload.Dragger>
      </Spin>
    </Card>
  );
}
