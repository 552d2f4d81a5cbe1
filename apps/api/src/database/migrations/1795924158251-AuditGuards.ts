import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail cannot be rewritten by the application: UPDATE is refused, and DELETE only reaches
 * rows older than the 180-day retention period (for a retention job). The trigger holds for every
 * database role, the application's included.
 */
export class AuditGuards1795924158251 implements MigrationInterface {
  name = 'AuditGuards1795924158251';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND OLD.at < now() - interval '180 days' THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'the audit trail is append-only'
          USING ERRCODE = 'restrict_violation', CONSTRAINT = 'audit_log_append_only';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION audit_log_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the audit trail cannot be truncated'
          USING ERRCODE = 'restrict_violation', CONSTRAINT = 'audit_log_append_only';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_no_truncate()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_log_no_truncate ON audit_log`);
    await queryRunner.query(`DROP FUNCTION audit_log_no_truncate()`);
    await queryRunner.query(`DROP TRIGGER audit_log_append_only ON audit_log`);
    await queryRunner.query(`DROP FUNCTION audit_log_append_only()`);
  }
}
