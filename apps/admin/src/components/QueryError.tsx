import { Alert, Button } from 'antd';
import { commonText } from '../lib/locale';
import { readServerError } from '../lib/serverErrors';

/** A failed query, with the server's message and a retry button (无权访问 for FORBIDDEN). */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const info = readServerError(error);
  return (
    <Alert
      type="error"
      showIcon
      title={
        info.code === 'NOT_FOUND'
          ? commonText.notFound
          : info.code === 'FORBIDDEN'
            ? commonText.forbidden
            : commonText.loadFailed
      }
      description={info.message}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {commonText.retry}
          </Button>
        ) : null
      }
    />
  );
}
