import { Anchor, Steps, Typography } from 'antd';
import {
  AuthSection,
  BiSection,
  ErrorsSection,
  EXAMPLE_GROUPS,
  ExamplesSection,
  LimitsSection,
  PagingSection,
  PrivacySection,
  TokenSection,
} from './components/GuideSections';
import { groupLabel, guideText as t } from './locale';

const toc = [
  { key: 'token', href: '#token', title: t.tokenTitle },
  { key: 'auth', href: '#auth', title: t.authTitle },
  { key: 'paging', href: '#paging', title: t.pagingTitle },
  { key: 'errors', href: '#errors', title: t.errorsTitle },
  { key: 'limits', href: '#limits', title: t.limitsTitle },
  { key: 'privacy', href: '#privacy', title: t.privacyTitle },
  { key: 'bi', href: '#bi', title: t.biTitle },
  {
    key: 'examples',
    href: '#examples',
    title: t.examplesTitle,
    children: EXAMPLE_GROUPS.map((g) => ({
      key: `examples-${g}`,
      href: `#examples-${g.toLowerCase()}`,
      title: groupLabel[g],
    })),
  },
];

/**
 * /guide: how a partner agency's engineer gets a token and uses the API, with examples that run on
 * the demo data (examples.ts, checked by e2e/guide-examples.test.ts). Open to everyone: partners
 * have no account. The commands name this server (window.location.origin).
 */
export function GuidePage() {
  const origin = window.location.origin;
  return (
    <div
      style={{
        display: 'flex',
        gap: 24,
        width: '100%',
        maxWidth: 1280,
        margin: '0 auto',
        padding: 24,
        boxSizing: 'border-box',
      }}
    >
      <main style={{ flex: 1, minWidth: 0 }}>
        <div style={{ marginBottom: 24 }}>
          <Typography.Title level={2} style={{ marginBottom: 4 }}>
            {t.title}
          </Typography.Title>
          <Typography.Text type="secondary">{t.sub}</Typography.Text>
          <Typography.Paragraph style={{ marginTop: 16 }}>{t.intro}</Typography.Paragraph>
          <Typography.Title level={5}>{t.quickTitle}</Typography.Title>
          <Steps size="small" current={-1} items={t.quickSteps} />
        </div>
        <TokenSection />
        <AuthSection origin={origin} />
        <PagingSection />
        <ErrorsSection origin={origin} />
        <LimitsSection />
        <PrivacySection />
        <BiSection origin={origin} />
        <ExamplesSection origin={origin} />
      </main>
      <aside style={{ width: 180, flex: 'none' }} aria-label={t.toc}>
        <Anchor offsetTop={16} items={toc} />
      </aside>
    </div>
  );
}
