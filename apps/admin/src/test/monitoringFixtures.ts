// Responses of the monitoring module as the API sends them (demo-like values, masked identifiers).
import { yinghu } from './fixtures';

const town = { __typename: 'Town' as const, code: yinghu.code, name: yinghu.name };
const village = { __typename: 'Village' as const, code: '610902102201', name: '大明村' };

const procedureStep = (
  position: number,
  code: string,
  name: string,
  extra: Partial<{
    actor: 'TOWN' | 'DISTRICT';
    timeLimitDays: number | null;
    minimumDays: number | null;
    canReject: boolean;
    recordsNotice: boolean;
    requiredAttachments: ('CONSENT_FORM' | 'REVIEW_MINUTES' | 'NOTICE_PHOTO')[];
  }> = {},
) => ({
  __typename: 'MonitoringStep' as const,
  position,
  code,
  name,
  actor: 'TOWN' as 'TOWN' | 'DISTRICT',
  timeLimitDays: position === 1 ? null : 3,
  minimumDays: null as number | null,
  canReject: false,
  recordsNotice: false,
  requiredAttachments: [] as ('CONSENT_FORM' | 'REVIEW_MINUTES' | 'NOTICE_PHOTO')[],
  ...extra,
});

/** The 2021 "35845" procedure. */
export const procedureSteps = [
  procedureStep(1, 'RISK_ALERT', '风险预警'),
  procedureStep(2, 'HOME_VISIT', '入户核查'),
  procedureStep(3, 'CONSENT', '承诺授权', { timeLimitDays: 2, requiredAttachments: ['CONSENT_FORM'] }),
  procedureStep(4, 'DATA_CHECK', '信息比对', { timeLimitDays: 5 }),
  procedureStep(5, 'VILLAGE_REVIEW', '民主评议', { canReject: true, requiredAttachments: ['REVIEW_MINUTES'] }),
  procedureStep(6, 'VILLAGE_NOTICE', '村级公示', {
    timeLimitDays: 8,
    minimumDays: 5,
    canReject: true,
    recordsNotice: true,
    requiredAttachments: ['NOTICE_PHOTO'],
  }),
  procedureStep(7, 'TOWN_REVIEW', '镇级审核', { canReject: true }),
  procedureStep(8, 'DISTRICT_APPROVAL', '区级审定', { actor: 'DISTRICT', canReject: true }),
];

const doneStep = (position: number, actedOn: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'MonitoringCaseStep' as const,
  id: `s-${position}`,
  position,
  stepCode: procedureSteps[position - 1].code,
  outcome: 'PASSED' as const,
  actedOn,
  dueOn: position === 1 ? null : actedOn,
  late: false,
  actorName: '瀛湖镇工作人员（yinghu）',
  note: '',
  noticeStart: null as string | null,
  noticeEnd: null as string | null,
  ...extra,
});

/** A case of 瀛湖镇 that has done `done` steps (1 = only the alert) and waits for the next. */
export function monitoringCase(done: number, overrides: Record<string, unknown> = {}) {
  const next = procedureSteps[done] ?? null;
  return {
    __typename: 'MonitoringCase' as const,
    id: 'c-1',
    code: 'JC2026-00183',
    type: 'MARGINAL_AT_RISK' as const,
    channel: 'PLATFORM_ANALYSIS' as const,
    status: 'IDENTIFYING' as const,
    greenChannel: false,
    riskKinds: ['INCOME_DROP' as const],
    openedOn: '2026-11-09',
    nextStepDueOn: next ? '2026-11-25' : null,
    overdue: Boolean(next),
    household: { __typename: 'Household' as const, id: 'h-1', code: '6109021022010004', headName: '徐亮卫' },
    town,
    village,
    nextStep: next,
    reason: '2025 年人均纯收入 6010.50 元，低于当年监测线 8000.00 元',
    completedSteps: done,
    identifiedOn: null,
    closedOn: null,
    version: done,
    updatedAt: '2026-11-21T08:00:00.000Z',
    procedure: {
      __typename: 'MonitoringProcedure' as const,
      id: 'p-2021',
      code: '35845-2021',
      name: '防返贫动态监测对象识别程序（"35845"，2021 版）',
      totalWorkingDays: 20,
      steps: procedureSteps,
    },
    steps: Array.from({ length: done }, (_, i) =>
      doneStep(i + 1, `2026-11-${String(9 + i).padStart(2, '0')}`, i === 2 ? { late: true, dueOn: '2026-11-10' } : {}),
    ),
    attachments: [
      {
        __typename: 'MonitoringAttachment' as const,
        id: 'a-1',
        kind: 'CONSENT_FORM' as const,
        fileName: '承诺授权书.pdf',
        size: 583,
        stepId: 's-3',
        url: '/api/monitoring/attachments/a-1',
      },
    ].filter(() => done >= 3),
    assistance: [],
    elimination: null,
    followUps: [],
    ...overrides,
  };
}

export const member = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'Person' as const,
  id,
  name,
  idNumber: '610902********4598',
  gender: 'MALE' as const,
  birthYear: 1985,
  relation: 'HEAD' as const,
  health: null as string | null,
  education: 'PRIMARY' as const,
  labourSkill: 'ORDINARY' as const,
  workStatus: 'FARMING' as const,
  workPlace: '',
  medicalInsured: true,
  pensionInsured: false,
  familyDoctor: true,
  version: 1,
  ...extra,
});

export const householdRow = (id: string, code: string, headName: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'Household' as const,
  id,
  code,
  headName,
  groupName: '二组',
  category: 'LIFTED' as const,
  relocated: false,
  memberCount: 3,
  town,
  village,
  openCase: null as null | { __typename: 'MonitoringCase'; id: string; code: string; status: string },
  ...extra,
});

/** A household as HouseholdDetailQuery returns it. */
export function householdDetail(extra: Record<string, unknown> = {}) {
  return {
    ...householdRow('h-1', '6109021022010004', '徐亮卫'),
    address: '大明村二组 12 号',
    phone: '178****0851',
    version: 2,
    updatedAt: '2026-11-20T02:00:00.000Z',
    members: [member('p-1', '徐亮卫'), member('p-2', '孔艳芳', { relation: 'SPOUSE', gender: 'FEMALE' })],
    years: [
      {
        __typename: 'HouseholdYear' as const,
        year: 2025,
        wageIncome: '2586.00',
        operatingIncome: '9568.00',
        propertyIncome: '210.00',
        transferIncome: '4724.00',
        compliantExpenses: '4457.00',
        totalIncome: '17088.00',
        memberCount: 3,
        netIncomePerPerson: '4210.33',
        monitoringLine: '8000.00',
        belowLine: true,
        foodClothingSecure: true,
        educationSecure: true,
        medicalSecure: false,
        housingSecure: true,
        waterSecure: true,
        version: 1,
      },
    ],
    cases: [],
    ...extra,
  };
}
