import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rules about money that must hold whatever the application does, kept in the database:
 * - a disbursement moves its allocation's `disbursed_amount`, whose CHECK refuses overspending; the
 *   UPDATE takes the allocation's row lock, so concurrent payments are serialised, never both accepted;
 * - a reversal names a positive payment of the same allocation and never takes back more than it paid;
 * - disbursements are append-only: history is corrected by a negative row, never edited;
 * - project totals follow their allocations.
 */
export class MoneyGuards1795921597208 implements MigrationInterface {
  name = 'MoneyGuards1795921597208';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION disbursement_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        original disbursement%ROWTYPE;
        already_reversed numeric(18,2);
      BEGIN
        IF NEW.reverses_id IS NOT NULL THEN
          SELECT * INTO original FROM disbursement WHERE id = NEW.reverses_id FOR UPDATE;
          IF original.reverses_id IS NOT NULL OR original.allocation_id <> NEW.allocation_id THEN
            RAISE EXCEPTION 'a reversal must name a payment of the same allocation'
              USING ERRCODE = 'check_violation', CONSTRAINT = 'disbursement_reversal_target_check';
          END IF;
          SELECT COALESCE(SUM(amount), 0) INTO already_reversed FROM disbursement WHERE reverses_id = NEW.reverses_id;
          IF original.amount + already_reversed + NEW.amount < 0 THEN
            RAISE EXCEPTION 'a reversal cannot exceed what the payment paid'
              USING ERRCODE = 'check_violation', CONSTRAINT = 'disbursement_reversal_amount_check';
          END IF;
        END IF;
        UPDATE fund_allocation SET disbursed_amount = disbursed_amount + NEW.amount WHERE id = NEW.allocation_id;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER disbursement_apply BEFORE INSERT ON disbursement FOR EACH ROW EXECUTE FUNCTION disbursement_apply()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION disbursement_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'disbursements are append-only; record a reversal instead'
          USING ERRCODE = 'restrict_violation', CONSTRAINT = 'disbursement_append_only';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER disbursement_append_only BEFORE UPDATE OR DELETE ON disbursement FOR EACH ROW EXECUTE FUNCTION disbursement_append_only()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION fund_allocation_sync_project() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          UPDATE project SET allocated_amount = allocated_amount - OLD.amount,
                             disbursed_amount = disbursed_amount - OLD.disbursed_amount
           WHERE id = OLD.project_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          UPDATE project SET allocated_amount = allocated_amount + NEW.amount,
                             disbursed_amount = disbursed_amount + NEW.disbursed_amount
           WHERE id = NEW.project_id;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER fund_allocation_sync_project
        AFTER INSERT OR DELETE OR UPDATE OF amount, disbursed_amount, project_id ON fund_allocation
        FOR EACH ROW EXECUTE FUNCTION fund_allocation_sync_project()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER fund_allocation_sync_project ON fund_allocation`);
    await queryRunner.query(`DROP FUNCTION fund_allocation_sync_project()`);
    await queryRunner.query(`DROP TRIGGER disbursement_append_only ON disbursement`);
    await queryRunner.query(`DROP FUNCTION disbursement_append_only()`);
    await queryRunner.query(`DROP TRIGGER disbursement_apply ON disbursement`);
    await queryRunner.query(`DROP FUNCTION disbursement_apply()`);
  }
}
