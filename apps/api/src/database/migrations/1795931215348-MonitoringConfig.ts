import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reference data the monitoring module needs on any server, and its guards:
 * - the 2021 version of the identification procedure (the eight steps of "35845", DOMAIN.md), with
 *   each step's time limit in working days; later versions are rows, not code;
 * - the 2021 public holidays and make-up working days (国办发明电〔2020〕27号), so limits count
 *   working days as the bureau does; later years are entered by the bureau (setCalendarDays);
 * - the steps of a case are append-only: history is never rewritten.
 */
const PROCEDURE_2021 = '00000000-0000-4000-8000-000000002021';

const STEPS: [number, string, string, 'TOWN' | 'DISTRICT', number | null, number | null, boolean, boolean, string[]][] =
  [
    // position, code, name, actor, limit (working days), minimum (days), can reject, records notice, attachments
    [1, 'RISK_ALERT', '风险预警', 'TOWN', null, null, false, false, []],
    [2, 'HOME_VISIT', '入户核查', 'TOWN', 3, null, false, false, []],
    [3, 'CONSENT', '承诺授权', 'TOWN', 2, null, false, false, ['CONSENT_FORM']],
    [4, 'DATA_CHECK', '信息比对', 'TOWN', 5, null, false, false, []],
    [5, 'VILLAGE_REVIEW', '民主评议', 'TOWN', 3, null, true, false, ['REVIEW_MINUTES']],
    [6, 'VILLAGE_NOTICE', '村级公示', 'TOWN', 8, 5, true, true, ['NOTICE_PHOTO']],
    [7, 'TOWN_REVIEW', '镇级审核', 'TOWN', 3, null, true, false, []],
    [8, 'DISTRICT_APPROVAL', '区级审定', 'DISTRICT', 3, null, true, false, []],
  ];

const HOLIDAYS_2021: [string, string, string, boolean][] = [
  ['2021-01-01', '2021-01-03', '元旦', false],
  ['2021-02-07', '2021-02-07', '春节调休上班', true],
  ['2021-02-11', '2021-02-17', '春节', false],
  ['2021-02-20', '2021-02-20', '春节调休上班', true],
  ['2021-04-03', '2021-04-05', '清明节', false],
  ['2021-04-25', '2021-04-25', '劳动节调休上班', true],
  ['2021-05-01', '2021-05-05', '劳动节', false],
  ['2021-05-08', '2021-05-08', '劳动节调休上班', true],
  ['2021-06-12', '2021-06-14', '端午节', false],
  ['2021-09-18', '2021-09-18', '中秋节调休上班', true],
  ['2021-09-19', '2021-09-21', '中秋节', false],
  ['2021-09-26', '2021-09-26', '国庆节调休上班', true],
  ['2021-10-01', '2021-10-07', '国庆节', false],
  ['2021-10-09', '2021-10-09', '国庆节调休上班', true],
];

export class MonitoringConfig1795931215348 implements MigrationInterface {
  name = 'MonitoringConfig1795931215348';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO monitoring_procedure (id, code, name, effective_from, total_working_days)
       VALUES ($1, '35845-2021', '防返贫动态监测对象识别程序（"35845"，2021 版）', '2021-01-01', 20)`,
      [PROCEDURE_2021],
    );
    for (const [position, code, name, actor, limit, minimum, canReject, recordsNotice, attachments] of STEPS) {
      await queryRunner.query(
        `INSERT INTO monitoring_procedure_step
           (procedure_id, position, code, name, actor, time_limit_days, minimum_days, can_reject, records_notice, required_attachments)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::attachment_kind[])`,
        [PROCEDURE_2021, position, code, name, actor, limit, minimum, canReject, recordsNotice, attachments],
      );
    }
    for (const [from, to, name, working] of HOLIDAYS_2021) {
      await queryRunner.query(
        `INSERT INTO calendar_day (day, working, name)
         SELECT d::date, $3, $4 FROM generate_series($1::date, $2::date, interval '1 day') AS d`,
        [from, to, working, name],
      );
    }
    await queryRunner.query(`
      CREATE FUNCTION monitoring_case_step_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the steps of a monitoring case are append-only'
          USING ERRCODE = 'restrict_violation', CONSTRAINT = 'monitoring_case_step_append_only';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER monitoring_case_step_append_only BEFORE UPDATE OR DELETE ON monitoring_case_step FOR EACH ROW EXECUTE FUNCTION monitoring_case_step_append_only()`,
    );
    await queryRunner.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hanbin_app') THEN
          REVOKE UPDATE, DELETE, TRUNCATE ON monitoring_case_step FROM hanbin_app;
        END IF;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER monitoring_case_step_append_only ON monitoring_case_step`);
    await queryRunner.query(`DROP FUNCTION monitoring_case_step_append_only()`);
    await queryRunner.query(`DELETE FROM calendar_day WHERE day BETWEEN '2021-01-01' AND '2021-12-31'`);
    await queryRunner.query(`DELETE FROM monitoring_procedure WHERE id = $1`, [PROCEDURE_2021]);
  }
}
