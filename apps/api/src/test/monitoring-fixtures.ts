import { expect } from 'vitest';
import { idCheckCharacter } from '../common/id-number';
import type { Gql, TestApi } from './harness';

/**
 * Builders for the monitoring tests: valid ID numbers that no demo person holds, households made
 * through the API, and cases taken step by step the way a clerk would.
 */
let serial = 0;

/** A valid ID number (registered in Beijing, so no seeded Hanbin person holds it), unique per call. */
export function newIdNumber(birthDate?: string, male = true): string {
  serial += 1;
  const born = birthDate ?? shift('1950-01-01', serial + Math.floor(Math.random() * 9000));
  const seq = male ? 901 + 2 * (serial % 40) : 902 + 2 * (serial % 40);
  const first17 = `110105${born.replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
  return `${first17}${idCheckCharacter(first17)}`;
}

export const HOUSEHOLD_FIELDS = `id code headName address phone category relocated memberCount version
  town { code } village { code name }
  members { id name idNumber gender birthYear relation health education labourSkill workStatus version }
  years { year netIncomePerPerson belowLine monitoringLine version }`;

export const CASE_FIELDS = `id code status type channel riskKinds greenChannel completedSteps nextStepDueOn openedOn
  identifiedOn closedOn version overdue nextStep { code name canReject recordsNotice requiredAttachments minimumDays actor }
  steps { position stepCode outcome actedOn dueOn late actorName note noticeStart noticeEnd }`;

export function headInput(overrides: Record<string, unknown> = {}) {
  return {
    name: '测试户主',
    idNumber: newIdNumber(),
    relation: 'HEAD',
    education: 'JUNIOR_HIGH',
    labourSkill: 'ORDINARY',
    workStatus: 'FARMING',
    ...overrides,
  };
}

export async function createHousehold(gql: Gql, villageCode: string, overrides: Record<string, unknown> = {}) {
  const result = await gql(
    `mutation ($input: CreateHouseholdInput!) { createHousehold(input: $input) { ${HOUSEHOLD_FIELDS} } }`,
    {
      input: {
        villageCode,
        category: 'LIFTED',
        groupName: '二组',
        address: '测试村二组 8 号',
        phone: '13912345678',
        head: headInput(),
        ...overrides,
      },
    },
  );
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data?.createHousehold as { id: string; code: string; version: number; [key: string]: any };
}

export async function openCase(gql: Gql, householdId: string, overrides: Record<string, unknown> = {}) {
  const result = await gql(
    `mutation ($input: OpenMonitoringCaseInput!) { openMonitoringCase(input: $input) { ${CASE_FIELDS} } }`,
    {
      input: {
        householdId,
        type: 'MARGINAL_AT_RISK',
        channel: 'CADRE_VISIT',
        riskKinds: ['ILLNESS'],
        reason: '户主患病住院，医疗支出大',
        ...overrides,
      },
    },
  );
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data?.openMonitoringCase as MonitoringCase;
}

export type MonitoringCase = {
  id: string;
  code: string;
  status: string;
  version: number;
  completedSteps: number;
  nextStepDueOn: string | null;
  nextStep: { code: string; requiredAttachments: string[]; recordsNotice: boolean } | null;
  steps: {
    position: number;
    stepCode: string;
    actedOn: string;
    dueOn: string | null;
    late: boolean;
    outcome: string;
  }[];
  [key: string]: any;
};

/** A one-page PDF, as small as a scanner would never make it. */
export const TINY_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** Uploads a file for a case as the admin does; returns the parsed response and status. */
export async function upload(
  api: TestApi,
  cookie: string,
  caseId: string,
  kind: string,
  body: Buffer = TINY_PDF,
  contentType = 'application/pdf',
) {
  const res = await fetch(
    `${api.url}/api/monitoring/attachments?caseId=${caseId}&kind=${kind}&fileName=${encodeURIComponent(`${kind}.pdf`)}`,
    { method: 'POST', headers: { cookie, 'content-type': contentType }, body: new Uint8Array(body) },
  );
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

export const RECORD_STEP = `mutation ($input: RecordMonitoringStepInput!) { recordMonitoringStep(input: $input) { ${CASE_FIELDS} } }`;

/**
 * Records the case's next step, uploading what it requires; `on` is the day it was done.
 * For the notice step the notice runs the five days before `on`.
 */
export async function recordNext(
  api: TestApi,
  gql: Gql & { cookie: string },
  current: MonitoringCase,
  on: string,
  extra: Record<string, unknown> = {},
) {
  const step = current.nextStep;
  if (!step) throw new Error('no next step');
  const attachmentIds: string[] = [];
  for (const kind of step.requiredAttachments) {
    const uploaded = await upload(api, gql.cookie, current.id, kind);
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
    attachmentIds.push(uploaded.body.id);
  }
  const notice = step.recordsNotice ? { noticeStart: shift(on, -5), noticeEnd: shift(on, -1) } : {};
  return gql(RECORD_STEP, {
    input: {
      caseId: current.id,
      version: current.version,
      stepCode: step.code,
      outcome: 'PASSED',
      actedOn: on,
      note: '经核实属实',
      attachmentIds,
      ...notice,
      ...extra,
    },
  });
}

export function shift(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
