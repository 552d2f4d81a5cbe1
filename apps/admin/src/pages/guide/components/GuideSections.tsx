import { Alert, Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { GUIDE_EXAMPLES, type GuideExample } from '../examples';
import { groupLabel, guideText as t } from '../locale';
import { TOKEN_VARIABLE } from '../requests';
import { CodeBlock } from './CodeBlock';
import { ExampleCard } from './ExampleCard';
import { ErrorTable, LimitTable, TokenKindTable } from './ReferenceTables';

const { Paragraph, Title } = Typography;

/** A section of the guide, with the id its table of contents links to. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card id={id} variant="borderless" style={{ marginBottom: 24 }}>
      <Title level={3} style={{ marginTop: 0 }}>
        {title}
      </Title>
      {children}
    </Card>
  );
}

const inGroup = (group: GuideExample['group'], kind?: GuideExample['kind']) =>
  GUIDE_EXAMPLES.filter((e) => e.group === group && (!kind || e.kind === kind));

export function TokenSection() {
  return (
    <Section id="token" title={t.tokenTitle}>
      <Paragraph>{t.tokenIssued}</Paragraph>
      <Alert type="warning" showIcon title={t.tokenOnce} style={{ marginBottom: 16 }} />
      <Title level={5}>{t.tokenKinds}</Title>
      <TokenKindTable />
      <ul style={{ marginTop: 16, paddingInlineStart: 20, lineHeight: 1.9 }}>
        <li>{t.tokenTowns}</li>
        <li>{t.tokenExpiry}</li>
        <li>{t.tokenRevoke}</li>
        <li>{t.tokenReadOnly}</li>
      </ul>
    </Section>
  );
}

export function AuthSection({ origin }: { origin: string }) {
  return (
    <Section id="auth" title={t.authTitle}>
      <CodeBlock label={t.endpoint} code={`POST ${origin}/graphql`} />
      <Paragraph type="secondary">{t.endpointNote}</Paragraph>
      <CodeBlock label={t.headers} code={'Content-Type: application/json\nAuthorization: Bearer hb_…'} />
      <CodeBlock
        label={`${t.body}（${t.bodyNote}）`}
        code={'{\n  "query": "query Towns { towns { code name } }",\n  "variables": {},\n  "operationName": "Towns"\n}'}
      />
      <Paragraph>{t.answer}</Paragraph>
      <Paragraph>{t.amounts}</Paragraph>
      <Paragraph>{t.schema}</Paragraph>
      <Paragraph>{t.requestId}</Paragraph>
      <CodeBlock label={t.tokenVariable} code={`export ${TOKEN_VARIABLE}='hb_……'`} />
    </Section>
  );
}

export function PagingSection() {
  return (
    <Section id="paging" title={t.pagingTitle}>
      <Paragraph>{t.paging1}</Paragraph>
      <Paragraph>{t.paging2}</Paragraph>
      <Paragraph>{t.paging3}</Paragraph>
      <Paragraph>
        <a href="#example-projects-2021">{t.pagingExample}</a>
      </Paragraph>
    </Section>
  );
}

export function ErrorsSection({ origin }: { origin: string }) {
  return (
    <Section id="errors" title={t.errorsTitle}>
      <Paragraph>{t.errorsIntro}</Paragraph>
      <ErrorTable />
      <Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t.errorsStaffOnly}
      </Paragraph>
      <Title level={5}>{t.errorExamples}</Title>
      {inGroup('ERRORS').map((example) => (
        <ExampleCard key={example.id} example={example} origin={origin} />
      ))}
    </Section>
  );
}

export function LimitsSection() {
  return (
    <Section id="limits" title={t.limitsTitle}>
      <Paragraph>{t.limitsIntro}</Paragraph>
      <LimitTable />
    </Section>
  );
}

export function PrivacySection() {
  return (
    <Section id="privacy" title={t.privacyTitle}>
      {t.privacy.map((text) => (
        <Paragraph key={text}>{text}</Paragraph>
      ))}
    </Section>
  );
}

export function BiSection({ origin }: { origin: string }) {
  return (
    <Section id="bi" title={t.biTitle}>
      {t.bi.map((text) => (
        <Paragraph key={text}>{text}</Paragraph>
      ))}
      {inGroup('BI', 'feed').map((example) => (
        <ExampleCard key={example.id} example={example} origin={origin} />
      ))}
    </Section>
  );
}

/** The groups of the 示例 section, in order. */
export const EXAMPLE_GROUPS = ['PLACES', 'PROJECTS', 'FUNDS', 'MONITORING', 'INDUSTRY', 'STATIONING', 'BI'] as const;

export function ExamplesSection({ origin }: { origin: string }) {
  return (
    <Section id="examples" title={t.examplesTitle}>
      <Paragraph>{t.examplesIntro}</Paragraph>
      {EXAMPLE_GROUPS.map((group) => (
        <div key={group} id={`examples-${group.toLowerCase()}`}>
          <Title level={4}>{groupLabel[group]}</Title>
          {inGroup(group, 'graphql').map((example) => (
            <ExampleCard key={example.id} example={example} origin={origin} />
          ))}
        </div>
      ))}
    </Section>
  );
}
