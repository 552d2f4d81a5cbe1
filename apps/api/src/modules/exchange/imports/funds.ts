import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../../common/viewer';
import { CreateFundAllocationInput, RecordDisbursementInput, UpdateFundAllocationInput } from '../../fund/fund.inputs';
import { Permission } from '../../identity/identity.enums';
import type { ParsedRecord } from '../import-parse';
import { changed, type ImportDefinition, ImportKind, problem, type RowPlan, validated } from './kit';

/** Projects and fund sources named by code, as ids; a project outside the viewer's towns is not found. */
async function lookups(records: ParsedRecord[], manager: EntityManager, viewer: Viewer) {
  const projectCodes = [...new Set(records.map((r) => String(r.values.projectCode ?? '')))];
  const sourceCodes = [...new Set(records.map((r) => String(r.values.fundSourceCode ?? '')))];
  const projects = new Map(
    (await manager.query('SELECT id, code, town_code FROM project WHERE code = ANY($1)', [projectCodes])).map(
      (p: { id: string; code: string; town_code: string }) => [p.code, p],
    ),
  );
  const sources = new Map(
    (await manager.query('SELECT id, code FROM fund_source WHERE code = ANY($1)', [sourceCodes])).map(
      (s: { id: string; code: string }) => [s.code, s.id],
    ),
  );
  return {
    projectCodes,
    /** The row's project and fund source, or the problem naming the one not found. */
    pair(
      row: number,
      values: Record<string, unknown>,
      headerOf: (f: string) => string,
    ): { projectId: string; fundSourceId: string } | RowPlan {
      const found = projects.get(String(values.projectCode)) as { id: string; town_code: string } | undefined;
      if (!found || !viewer.scope.includes(found.town_code)) {
        return problem(row, headerOf('projectCode'), `项目编号不存在或不在您的管辖范围内：${values.projectCode}`);
      }
      const fundSourceId = sources.get(String(values.fundSourceCode)) as string | undefined;
      if (!fundSourceId)
        return problem(row, headerOf('fundSourceCode'), `资金来源编号不存在：${values.fundSourceCode}`);
      return { projectId: found.id, fundSourceId };
    },
  };
}

/** 资金安排, matched on 项目编号 + 资金来源编号 (one allocation per project and source). */
export const FUND_ALLOCATION_IMPORT: ImportDefinition = {
  roundTrip: true,
  title: '资金安排',
  key: ['项目编号', '资金来源编号'],
  columns: [
    {
      header: '项目编号',
      field: 'projectCode',
      kind: ImportKind.TEXT,
      required: true,
      note: '已在项目库中的项目编号',
    },
    {
      header: '资金来源编号',
      field: 'fundSourceCode',
      kind: ImportKind.TEXT,
      required: true,
      note: '资金来源的编号；一个项目在一个来源下只有一笔安排，已有的更新金额、日期和文号',
    },
    { header: '下达日期', field: 'allocatedOn', kind: ImportKind.DATE, required: true, note: '日期，如 2021-03-01' },
    { header: '下达文号', field: 'documentNo', kind: ImportKind.TEXT, note: '可空' },
    {
      header: '安排金额（元）',
      field: 'amount',
      kind: ImportKind.MONEY,
      required: true,
      note: '大于 0，最多两位小数；不能小于已支出金额',
    },
  ],
  ignored: ['项目名称', '镇办', '资金来源', '资金类别', '资金级次', '已支出（元）', '未支出（元）', '支出进度'],
  permission: Permission.ALLOCATION_WRITE,
  async plan({ records, manager, viewer, services, headerOf }) {
    const find = await lookups(records, manager, viewer);
    const existing: Record<string, any>[] = await manager.query(
      `SELECT a.id, a.project_id, a.fund_source_id, a.amount::text AS amount, a.allocated_on::text AS allocated_on,
              a.document_no, a.version
         FROM fund_allocation a JOIN project p ON p.id = a.project_id
        WHERE p.code = ANY($1)`,
      [find.projectCodes],
    );
    const byPair = new Map(existing.map((a) => [`${a.project_id}|${a.fund_source_id}`, a]));
    return async ({ row, values }): Promise<RowPlan> => {
      const pair = find.pair(row, values, headerOf);
      if ('kind' in pair) return pair;
      const { projectId, fundSourceId } = pair;
      const current = byPair.get(`${projectId}|${fundSourceId}`);
      const given = { amount: values.amount, allocatedOn: values.allocatedOn, documentNo: values.documentNo ?? null };
      if (current) {
        const changes = changed(
          { amount: current.amount, allocatedOn: current.allocated_on, documentNo: current.document_no },
          given,
          [],
        );
        if (!changes) return { kind: 'unchanged' };
        const input = Object.assign(new UpdateFundAllocationInput(), changes, { version: current.version });
        return validated('update', input, row, headerOf, () =>
          services.fund.updateAllocation(current.id, input, manager),
        );
      }
      const input = Object.assign(new CreateFundAllocationInput(), { projectId, fundSourceId, ...given });
      return validated('create', input, row, headerOf, () => services.fund.createAllocation(input, manager));
    };
  },
};

/** 资金支出, matched on 凭证号: recorded once, never changed or reversed by a file. */
export const DISBURSEMENT_IMPORT: ImportDefinition = {
  roundTrip: true,
  title: '资金支出',
  key: ['凭证号'],
  columns: [
    {
      header: '凭证号',
      field: 'voucherNo',
      kind: ImportKind.TEXT,
      required: true,
      note: '每笔支出的凭证号，不能重复；已登记的支出不能通过导入修改（更正请在系统中冲销）',
    },
    {
      header: '支付日期',
      field: 'paidOn',
      kind: ImportKind.DATE,
      required: true,
      note: '不早于资金下达日期，不晚于今天',
    },
    {
      header: '金额（元）',
      field: 'amount',
      kind: ImportKind.MONEY,
      required: true,
      note: '大于 0，最多两位小数；不超过该笔安排的剩余额度',
    },
    { header: '收款单位', field: 'payee', kind: ImportKind.TEXT, note: '不超过 100 个字' },
    { header: '项目编号', field: 'projectCode', kind: ImportKind.TEXT, required: true, note: '支出所属项目' },
    {
      header: '资金来源编号',
      field: 'fundSourceCode',
      kind: ImportKind.TEXT,
      required: true,
      note: '支出所用资金来源（须已安排给该项目）',
    },
    {
      header: '冲销的凭证号',
      field: 'reverses',
      kind: ImportKind.TEXT,
      note: '导出的冲销记录带有此列；新的冲销请在系统中办理',
    },
    { header: '备注', field: 'note', kind: ImportKind.TEXT, note: '不超过 500 个字' },
  ],
  ignored: ['项目名称', '镇办', '资金来源', '已冲销（元）'],
  permission: Permission.FUND_WRITE,
  async plan({ records, manager, viewer, services, headerOf }) {
    const find = await lookups(records, manager, viewer);
    const vouchers = records.map((r) => String(r.values.voucherNo ?? ''));
    const existing = new Map(
      (
        await manager.query(
          `SELECT d.voucher_no, d.paid_on::text AS paid_on, d.amount::text AS amount, d.payee, d.note,
                  a.project_id, a.fund_source_id
             FROM disbursement d JOIN fund_allocation a ON a.id = d.allocation_id
            WHERE d.voucher_no = ANY($1)`,
          [vouchers],
        )
      ).map((d: Record<string, string>) => [d.voucher_no, d]),
    );
    const allocations = new Map(
      (
        await manager.query(
          `SELECT a.id, a.project_id, a.fund_source_id FROM fund_allocation a JOIN project p ON p.id = a.project_id
            WHERE p.code = ANY($1)`,
          [find.projectCodes],
        )
      ).map((a: Record<string, string>) => [`${a.project_id}|${a.fund_source_id}`, a.id]),
    );
    return async ({ row, values }): Promise<RowPlan> => {
      const pair = find.pair(row, values, headerOf);
      if ('kind' in pair) return pair;
      const { projectId, fundSourceId } = pair;
      const current = existing.get(String(values.voucherNo)) as Record<string, string> | undefined;
      if (current) {
        const same =
          current.project_id === projectId &&
          current.fund_source_id === fundSourceId &&
          current.paid_on === values.paidOn &&
          current.amount === values.amount &&
          (current.payee ?? '') === (values.payee ?? '') &&
          (current.note ?? '') === (values.note ?? '');
        if (same) return { kind: 'unchanged' };
        return problem(
          row,
          headerOf('voucherNo'),
          `凭证号“${values.voucherNo}”已登记，内容与文件不同；支出登记后不能修改，如需更正请在系统中冲销后重新登记`,
        );
      }
      if (values.reverses) {
        return problem(row, headerOf('reverses'), '冲销不能通过导入办理，请在系统中对原支出办理冲销');
      }
      const allocationId = allocations.get(`${projectId}|${fundSourceId}`);
      if (!allocationId) {
        return problem(row, headerOf('fundSourceCode'), `该项目没有来自资金来源“${values.fundSourceCode}”的资金安排`);
      }
      const input = Object.assign(new RecordDisbursementInput(), {
        allocationId,
        paidOn: values.paidOn,
        amount: values.amount,
        voucherNo: values.voucherNo,
        payee: values.payee ?? undefined,
        note: values.note ?? undefined,
      });
      return validated('create', input, row, headerOf, () => services.fund.recordDisbursement(input, manager));
    };
  },
};
