import { useQuery } from '@apollo/client/react';
import { Alert, Card, Input, Segmented, Space, Spin, Typography } from 'antd';
import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { MeQuery } from '../../auth/auth.graphql';
import { recordActivity } from '../../auth/session';
import { exampleById } from '../guide/examples';
import { variablesText } from '../guide/requests';
import { tokenNeeds } from '../guide/tokenNeeds';
import { createExplorerFetcher, type ExplorerCredentials } from './fetcher';
import { explorerText as t } from './locale';

const GraphiqlPanel = lazy(() => import('./GraphiqlPanel'));

type Mode = ExplorerCredentials['mode'];

/**
 * /explorer: GraphiQL for reading the API, as a partner's token (pasted here, kept in memory only)
 * or as the signed-in staff member (their session, scoped to their towns by the API). Opens a
 * guide example with `?example=<id>`. Not behind the auth gate: partners have no account.
 */
export function ExplorerPage() {
  const [params] = useSearchParams();
  const example = exampleById(params.get('example'));
  const me = useQuery(MeQuery, { fetchPolicy: 'cache-first' });
  const viewer = me.data?.me && !me.data.me.mustChangePassword ? me.data.me : null;
  const viewerName = viewer ? (viewer.user?.displayName ?? viewer.name) : '';
  const [chosen, setChosen] = useState<Mode | null>(null);
  const mode: Mode = chosen ?? (viewer ? 'session' : 'token');
  const [token, setToken] = useState('');

  // GraphiQL keeps the fetcher it started with; it reads who to ask as at each request.
  const credentials = useRef<ExplorerCredentials>({ mode, token });
  credentials.current = { mode: mode === 'session' && !viewer ? 'token' : mode, token };
  const fetcher = useMemo(
    () =>
      createExplorerFetcher(() => credentials.current, {
        onSessionAnswer: (result) => {
          if (!result.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) recordActivity();
        },
      }),
    [],
  );

  return (
    <div style={{ flex: 1, display: 'flex', flexDirection: 'column', gap: 12, padding: '12px 16px', minHeight: 0 }}>
      <Card size="small">
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          <Space wrap size={16} align="center">
            <Typography.Title level={4} style={{ margin: 0 }}>
              {t.title}
            </Typography.Title>
            <Segmented<Mode>
              aria-label={t.modeLabel}
              value={mode}
              onChange={setChosen}
              options={[
                { label: t.modeToken, value: 'token' },
                {
                  label: viewer ? t.modeSession(viewerName) : t.modeSessionSignedOut,
                  value: 'session',
                  disabled: !viewer,
                },
              ]}
            />
            {mode === 'token' ? (
              <Input.Password
                aria-label={t.tokenLabel}
                name="hanbin-api-token"
                placeholder={t.tokenPlaceholder}
                autoComplete="off"
                value={token}
                onChange={(e) => setToken(e.target.value)}
                style={{ width: 440 }}
              />
            ) : null}
            {!viewer && !me.loading ? <Link to="/login?next=%2Fexplorer">{t.signInForSession}</Link> : null}
          </Space>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {mode === 'token' || !viewer
              ? t.tokenHint
              : t.sessionHint(viewerName, viewer.town?.name ?? t.districtScope)}
          </Typography.Text>
          <Alert type="info" showIcon title={t.readOnly} />
          {example ? (
            <Alert
              type="success"
              showIcon
              title={t.example(example.title)}
              description={
                <Space wrap>
                  <span>{t.exampleNeeds(tokenNeeds(example.token))}</span>
                  <Link to={`/guide#example-${example.id}`}>{t.backToGuide}</Link>
                </Space>
              }
            />
          ) : null}
        </Space>
      </Card>
      {/* GraphiQL fills its parent's height: an absolutely placed box gives it a definite one. */}
      <div data-testid="explorer" style={{ flex: 1, minHeight: 600, position: 'relative' }}>
        <div
          style={{
            position: 'absolute',
            inset: 0,
            display: 'flex',
            background: '#fff',
            borderRadius: 8,
            overflow: 'hidden',
          }}
        >
          <Suspense
            fallback={
              <div style={{ margin: 'auto' }}>
                <Spin description={t.loading} />
              </div>
            }
          >
            <GraphiqlPanel
              key={example?.id ?? 'welcome'}
              fetcher={fetcher}
              initialQuery={example?.kind === 'graphql' ? example.query : t.welcome}
              initialVariables={example ? variablesText(example) : ''}
            />
          </Suspense>
        </div>
      </div>
    </div>
  );
}
