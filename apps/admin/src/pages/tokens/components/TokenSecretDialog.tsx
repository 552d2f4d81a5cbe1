import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Input, Modal, Space, Typography } from 'antd';
import { tokenText as t } from '../locale';

export interface IssuedToken {
  name: string;
  prefix: string;
  secret: string;
}

/**
 * The one moment the secret exists in the browser: shown with a copy button and 「令牌只显示这一次」.
 * It closes only through its button (no mask click, no Esc), and the caller then drops the secret.
 */
export function TokenSecretDialog({ issued, onClose }: { issued: IssuedToken | null; onClose: () => void }) {
  const { message } = App.useApp();

  const copy = async () => {
    if (!issued) return;
    try {
      await navigator.clipboard.writeText(issued.secret);
      message.success(t.copied);
    } catch {
      message.warning(t.copyFailed);
    }
  };

  return (
    <Modal
      title={t.secretTitle}
      open={issued !== null}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      destroyOnHidden
      width={640}
      footer={
        <Button type="primary" onClick={onClose}>
          {t.saved}
        </Button>
      }
    >
      {issued ? (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Alert type="warning" showIcon title={t.secretWarning} description={t.secretWarningBody} />
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t.name}>{issued.name}</Descriptions.Item>
            <Descriptions.Item label={t.prefix}>{issued.prefix}</Descriptions.Item>
          </Descriptions>
          <div>
            <Typography.Text strong>{t.secretLabel}</Typography.Text>
            <Space.Compact style={{ width: '100%', marginTop: 4 }}>
              <Input
                readOnly
                aria-label={t.secretLabel}
                value={issued.secret}
                onFocus={(e) => e.target.select()}
                style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' }}
              />
              <Button icon={<CopyOutlined />} onClick={copy}>
                {t.copy}
              </Button>
            </Space.Compact>
          </div>
          <Typography.Text type="secondary">{t.secretUsage}</Typography.Text>
        </Space>
      ) : null}
    </Modal>
  );
}
