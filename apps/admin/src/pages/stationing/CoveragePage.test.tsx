import { StyleProvider } from '@ant-design/cssinjs';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App as AntdApp } from 'antd';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { type Mock, renderAt } from '../../test/render';
import { stationingAuditor, stationingClerk, yinghuCoverage, yinghuTownsMock } from '../../test/stationingFixtures';
import { StationingPanel } from '../dashboard/StationingPanel';
import { StationingCoverageQuery, StationingHeadlineQuery } from './stationing.graphql';

const coverage = (townCode: string | null): Mock => ({
  request: { query: StationingCoverageQuery, variables: { townCode } },
  result: { data: { stationingCoverage: yinghuCoverage } },
  maxUsageCount: 3,
});

const rowOf = (village: string) => screen.getByText(village).closest('tr') as HTMLElement;

describe('驻村全覆盖', () => {
  it('totals at the top; every covered village of the town with its kinds; gaps in red with what to do', async () => {
    renderAt('/stationing/coverage', [coverage(null), yinghuTownsMock], { viewer: stationingClerk });
    expect((await screen.findByTestId('coverage-covered')).textContent).toBe('3');
    expect(screen.getByTestId('coverage-with-team').textContent).toBe('1');
    expect(screen.getByTestId('coverage-lack-team').textContent).toBe('2');
    expect(screen.getByTestId('coverage-lack-secretary').textContent).toBe('1');
    expect(
      screen.getByText(/应覆盖的村类型：脱贫村、易地扶贫搬迁安置社区（800人以上）、党组织软弱涣散村、乡村振兴示范村/),
    ).toBeTruthy();
    // Her one town is open: its villages are in view.
    const covered = rowOf('大明村');
    expect(covered.getAttribute('data-gap')).toBeNull();
    expect(within(covered).getByText('在驻 · 3 人在岗')).toBeTruthy();
    expect(within(covered).getByText('乡村振兴示范村')).toBeTruthy();
    expect(within(covered).getByText('在任')).toBeTruthy();

    const empty = rowOf('前进村');
    expect(empty.getAttribute('data-gap')).toBe('true');
    expect(within(empty).getByText('有队无人在岗')).toBeTruthy();
    expect(within(empty).getByRole('link', { name: '办理队员到岗' }).getAttribute('href')).toBe(
      '/stationing/teams/team-empty',
    );

    const none = rowOf('迎风村');
    expect(none.getAttribute('data-gap')).toBe('true');
    expect(within(none).getByText('党组织软弱涣散村')).toBeTruthy();
    expect(within(none).getByRole('link', { name: '组建工作队' }).getAttribute('href')).toBe(
      '/stationing/teams/new?village=610902102203',
    );
    expect(within(none).getByText('无第一书记')).toBeTruthy();
    expect(within(none).getByRole('link', { name: '选派第一书记' }).getAttribute('href')).toBe(
      '/stationing/secretaries?appoint=610902102203',
    );
    const town = screen.getByText('2 个村缺').closest('tr') as HTMLElement;
    expect(within(town).getByText('瀛湖镇')).toBeTruthy();
  });

  it('只看缺口 hides the covered villages and is kept in the URL', async () => {
    const { router } = renderAt('/stationing/coverage', [coverage(null), yinghuTownsMock], { viewer: stationingClerk });
    await screen.findByText('大明村');
    fireEvent.click(screen.getByRole('switch', { name: '只看缺口' }));
    await waitFor(() => expect(router.state.location.search).toBe('?gaps=1'));
    await waitFor(() => expect(screen.queryByText('大明村')).toBeNull());
    expect(screen.getByText('前进村')).toBeTruthy();
    expect(screen.getByText('迎风村')).toBeTruthy();
  });

  it('an auditor sees the gaps but is offered nothing to do about them', async () => {
    renderAt('/stationing/coverage?town=610902102', [coverage('610902102'), yinghuTownsMock], {
      viewer: stationingAuditor,
    });
    const empty = (await screen.findByText('前进村')).closest('tr') as HTMLElement;
    expect(within(empty).getByRole('link', { name: '查看工作队' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: '组建工作队' })).toBeNull();
    expect(screen.queryByRole('link', { name: '选派第一书记' })).toBeNull();
  });
});

describe('总览: 驻村帮扶', () => {
  it('prints the counts in post and the covered villages lacking a team or a first secretary', async () => {
    const headline: Mock = {
      request: { query: StationingHeadlineQuery },
      result: {
        data: {
          stationingSummary: { __typename: 'StationingSummary', firstSecretaries: 271, workTeams: 410, members: 1492 },
          stationingCoverage: {
            __typename: 'StationingCoverage',
            covered: 188,
            withTeam: 187,
            withFirstSecretary: 188,
          },
        },
      },
    };
    render(
      <StyleProvider container={document.createElement('div')}>
        <MockedProvider mocks={[headline]}>
          <MemoryRouter>
            <AntdApp>
              <StationingPanel />
            </AntdApp>
          </MemoryRouter>
        </MockedProvider>
      </StyleProvider>,
    );
    expect((await screen.findByTestId('stationing-secretaries')).textContent).toBe('271');
    expect(screen.getByTestId('stationing-teams').textContent).toBe('410');
    expect(screen.getByTestId('stationing-members').textContent).toBe('1492');
    const lackTeam = screen.getByTestId('stationing-lack-team');
    expect(lackTeam.textContent).toBe('1');
    expect(lackTeam.style.color).not.toBe('');
    expect(screen.getByTestId('stationing-lack-secretary').textContent).toBe('0');
    expect(screen.getByRole('link', { name: '全覆盖' }).getAttribute('href')).toBe('/stationing/coverage');
  });
});
