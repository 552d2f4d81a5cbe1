import { CodeOutlined } from '@ant-design/icons';
import { Button, Card, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { GuideExample } from '../examples';
import { guideText as t } from '../locale';
import { curlCommand, excerptText, explorerPath, variablesText } from '../requests';
import { tokenNeeds } from '../tokenNeeds';
import { CodeBlock } from './CodeBlock';

/** One example: what it answers, the query, the curl command, and part of the real answer. */
export function ExampleCard({ example, origin }: { example: GuideExample; origin: string }) {
  const variables = variablesText(example);
  return (
    <Card
      id={`example-${example.id}`}
      data-testid={`example-${example.id}`}
      size="small"
      style={{ marginBottom: 16 }}
      title={example.title}
      extra={
        example.kind === 'graphql' ? (
          <Link to={explorerPath(example)}>
            <Button size="small" icon={<CodeOutlined />}>
              {t.openInExplorer}
            </Button>
          </Link>
        ) : null
      }
    >
      <Typography.Paragraph style={{ marginBottom: 8 }}>{example.answers}</Typography.Paragraph>
      <Space size={4} style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t.needs}：</Typography.Text>
        <Tag color={example.token.kind === 'BI' ? 'purple' : example.token.kind === 'INVALID' ? 'red' : 'blue'}>
          {tokenNeeds(example.token)}
        </Tag>
      </Space>
      {example.kind === 'graphql' ? <CodeBlock label={t.query} code={example.query} /> : null}
      {variables ? <CodeBlock label={t.variables} code={variables} /> : null}
      <CodeBlock label={t.curl} code={curlCommand(example, origin)} wrap testId={`curl-${example.id}`} />
      <CodeBlock
        label={`${t.excerpt}（${t.excerptNote}）`}
        code={excerptText(example)}
        testId={`excerpt-${example.id}`}
      />
    </Card>
  );
}
