import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { labelOf, monitoringTypeLabels } from '@hanbin/ui';
import { Alert, Button, Space, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { QueryError } from '../../components/QueryError';
import { PageLoading } from '../../layout/PageLoading';
import { NOTICE_PRINT_CSS } from './components/noticePrint.css';
import { monitoringText as t } from './locale';
import { VillageNoticeQuery } from './monitoring.graphql';

/**
 * 村级公示 of a village: the households whose cases wait for the notice step, as the API lists them
 * (head's name, group, size, type, kinds of risk: nothing that identifies a person further). 打印
 * prints the sheet alone.
 */
export function VillageNoticePage() {
  const { villageCode = '' } = useParams();
  const [params] = useSearchParams();
  const caseId = params.get('case');
  const { data, error, refetch } = useQuery(VillageNoticeQuery, {
    variables: { villageCode },
    fetchPolicy: 'network-only',
  });

  if (error && !data) return <QueryError error={error} onRetry={() => refetch()} />;
  if (!data) return <PageLoading />;
  const n = data.villageNotice;

  return (
    <div>
      <style>{NOTICE_PRINT_CSS}</style>
      <Space className="no-print" style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }} wrap>
        <Space>
          {caseId ? (
            <Link to={`/monitoring/cases/${caseId}`}>
              <Button icon={<ArrowLeftOutlined />}>{t.noticeBack}</Button>
            </Link>
          ) : null}
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t.noticeTitle}
          </Typography.Title>
        </Space>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t.print}
        </Button>
      </Space>
      <Alert className="no-print" type="info" showIcon title={t.noticePrivacy} style={{ marginBottom: 16 }} />
      <article
        className="village-notice-sheet"
        data-testid="village-notice"
        style={{
          background: '#fff',
          maxWidth: 820,
          margin: '0 auto',
          padding: '40px 48px',
          border: '1px solid #f0f0f0',
          borderRadius: 8,
          color: '#000',
          fontSize: 15,
          lineHeight: 1.8,
        }}
      >
        <h1 style={{ textAlign: 'center', fontSize: 24, margin: '0 0 4px' }}>{n.title}</h1>
        <p style={{ textAlign: 'center', margin: '0 0 24px', color: '#595959' }}>
          {t.noticeFor(n.townName, n.villageName)}
        </p>
        {n.entries.length === 0 ? (
          <p style={{ textAlign: 'center' }}>{t.noticeNone}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th style={{ width: 56 }}>{t.noticeIndex}</th>
                <th>{t.noticeHead}</th>
                <th>{t.noticeGroup}</th>
                <th style={{ width: 90 }}>{t.noticeMembers}</th>
                <th>{t.noticeType}</th>
                <th>{t.noticeReasons}</th>
              </tr>
            </thead>
            <tbody>
              {n.entries.map((e, i) => (
                // Entries carry no id: the position is their identity on this sheet.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <tr key={i}>
                  <td>{i + 1}</td>
                  <td>{e.headName}</td>
                  <td>{e.groupName}</td>
                  <td>{e.memberCount}</td>
                  <td>{labelOf(monitoringTypeLabels, e.type)}</td>
                  <td>{e.reasons}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {n.entries.length > 0 ? <p style={{ marginTop: 24, textIndent: '2em' }}>{n.footer}</p> : null}
        <div style={{ textAlign: 'right', marginTop: 48 }}>
          <div>{t.noticeSigned(n.villageName)}</div>
          <div>{n.generatedOn}</div>
        </div>
      </article>
    </div>
  );
}
