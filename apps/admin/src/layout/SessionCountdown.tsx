import { useApolloClient } from '@apollo/client/react';
import { Alert, Button } from 'antd';
import { MeQuery } from '../auth/auth.graphql';
import { authText as t } from '../auth/locale';
import { formatCountdown, useIdleDeadline, useRemaining } from '../auth/useSessionClock';
import { useViewer } from '../auth/viewer';

// Shown once this little time is left (or half the idle limit, when that is shorter).
const WARN_MS = 5 * 60 * 1000;

/**
 * How long until an idle session ends, shown when that is near, with 「继续使用」 to keep it:
 * any request the API answers counts as activity. At zero the auth gate signs the user out.
 */
export function SessionCountdown() {
  const viewer = useViewer();
  const client = useApolloClient();
  const idleMs = viewer.idleTimeoutSeconds * 1000;
  const remaining = useRemaining(useIdleDeadline(viewer.idleTimeoutSeconds));
  if (idleMs <= 0 || remaining > Math.min(WARN_MS, idleMs / 2)) return null;
  return (
    // In the flow and sticky: it pushes the page down instead of covering its header, and stays in
    // view while the page scrolls.
    <div style={{ position: 'sticky', top: 0, zIndex: 10, marginBottom: 12 }}>
      <Alert
        type="warning"
        showIcon
        role="timer"
        aria-live="polite"
        title={t.sessionLeft(formatCountdown(remaining))}
        description={t.sessionHint}
        action={
          <Button
            size="small"
            type="primary"
            onClick={() => client.query({ query: MeQuery, fetchPolicy: 'network-only' })}
          >
            {t.keepAlive}
          </Button>
        }
      />
    </div>
  );
}
