import type { GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rootFieldsWithoutRule } from '../../common/auth-checker';
import { bureauToday } from '../../common/clock';
import { issueToken, signInDemo, YING_HU } from '../../test/access';
import { createAllocation, createProject, LAO_CHENG, recordDisbursement } from '../../test/factories';
import { type Gql, startTestApi, type TestApi } from '../../test/harness';
import { createHousehold } from '../../test/monitoring-fixtures';
import {
  accessRefusals,
  buildRequest,
  declaredRules,
  type Expected,
  expectedAccess,
  hygieneProblems,
  introspect,
  type Refs,
  type RootField,
  rootFields,
  type SweepRequest,
  type ViewerProfile,
} from '../../test/schema-sweep';
import { Dataset, type Permission, ROLE_PERMISSIONS, Role, TokenKind, tokenPermissions } from './identity.enums';

/**
 * The authorization matrix (DOMAIN.md "Who may see what"): every kind of viewer × every root field
 * of the live schema × {an unknown id, a row of 瀛湖镇, a row of 老城街道}. The expected outcome is
 * computed from the declared rules; the test counts unauthorized successes and rows from a town
 * outside the viewer's scope, and expects none of either.
 */

/** Places are reference data (the division codes), readable by whoever may read places at all. */
const REFERENCE_DATA = new Set(['Query.district', 'Query.towns', 'Query.town', 'Query.village', 'Query.villages']);
/** Arguments that carry a town or village code rather than a row's id. */
const PLACE_CODES = new Set(['townCode', 'villageCode', 'code']);
/** signOut would end the viewer's session halfway through the sweep; session.test.ts covers it. */
const NOT_SWEPT = new Set(['Mutation.signOut']);

interface Viewer extends ViewerProfile {
  gql: Gql;
}

const VIEWERS = [
  'anonymous',
  'DISTRICT_ADMIN',
  'DISTRICT_STAFF',
  'TOWN_STAFF 瀛湖镇',
  'AUDITOR',
  'must change password (demo staff)',
  'PARTNER token PROJECTS, whole district',
  'PARTNER token PROJECTS+FUNDS, 老城街道',
  'BI token',
] as const;

describe('authorization matrix: every viewer × every root field × own town / other town / unknown id', () => {
  let api: TestApi;
  let schema: GraphQLSchema;
  let fields: RootField[];
  const rules = new Map<string, Permission[]>();
  const viewers = new Map<string, Viewer>();
  /** A project, allocation and disbursement in each of two towns. */
  const towns: Record<string, Refs> = {};
  const size = { requests: 0, cells: 0, allowed: 0, denied: 0, unauthorizedSuccesses: 0, otherTownRows: 0 };

  beforeAll(async () => {
    api = await startTestApi();
    schema = await introspect(api.gql);
    fields = rootFields(schema).filter((f) => !NOT_SWEPT.has(f.key));
    for (const [key, value] of declaredRules()) rules.set(key, value);

    const staff = async (role: Role, townCode?: string): Promise<Gql> => api.signInAs(role, townCode);
    const user = (name: string, role: Role, gql: Gql, towns: string[] | null, mustChange = false): Viewer => ({
      name,
      kind: 'user',
      permissions: new Set(ROLE_PERMISSIONS[role as keyof typeof ROLE_PERMISSIONS]),
      mustChangePassword: mustChange,
      towns,
      gql,
    });
    const token = async (name: string, kind: TokenKind, datasets: Dataset[], townCodes: string[]): Promise<Viewer> => ({
      name,
      kind: 'token',
      permissions: new Set(tokenPermissions(kind, datasets)),
      mustChangePassword: false,
      towns: townCodes.length ? townCodes : null,
      gql: (await issueToken(api, { kind, datasets, townCodes })).client,
    });
    const all: Viewer[] = [
      {
        name: 'anonymous',
        kind: 'anonymous',
        permissions: new Set(),
        mustChangePassword: false,
        towns: [],
        gql: api.anonymous,
      },
      user('DISTRICT_ADMIN', Role.DISTRICT_ADMIN, await staff(Role.DISTRICT_ADMIN), null),
      user('DISTRICT_STAFF', Role.DISTRICT_STAFF, await staff(Role.DISTRICT_STAFF), null),
      user('TOWN_STAFF 瀛湖镇', Role.TOWN_STAFF, await staff(Role.TOWN_STAFF, YING_HU.code), [YING_HU.code]),
      user('AUDITOR', Role.AUDITOR, await staff(Role.AUDITOR), null),
      user('must change password (demo staff)', Role.DISTRICT_STAFF, await signInDemo(api, 'staff'), null, true),
      await token('PARTNER token PROJECTS, whole district', TokenKind.PARTNER, [Dataset.PROJECTS], []),
      await token(
        'PARTNER token PROJECTS+FUNDS, 老城街道',
        TokenKind.PARTNER,
        [Dataset.PROJECTS, Dataset.FUNDS],
        [LAO_CHENG.code],
      ),
      await token('BI token', TokenKind.BI, [], []),
    ];
    for (const v of all) viewers.set(v.name, v);

    for (const [town, village] of [
      [YING_HU.code, YING_HU.village.code],
      [LAO_CHENG.code, LAO_CHENG.village.code],
    ]) {
      const project = await createProject(api, { townCode: town, villageCode: village, responsibleUnit: '矩阵测试' });
      const allocation = await createAllocation(api, { projectId: project.id, amount: '1000.00' });
      const disbursement = await recordDisbursement(api, allocation.id, '100.00');
      // A park with one household linked, so the industry lists have a row in each town.
      const household = await createHousehold(api.gql, village);
      const park = await api.gql(
        `mutation ($input: CreateIndustrialParkInput!) { createIndustrialPark(input: $input) { id } }`,
        {
          input: {
            name: `矩阵测试园区 ${town}`,
            townCode: town,
            level: 'DISTRICT',
            industry: 'TEA',
            operatorName: '矩阵测试合作社',
            operatorKind: 'COOPERATIVE',
            villageCodes: [village],
          },
        },
      );
      const link = await api.gql(`mutation ($input: BenefitLinkInput!) { addBenefitLink(input: $input) { id } }`, {
        input: {
          parkId: park.data?.createIndustrialPark.id,
          householdId: household.id,
          mode: 'EMPLOYMENT',
          year: 2024,
          incomeGained: '1000.00',
        },
      });
      expect(link.errors, JSON.stringify(link.errors)).toBeUndefined();
      // A work team and a first secretary where the demo has none, so the stationing lists have rows too.
      const [unit] = await api.db.dataSource.query('SELECT id FROM dispatching_unit ORDER BY name LIMIT 1');
      const [team] = await api.db.dataSource.query(
        'SELECT 1 FROM work_team WHERE village_code = $1 AND dissolved_on IS NULL',
        [village],
      );
      if (!team) {
        const created = await api.gql(
          `mutation ($input: CreateWorkTeamInput!) { createWorkTeam(input: $input) { id } }`,
          {
            input: { villageCode: village, name: '矩阵测试工作队', leadUnitId: unit.id, formedOn: '2024-01-02' },
          },
        );
        expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
      }
      const appointed = await api.gql(
        `mutation ($input: AppointFirstSecretaryInput!) { appointFirstSecretary(input: $input) { id } }`,
        { input: { villageCode: village, cadre: { name: '矩阵测试', unitId: unit.id }, startedOn: bureauToday() } },
      );
      expect(appointed.errors, JSON.stringify(appointed.errors)).toBeUndefined();
      const task = await api.gql(
        `mutation ($input: AssignSupervisionTaskInput!) { assignSupervisionTask(input: $input) { id } }`,
        {
          input: {
            townCode: town,
            finding: '矩阵测试问题',
            foundOn: bureauToday(),
            assignedUnit: '矩阵测试单位',
            deadline: bureauToday(),
          },
        },
      );
      expect(task.errors, JSON.stringify(task.errors)).toBeUndefined();
      towns[town] = { project: project.id, allocation: allocation.id, disbursement: disbursement.id, town, village };
    }
  });
  afterAll(async () => {
    // The figure the report quotes: how big the matrix is and what it found.
    console.info(`authorization matrix (${api?.engine}): ${JSON.stringify(size)}`);
    await api?.close();
  });

  it('every root field states an access rule (deny-by-default has nothing to catch)', () => {
    expect(rootFieldsWithoutRule()).toEqual([]);
    const unruled = rootFields(schema)
      .map((f) => f.key)
      .filter((key) => !rules.has(key));
    expect(unruled).toEqual([]);
  });

  it('each viewer holds exactly the permissions the policy gives it', async () => {
    for (const viewer of viewers.values()) {
      const result = await viewer.gql('{ me { role mustChangePassword permissions } }');
      expect(result.errors, viewer.name).toBeUndefined();
      if (viewer.kind === 'anonymous') {
        expect(result.data?.me, viewer.name).toBeNull();
        continue;
      }
      expect(result.data?.me.permissions, viewer.name).toEqual([...viewer.permissions].sort());
      expect(result.data?.me.mustChangePassword, viewer.name).toBe(viewer.mustChangePassword);
    }
  });

  it('the declared policy keeps the promises of DOMAIN.md', () => {
    const allowed = (viewerName: string) =>
      new Set(
        rootFields(schema)
          .filter((f) => expectedAccess(rules.get(f.key), viewers.get(viewerName) as Viewer).allowed)
          .map((f) => f.key),
      );
    const mutations = (keys: Set<string>) => [...keys].filter((k) => k.startsWith('Mutation.')).sort();
    const SIGN_IN_OUT = ['Mutation.signIn', 'Mutation.signOut'];
    // Nobody signed in: signing in, and the two public queries.
    expect([...allowed('anonymous')].sort()).toEqual([...SIGN_IN_OUT, 'Query.me', 'Query.systemInfo'].sort());
    // A user who must change the password can do only that (and sign in / out, and ask who they are).
    expect([...allowed('must change password (demo staff)')].sort()).toEqual(
      [...SIGN_IN_OUT, 'Mutation.changePassword', 'Query.me', 'Query.systemInfo'].sort(),
    );
    // Auditors read everything, the audit trail included, and write nothing but supervision tasks
    // (they may take what they read away as a spreadsheet, which changes no record).
    expect(mutations(allowed('AUDITOR'))).toEqual(
      [
        ...SIGN_IN_OUT,
        'Mutation.changePassword',
        'Mutation.assignSupervisionTask',
        'Mutation.recheckSupervisionTask',
        'Mutation.startExport',
      ].sort(),
    );
    expect(allowed('AUDITOR').has('Query.auditLog')).toBe(true);
    // Machines write nothing.
    for (const name of VIEWERS.filter((v) => v.includes('token'))) {
      expect(mutations(allowed(name)), name).toEqual(SIGN_IN_OUT);
    }
    // BI: aggregates only (the monitoring summary suppresses counts that could single out a household),
    // and the catalog of the feeds built on them.
    expect([...allowed('BI token')].filter((k) => k.startsWith('Query.')).sort()).toEqual(
      [
        'Query.biFeeds',
        'Query.fundingSummary',
        'Query.monitoringSummary',
        'Query.industrySummary',
        'Query.eastWestSummary',
        'Query.stationingSummary',
        'Query.supervisionSummary',
        'Query.me',
        'Query.systemInfo',
      ].sort(),
    );
    // Households and cases are personal data: no partner without the MONITORING dataset, no BI.
    for (const name of ['PARTNER token PROJECTS+FUNDS, 老城街道', 'BI token']) {
      for (const key of ['Query.households', 'Query.household', 'Query.monitoringCases', 'Query.monitoringWarnings']) {
        expect(allowed(name).has(key), `${name} ${key}`).toBe(false);
      }
    }
    // Stationed cadres are persons named: read with the stationing dataset only, never by BI.
    for (const name of [
      'PARTNER token PROJECTS, whole district',
      'PARTNER token PROJECTS+FUNDS, 老城街道',
      'BI token',
    ]) {
      expect(allowed(name).has('Query.cadres'), name).toBe(false);
    }
    for (const name of ['DISTRICT_STAFF', 'TOWN_STAFF 瀛湖镇', 'AUDITOR']) {
      expect(allowed(name).has('Query.cadres'), name).toBe(true);
    }
    // Only the district approves (区级审定) and configures the procedure.
    expect(allowed('TOWN_STAFF 瀛湖镇').has('Mutation.createMonitoringProcedure')).toBe(false);
    expect(allowed('DISTRICT_STAFF').has('Mutation.createMonitoringProcedure')).toBe(false);
    expect(allowed('AUDITOR').has('Mutation.recordMonitoringStep')).toBe(false);
    // A partner reads only its datasets: PROJECTS alone gives no money.
    for (const key of [
      'Query.fundAllocations',
      'Query.fundAllocation',
      'Query.disbursements',
      'Query.fundingSummary',
    ]) {
      expect(allowed('PARTNER token PROJECTS, whole district').has(key), key).toBe(false);
    }
    // The audit trail, users and tokens are for administrators (and auditors, for the trail).
    for (const name of ['DISTRICT_STAFF', 'TOWN_STAFF 瀛湖镇', 'PARTNER token PROJECTS+FUNDS, 老城街道']) {
      for (const key of [
        'Query.auditLog',
        'Query.users',
        'Query.apiTokens',
        'Mutation.createUser',
        'Mutation.createApiToken',
      ]) {
        expect(allowed(name).has(key), `${name} ${key}`).toBe(false);
      }
    }
  });

  it.each(VIEWERS)('%s: 0 unauthorized successes, 0 rows from another town', async (viewerName) => {
    const viewer = viewers.get(viewerName) as Viewer;
    const problems: string[] = [];
    for (const field of fields) {
      const expected = expectedAccess(rules.get(field.key), viewer);
      const variants: { label: string; request: SweepRequest; town?: string }[] = [
        { label: 'unknown id', request: buildRequest(field) },
      ];
      for (const [town, refs] of Object.entries(towns)) {
        const request = buildRequest(field, refs);
        // Fields with no argument that names a town's row are covered by the unknown-id request.
        if (request.refNames.length) variants.push({ label: `row of ${town}`, request, town });
      }
      for (const { label, request, town } of variants) {
        const result = await viewer.gql(request.query, request.variables);
        size.requests += 1;
        size.cells += 1;
        if (expected.allowed) size.allowed += 1;
        else size.denied += 1;
        const where = `${viewerName} × ${field.key} × ${label}`;
        for (const p of hygieneProblems(result)) problems.push(`${where}: ${p}`);
        const value = result.data?.[field.name];
        const inScope = town === undefined || viewer.towns === null || viewer.towns.includes(town);
        const verdict = judge(expected, result, value, {
          inScope,
          referenceData: REFERENCE_DATA.has(field.key),
          isQuery: field.operation === 'query',
          hasTownRow: town !== undefined,
          refNames: request.refNames,
        });
        if (verdict.unauthorizedSuccess) size.unauthorizedSuccesses += 1;
        if (verdict.otherTownRow) size.otherTownRows += 1;
        for (const p of verdict.problems) problems.push(`${where}: ${p} — ${JSON.stringify(result).slice(0, 400)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the matrix covered every field for every viewer and found 0 unauthorized successes, 0 rows from another town', () => {
    expect(size.cells).toBeGreaterThanOrEqual(VIEWERS.length * fields.length);
    expect(size.unauthorizedSuccesses).toBe(0);
    expect(size.otherTownRows).toBe(0);
  });
});

/** Judges one response against the policy and, for a row of another town, against the viewer's scope. */
function judge(
  expected: Expected,
  result: { data?: Record<string, any> | null; errors?: { extensions?: Record<string, any> }[] },
  value: unknown,
  cell: { inScope: boolean; referenceData: boolean; isQuery: boolean; hasTownRow: boolean; refNames: string[] },
): { problems: string[]; unauthorizedSuccess: boolean; otherTownRow: boolean } {
  const problems: string[] = [];
  const refusals = accessRefusals(result as never);
  if (!expected.allowed) {
    const refused = refusals.some((r) => r.code === expected.code && r.reason === expected.reason);
    const succeeded = !result.errors?.length || (value !== null && value !== undefined);
    if (!refused || succeeded) {
      problems.push(`expected ${expected.code}/${expected.reason}, got ${succeeded ? 'data' : 'another error'}`);
    }
    if (result.errors?.length !== 1) problems.push(`expected exactly one error, got ${result.errors?.length ?? 0}`);
    return { problems, unauthorizedSuccess: succeeded, otherTownRow: false };
  }
  if (refusals.length) problems.push(`allowed by policy but refused: ${JSON.stringify(refusals)}`);
  const codes = (result.errors ?? []).map((e) => e.extensions?.code as string);
  if (codes.includes('FORBIDDEN') && (cell.inScope || !cell.hasTownRow)) {
    problems.push('FORBIDDEN OUT_OF_SCOPE for something in scope');
  }
  let otherTownRow = false;
  if (cell.hasTownRow && !cell.referenceData) {
    const rows =
      value && typeof value === 'object' && 'totalCount' in value ? (value as { totalCount: number }).totalCount : null;
    const hasData = value !== null && value !== undefined && rows !== 0;
    if (!cell.inScope) {
      // A row of another town: nothing comes back, and a refusal is about the reference, never about
      // the row's contents (which would tell that it exists, or what it holds).
      if (hasData) {
        otherTownRow = true;
        problems.push('returned data for a row of another town');
      }
      for (const e of result.errors ?? []) {
        const code = e.extensions?.code;
        const reason = e.extensions?.reason;
        const named = ((e.extensions?.fields ?? []) as { field: string }[]).map((f) => f.field.split('.').pop());
        // Town and village codes are public reference data: an input error beside them reveals no row.
        const namesRows = cell.refNames.some((n) => !PLACE_CODES.has(n));
        const fine =
          code === 'NOT_FOUND' ||
          (code === 'FORBIDDEN' && reason === 'OUT_OF_SCOPE') ||
          (code === 'BAD_USER_INPUT' && (!namesRows || named.some((n) => cell.refNames.includes(n as string))));
        if (!fine) {
          otherTownRow = true;
          problems.push(
            `a refusal that reveals another town's row: ${code}${reason ? `/${reason}` : ''} ${JSON.stringify(named)}`,
          );
        }
      }
    } else if (cell.isQuery && !hasData) {
      problems.push('a row in scope was not returned');
    }
  }
  return { problems, unauthorizedSuccess: false, otherTownRow };
}
