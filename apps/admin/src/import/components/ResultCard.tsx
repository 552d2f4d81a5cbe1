import { Button, Card, Result, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { importText as t } from '../locale';
import type { Outcome } from '../wizardState';
import { ProblemTable } from './ProblemTable';

export interface ResultCardProps {
  /**
   * The committed batch, or why nothing was written: the commit refused (409: imported already,
   * rejected, expired; or the data changed since the check) or the batch stopped (FAILED).
   */
  outcome: Outcome;
  listName: string;
  listPath: string;
  onUploadAgain: () => void;
}

/** ④ What the commit did: the counts and the way back to the list, or why nothing was written and where. */
export function ResultCard({ outcome, listName, listPath, onUploadAgain }: ResultCardProps) {
  const back = (
    <Link to={listPath} key="back">
      <Button type={'batch' in outcome ? 'primary' : 'default'}>{t.backToList(listName)}</Button>
    </Link>
  );
  if ('batch' in outcome) {
    const { batch } = outcome;
    return (
      <Card size="small" data-testid="import-result">
        <Result
          status="success"
          title={t.doneTitle}
          subTitle={
            <Space orientation="vertical" size={0}>
              <span>{t.doneSummary(batch)}</span>
              {batch.committedAt ? (
                <span>{t.doneAt(dayjs(batch.committedAt).format('YYYY-MM-DD HH:mm:ss'))}</span>
              ) : null}
            </Space>
          }
          extra={[
            back,
            <Button key="again" onClick={onUploadAgain}>
              {t.importAnother}
            </Button>,
          ]}
        />
      </Card>
    );
  }
  const { refusal } = outcome;
  return (
    <Card size="small" data-testid="import-result">
      <Result
        status="error"
        title={refusal.title}
        subTitle={refusal.message}
        extra={[
          <Button type="primary" key="again" onClick={onUploadAgain}>
            {t.uploadAgain}
          </Button>,
          back,
        ]}
      >
        {refusal.problems.length ? (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Typography.Text strong>{t.conflictProblems}</Typography.Text>
            {refusal.problemCount > refusal.problems.length ? (
              <Typography.Text type="warning">
                {t.moreProblems(refusal.problems.length, refusal.problemCount)}
              </Typography.Text>
            ) : null}
            <ProblemTable problems={refusal.problems} />
          </Space>
        ) : null}
      </Result>
    </Card>
  );
}
