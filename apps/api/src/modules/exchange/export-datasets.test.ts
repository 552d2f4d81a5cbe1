import {
  type DocumentNode,
  type GraphQLSchema,
  getNamedType,
  Kind,
  type OperationDefinitionNode,
  parse,
  TypeInfo,
  typeFromAST,
  validate,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken, YING_HU } from '../../test/access';
import { expectRefused } from '../../test/expect-error';
import { exportAndDownload, rowValues, START, sheetOf } from '../../test/exports';
import { createProject, UPDATE_PROJECT } from '../../test/factories';
import { type Gql, startTestApi, type TestApi } from '../../test/harness';
import { introspect } from '../../test/schema-sweep';
import { Role } from '../identity/identity.enums';
import { DATASET_PERMISSION } from './export.service';
import { CellType } from './export-columns';
import { EXPORT_DATASETS, ExportDataset, type ExportDatasetDefinition } from './export-datasets';
import { cellValue, enumNamesOf } from './xlsx-writer';

/**
 * Every list page exports what it shows: each dataset of the registry reads its page's connection
 * with the page's variables, asks for nothing the list hides (no health data, no unmasked
 * identifiers), and an export holds exactly the list's rows, headed as the registry says, each row
 * the list's node through the columns; a town's clerk gets her town only, and no one gets a list
 * their role cannot open.
 */

type Client = Gql & { cookie: string };
type Vars = Record<string, unknown>;

/** Fields that carry health data, income figures the lists do not show, or the free text that often holds health. */
const HIDDEN_FIELDS = new Set([
  'Person.health',
  'Person.familyDoctor',
  'Person.medicalInsured',
  'MonitoringCase.reason',
  'MonitoringCase.riskKinds',
  'MonitoringCaseStep.note',
  'MonitoringWarning.netIncomePerPerson',
  'MonitoringWarning.monitoringLine',
  'Household.years',
  'AuditEntry.details',
]);

/** Variables that are not list arguments but switch a part of the selection, as the page does. */
const SWITCHES = new Set(['withHousehold']);

function operationOf(document: DocumentNode): OperationDefinitionNode {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  expect(operations).toHaveLength(1);
  return operations[0] as OperationDefinitionNode;
}

/** What is wrong with a dataset's query, as a list of sentences (empty when nothing is). */
function queryProblems(schema: GraphQLSchema, definition: ExportDatasetDefinition): string[] {
  const problems: string[] = [];
  const document = parse(definition.query);
  problems.push(...validate(schema, document).map((e) => e.message));
  if (problems.length) return problems;
  const operation = operationOf(document);
  const [root, ...others] = operation.selectionSet.selections;
  if (others.length || root.kind !== Kind.FIELD || root.name.value !== definition.connection) {
    return [`reads more than its connection ${definition.connection}`];
  }
  const rootField = schema.getQueryType()?.getFields()[definition.connection];
  const declared = new Map(operation.variableDefinitions?.map((v) => [v.variable.name.value, v]) ?? []);
  const expected = [...definition.variables, 'first', 'after'].sort();
  if (JSON.stringify([...declared.keys()].sort()) !== JSON.stringify(expected)) {
    problems.push(`declares ${[...declared.keys()]} but the page sends ${definition.variables} and paging`);
  }
  const passed = new Map(
    (root.arguments ?? []).map((a) => [a.name.value, a.value.kind === Kind.VARIABLE ? a.value.name.value : null]),
  );
  for (const name of [...definition.variables, 'first', 'after']) {
    if (SWITCHES.has(name)) continue;
    // The list argument of the same name, with the type the list takes.
    const argument = rootField?.args.find((a) => a.name === name);
    const variable = declared.get(name);
    if (!argument || !variable || passed.get(name) !== name) {
      problems.push(`$${name} is not the list's argument ${name}`);
      continue;
    }
    if (getNamedType(argument.type).name !== getNamedType(typeFromAST(schema, variable.type as never))?.name) {
      problems.push(`$${name} is not of the type of the list's argument ${name}`);
    }
  }
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        const coordinate = `${parent?.name}.${field?.name}`;
        if (HIDDEN_FIELDS.has(coordinate) || /健康/.test(field?.description ?? '')) {
          problems.push(`asks for ${coordinate}`);
        }
        if (field && getNamedType(field.type).name === 'HealthStatus') problems.push(`asks for ${coordinate}`);
      },
    }),
  );
  for (const column of definition.columns) {
    if (!/\p{Script=Han}/u.test(column.header)) problems.push(`header ${column.header} is not Chinese`);
    if (column.type === CellType.ENUM && !schema.getType(column.enumName ?? '')) {
      problems.push(`column ${column.header} names no enum`);
    }
  }
  const headers = definition.columns.map((c) => c.header);
  if (new Set(headers).size !== headers.length) problems.push('headers repeat');
  return problems;
}

describe('export datasets: every list page', () => {
  let api: TestApi;
  let schema: GraphQLSchema;
  let enumNames: Map<string, Map<string, string>>;
  let clerk: Awaited<ReturnType<TestApi['signInAs']>>;
  /** What each dataset is exported with in the sweep, and by whom (the page's own variables). */
  let sweep: Record<ExportDataset, { client: Client; variables: Vars }>;

  beforeAll(async () => {
    api = await startTestApi({ env: { JOB_POLL_MS: '200' } });
    schema = await introspect(api.gql);
    enumNames = enumNamesOf(schema);
    clerk = await api.signInAs(Role.TOWN_STAFF, YING_HU.code);
    // A token to list, and a project with a change in the audit trail.
    await issueToken(api, { kind: 'PARTNER', datasets: ['PROJECTS'], townCodes: [YING_HU.code] });
    const project = await createProject(api, { year: 2025 });
    const updated = await api.gql(UPDATE_PROJECT, {
      id: project.id,
      input: { version: project.version, tasks: '导出测试：补充建设内容' },
    });
    expect(updated.errors).toBeUndefined();
    // A park of 瀛湖镇 that carries households: its detail page lists them.
    const parks = await api.gql(
      `query ($filter: IndustrialParkFilter) { industrialParks(filter: $filter, first: 100) { edges { node { id linkedHouseholds } } } }`,
      { filter: { townCode: YING_HU.code } },
    );
    const park = parks.data?.industrialParks.edges.find(
      (e: { node: { linkedHouseholds: number } }) => e.node.linkedHouseholds > 0,
    )?.node;
    expect(park, 'a park of 瀛湖镇 with benefit links').toBeTruthy();

    const admin = api.gql;
    const auditor = await api.signInAs(Role.AUDITOR);
    sweep = {
      PROJECTS: {
        client: admin,
        variables: { filter: { year: 2021, townCode: YING_HU.code }, sort: { field: 'ALLOCATED', direction: 'DESC' } },
      },
      FUND_SOURCES: { client: admin, variables: { filter: { year: 2021 } } },
      FUND_ALLOCATIONS: { client: admin, variables: { filter: { year: 2021 } } },
      DISBURSEMENTS: { client: admin, variables: { filter: { year: 2021, townCode: YING_HU.code } } },
      HOUSEHOLDS: { client: admin, variables: { filter: { townCode: YING_HU.code } } },
      MONITORING_CASES: { client: admin, variables: { filter: { townCode: YING_HU.code } } },
      MONITORING_WARNINGS: { client: admin, variables: { filter: {} } },
      INDUSTRIAL_PARKS: {
        client: admin,
        variables: { filter: { industry: 'TEA' }, sort: { field: 'INVESTMENT', direction: 'DESC' } },
      },
      BENEFIT_LINKS: { client: admin, variables: { filter: { parkId: park.id }, withHousehold: true } },
      WORK_TEAMS: { client: admin, variables: { filter: { active: true } } },
      FIRST_SECRETARIES: { client: admin, variables: { filter: { active: true } } },
      SUPERVISION_TASKS: { client: admin, variables: { filter: {} } },
      VILLAGES: { client: admin, variables: { filter: { category: 'DEMONSTRATION' } } },
      USERS: { client: admin, variables: { filter: {} } },
      API_TOKENS: { client: admin, variables: { includeRevoked: true } },
      // The audit trail of one record: the export's own entries do not change it while it runs.
      AUDIT_LOG: { client: auditor, variables: { filter: { entityType: 'project', entityId: project.id } } },
    };
  });
  afterAll(() => api?.close());

  it('each reads its page’s connection with the page’s variables, and asks for nothing the list hides', () => {
    expect(Object.keys(EXPORT_DATASETS).sort()).toEqual(Object.values(ExportDataset).sort());
    expect(Object.keys(DATASET_PERMISSION).sort()).toEqual(Object.values(ExportDataset).sort());
    for (const definition of Object.values(EXPORT_DATASETS)) {
      expect(queryProblems(schema, definition), definition.id).toEqual([]);
    }
  });

  it.each(Object.values(ExportDataset))(
    '%s: the export holds the list’s rows, headed as the registry says, each the list’s node',
    async (dataset) => {
      const definition = EXPORT_DATASETS[dataset];
      const { client, variables } = sweep[dataset];
      const { job, file } = await exportAndDownload(api, client, { dataset, variables });
      // The list as its page reads it, with the same variables.
      const list = await client(definition.query, { ...variables, first: 1 });
      expect(list.errors, JSON.stringify(list.errors)).toBeUndefined();
      const connection = list.data?.[definition.connection];
      expect(connection.totalCount, 'the demo data has rows for the list').toBeGreaterThan(0);
      expect(job.totalRows).toBe(connection.totalCount);
      expect(job.doneRows).toBe(connection.totalCount);

      const sheet = await sheetOf(file.body);
      const width = definition.columns.length;
      expect(sheet.getCell('A1').value).toBe(`汉滨区乡村振兴局 · ${definition.title}`);
      expect(sheet.rowCount).toBe(3 + connection.totalCount);
      expect(rowValues(sheet, 3, width)).toEqual(definition.columns.map((c) => c.header));
      const node = connection.edges[0].node;
      expect(rowValues(sheet, 4, width)).toEqual(definition.columns.map((c) => cellValue(c, c.value(node), enumNames)));
    },
  );

  it('AUDIT_LOG: 动作 and 对象类型 hold the names the API gives them, 动作代码 the code to filter by', async () => {
    const { client, variables } = sweep.AUDIT_LOG;
    const { file } = await exportAndDownload(api, client, { dataset: ExportDataset.AUDIT_LOG, variables });
    const sheet = await sheetOf(file.body);
    const width = EXPORT_DATASETS.AUDIT_LOG.columns.length;
    const headers = rowValues(sheet, 3, width);
    const rows = Array.from({ length: sheet.rowCount - 3 }, (_, i) => rowValues(sheet, 4 + i, width));
    const column = (header: string) => rows.map((row) => row[headers.indexOf(header)]);
    // The project's trail, newest first: the update in beforeAll, then its creation.
    expect(column('动作')).toEqual(['修改项目', '新建项目']);
    expect(column('动作代码')).toEqual(['project.update', 'project.create']);
    expect(column('对象类型')).toEqual(['项目', '项目']);
    // The line under the title says the filter in words, the object type by its name.
    expect(String(sheet.getCell('A2').value)).toMatch(/^筛选：.*对象类型 项目[；｜ ]/);
  });

  it('a town clerk’s export of a town-scoped list holds her town’s rows only, as many as her list', async () => {
    const scoped: { dataset: ExportDataset; variables: Vars }[] = [
      { dataset: ExportDataset.PROJECTS, variables: {} },
      { dataset: ExportDataset.FUND_ALLOCATIONS, variables: { filter: { year: 2021 } } },
      { dataset: ExportDataset.HOUSEHOLDS, variables: {} },
      { dataset: ExportDataset.MONITORING_CASES, variables: {} },
      { dataset: ExportDataset.MONITORING_WARNINGS, variables: {} },
      { dataset: ExportDataset.INDUSTRIAL_PARKS, variables: {} },
      { dataset: ExportDataset.BENEFIT_LINKS, variables: { filter: {}, withHousehold: true } },
      { dataset: ExportDataset.WORK_TEAMS, variables: { filter: { active: true } } },
      { dataset: ExportDataset.FIRST_SECRETARIES, variables: { filter: { active: true } } },
      { dataset: ExportDataset.SUPERVISION_TASKS, variables: {} },
    ];
    // The town's code where the list has it, else its name.
    const town = (row: unknown[], headers: unknown[]) =>
      row[headers.includes('镇办代码') ? headers.indexOf('镇办代码') : headers.indexOf('镇办')];
    for (const { dataset, variables } of scoped) {
      const definition = EXPORT_DATASETS[dataset];
      const { job, file } = await exportAndDownload(api, clerk, { dataset, variables });
      const mine = await clerk(definition.query, { ...variables, first: 1 });
      expect(mine.errors).toBeUndefined();
      const total = mine.data?.[definition.connection].totalCount;
      expect(total, dataset).toBeGreaterThan(0);
      expect(job.totalRows, dataset).toBe(total);
      const all = await api.gql(definition.query, { ...variables, first: 1 });
      expect(all.data?.[definition.connection].totalCount, dataset).toBeGreaterThan(total);

      const sheet = await sheetOf(file.body);
      const width = definition.columns.length;
      const headers = rowValues(sheet, 3, width);
      expect(sheet.rowCount, dataset).toBe(3 + total);
      for (let r = 4; r <= sheet.rowCount; r++) {
        expect([YING_HU.code, YING_HU.name], `${dataset} row ${r}`).toContain(
          town(rowValues(sheet, r, width), headers),
        );
      }
    }
  });

  it('refuses the users, token and audit lists to a town clerk, and queues nothing', async () => {
    const before = await api.ownerQuery('SELECT COUNT(*)::int AS n FROM export_job WHERE user_id = $1', [clerk.userId]);
    for (const dataset of [ExportDataset.USERS, ExportDataset.API_TOKENS, ExportDataset.AUDIT_LOG]) {
      expectRefused(await clerk(START, { input: { dataset, variables: sweep[dataset].variables } }), 'FORBIDDEN');
    }
    const after = await api.ownerQuery('SELECT COUNT(*)::int AS n FROM export_job WHERE user_id = $1', [clerk.userId]);
    expect(after[0].n).toBe(before[0].n);
  });
});
