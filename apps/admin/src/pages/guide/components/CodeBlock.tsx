import { Typography } from 'antd';
import { guideText as t } from '../locale';

export interface CodeBlockProps {
  /** What the block holds, shown above it (查询, curl 命令 …). */
  label: string;
  code: string;
  /** Long one-line commands wrap instead of scrolling sideways. */
  wrap?: boolean;
  testId?: string;
}

/** A labelled block of code with a copy button. */
export function CodeBlock({ label, code, wrap = false, testId }: CodeBlockProps) {
  return (
    <div style={{ marginBottom: 12 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {label}
        </Typography.Text>
        <Typography.Text copyable={{ text: code, tooltips: [t.copy, t.copied] }} style={{ fontSize: 12 }} />
      </div>
      <pre
        data-testid={testId}
        style={{
          margin: '4px 0 0',
          padding: '10px 12px',
          background: '#f6f8fa',
          border: '1px solid #eaeef2',
          borderRadius: 6,
          fontSize: 12.5,
          lineHeight: 1.55,
          fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
          overflowX: 'auto',
          maxHeight: 420,
          whiteSpace: wrap ? 'pre-wrap' : 'pre',
          wordBreak: wrap ? 'break-all' : 'normal',
        }}
      >
        <code>{code}</code>
      </pre>
    </div>
  );
}
