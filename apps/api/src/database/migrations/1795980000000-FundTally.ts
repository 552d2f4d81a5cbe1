import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The money of the funding summary (资金汇总), kept by triggers in the same transaction as the change,
 * so it is exact at every snapshot:
 * - `fund_tally`: per (project year, town, project category, project status, fund source) the number
 *   of allocations and the sums of their amounts and of what was paid out of them;
 * - `funded_project_tally`: per (year, town, category, status, fund category) the number of projects
 *   with at least one allocation of that fund category; the row whose fund category is NULL counts
 *   projects with any allocation at all (`project_fund_category` holds, per project, how many
 *   allocations of each fund category it has, so a project is counted once per category);
 * The summary by town, project category or source sums a few hundred of these rows instead of
 * joining every allocation of the year with its project (seconds at 100× scale).
 *
 * A payment moves its allocation's `disbursed_amount`, so it updates one `fund_tally` row after the
 * allocation's and the project's (the order every payment takes its locks in); payments of projects
 * in one (year, town, category, status, source) wait for each other's commit on that row. Changing a
 * project's year, town, category or status moves its allocations' share between rows. A fund
 * source's category is reference data nobody edits; if it is edited, the project counts are recounted.
 * The application's role may read the tallies, not write them (the functions run as the owner).
 */
export class FundTally1795980000000 implements MigrationInterface {
  name = 'FundTally1795980000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE fund_tally (
        year smallint NOT NULL,
        town_code character varying(9) NOT NULL,
        category project_category NOT NULL,
        status project_status NOT NULL,
        fund_source_id uuid NOT NULL,
        allocations integer NOT NULL CHECK (allocations >= 0),
        allocated numeric(18,2) NOT NULL CHECK (allocated >= 0),
        disbursed numeric(18,2) NOT NULL CHECK (disbursed >= 0),
        CONSTRAINT fund_tally_key PRIMARY KEY (year, town_code, category, status, fund_source_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE funded_project_tally (
        year smallint NOT NULL,
        town_code character varying(9) NOT NULL,
        category project_category NOT NULL,
        status project_status NOT NULL,
        fund_category fund_category,
        projects integer NOT NULL CHECK (projects >= 0),
        CONSTRAINT funded_project_tally_key UNIQUE NULLS NOT DISTINCT (year, town_code, category, status, fund_category)
      )`);
    // Per project, its allocations of each fund category and (NULL) in all: a project joins or leaves a
    // count above when its number goes from 0 to 1 or from 1 to 0, one row at a time, so a statement
    // that inserts several allocations of one project counts it once.
    await queryRunner.query(`
      CREATE TABLE project_fund_category (
        project_id uuid NOT NULL,
        fund_category fund_category,
        allocations integer NOT NULL CHECK (allocations > 0),
        CONSTRAINT project_fund_category_key UNIQUE NULLS NOT DISTINCT (project_id, fund_category)
      )`);

    // One allocation's share, added (sign 1) or taken away (sign -1) under its project's key. Taking
    // away is an UPDATE (an INSERT's candidate row must pass the CHECKs even when it conflicts); a row
    // missing then means the tally drifted, and the change is refused rather than miscounted.
    await queryRunner.query(`
      CREATE FUNCTION fund_tally_add(p project, source uuid, sign integer, amount numeric, paid numeric)
        RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        IF sign > 0 THEN
          INSERT INTO fund_tally AS t (year, town_code, category, status, fund_source_id, allocations, allocated, disbursed)
          VALUES (p.year, p.town_code, p.category, p.status, source, 1, amount, paid)
          ON CONFLICT ON CONSTRAINT fund_tally_key DO UPDATE
            SET allocations = t.allocations + 1,
                allocated = t.allocated + EXCLUDED.allocated,
                disbursed = t.disbursed + EXCLUDED.disbursed;
        ELSE
          UPDATE fund_tally t
             SET allocations = t.allocations - 1, allocated = t.allocated - amount, disbursed = t.disbursed - paid
           WHERE t.year = p.year AND t.town_code = p.town_code AND t.category = p.category
             AND t.status = p.status AND t.fund_source_id = source;
          IF NOT FOUND THEN
            RAISE EXCEPTION 'fund_tally has no row for project % and source %', p.id, source;
          END IF;
        END IF;
      END $$`);
    // One allocation of a fund category more (delta 1) or less (-1) for a project: the project joins the
    // category's count (and "any") with its first, leaves it with its last.
    await queryRunner.query(`
      CREATE FUNCTION project_fund_category_add(p project, fund fund_category, delta integer)
        RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        c fund_category;
        n integer;
      BEGIN
        FOREACH c IN ARRAY ARRAY[fund, NULL] LOOP
          IF delta > 0 THEN
            INSERT INTO project_fund_category AS t (project_id, fund_category, allocations) VALUES (p.id, c, 1)
            ON CONFLICT ON CONSTRAINT project_fund_category_key DO UPDATE SET allocations = t.allocations + 1
            RETURNING allocations INTO n;
            CONTINUE WHEN n > 1;
            INSERT INTO funded_project_tally AS t (year, town_code, category, status, fund_category, projects)
            VALUES (p.year, p.town_code, p.category, p.status, c, 1)
            ON CONFLICT ON CONSTRAINT funded_project_tally_key DO UPDATE SET projects = t.projects + 1;
          ELSE
            UPDATE project_fund_category SET allocations = allocations - 1
             WHERE project_id = p.id AND fund_category IS NOT DISTINCT FROM c AND allocations > 1
            RETURNING allocations INTO n;
            CONTINUE WHEN n IS NOT NULL;
            DELETE FROM project_fund_category WHERE project_id = p.id AND fund_category IS NOT DISTINCT FROM c;
            IF FOUND THEN
              UPDATE funded_project_tally t SET projects = t.projects - 1
               WHERE t.year = p.year AND t.town_code = p.town_code AND t.category = p.category
                 AND t.status = p.status AND t.fund_category IS NOT DISTINCT FROM c;
            END IF;
            IF NOT FOUND THEN
              RAISE EXCEPTION 'funded_project_tally has no row for project % and fund category %', p.id, c;
            END IF;
          END IF;
        END LOOP;
      END $$`);

    // An allocation created, deleted or changed. A payment changes only disbursed_amount: one UPDATE.
    // The trigger sorts after fund_allocation_sync_project, so the project's row is locked first, and
    // a concurrent change of the same project waits for it (its next statement then sees this one).
    await queryRunner.query(`
      CREATE FUNCTION fund_tally_allocation() RETURNS trigger LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        p project;
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.project_id = NEW.project_id AND OLD.fund_source_id = NEW.fund_source_id THEN
          UPDATE fund_tally t
             SET allocated = t.allocated + (NEW.amount - OLD.amount),
                 disbursed = t.disbursed + (NEW.disbursed_amount - OLD.disbursed_amount)
            FROM project pr
           WHERE pr.id = NEW.project_id AND t.year = pr.year AND t.town_code = pr.town_code
             AND t.category = pr.category AND t.status = pr.status AND t.fund_source_id = NEW.fund_source_id;
          RETURN NULL;
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          SELECT * INTO p FROM project WHERE id = OLD.project_id;
          PERFORM fund_tally_add(p, OLD.fund_source_id, -1, OLD.amount, OLD.disbursed_amount);
          PERFORM project_fund_category_add(p, (SELECT category FROM fund_source WHERE id = OLD.fund_source_id), -1);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          SELECT * INTO p FROM project WHERE id = NEW.project_id;
          PERFORM fund_tally_add(p, NEW.fund_source_id, 1, NEW.amount, NEW.disbursed_amount);
          PERFORM project_fund_category_add(p, (SELECT category FROM fund_source WHERE id = NEW.fund_source_id), 1);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER fund_tally_allocation
        AFTER INSERT OR DELETE OR UPDATE OF project_id, fund_source_id, amount, disbursed_amount ON fund_allocation
        FOR EACH ROW EXECUTE FUNCTION fund_tally_allocation()`);

    // A project moved to another year, town, category or status takes its allocations' share along.
    await queryRunner.query(`
      CREATE FUNCTION fund_tally_project() RETURNS trigger LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        share record;
      BEGIN
        FOR share IN
          SELECT fund_source_id, count(*)::int AS n, sum(amount) AS amount, sum(disbursed_amount) AS disbursed
            FROM fund_allocation WHERE project_id = NEW.id GROUP BY fund_source_id
        LOOP
          UPDATE fund_tally
             SET allocations = allocations - share.n, allocated = allocated - share.amount,
                 disbursed = disbursed - share.disbursed
           WHERE year = OLD.year AND town_code = OLD.town_code AND category = OLD.category
             AND status = OLD.status AND fund_source_id = share.fund_source_id;
          INSERT INTO fund_tally AS t (year, town_code, category, status, fund_source_id, allocations, allocated, disbursed)
          VALUES (NEW.year, NEW.town_code, NEW.category, NEW.status, share.fund_source_id, share.n, share.amount, share.disbursed)
          ON CONFLICT ON CONSTRAINT fund_tally_key DO UPDATE
            SET allocations = t.allocations + EXCLUDED.allocations,
                allocated = t.allocated + EXCLUDED.allocated,
                disbursed = t.disbursed + EXCLUDED.disbursed;
        END LOOP;
        FOR share IN SELECT fund_category FROM project_fund_category WHERE project_id = NEW.id LOOP
          UPDATE funded_project_tally SET projects = projects - 1
           WHERE year = OLD.year AND town_code = OLD.town_code AND category = OLD.category
             AND status = OLD.status AND fund_category IS NOT DISTINCT FROM share.fund_category;
          INSERT INTO funded_project_tally AS t (year, town_code, category, status, fund_category, projects)
          VALUES (NEW.year, NEW.town_code, NEW.category, NEW.status, share.fund_category, 1)
          ON CONFLICT ON CONSTRAINT funded_project_tally_key DO UPDATE SET projects = t.projects + 1;
        END LOOP;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER fund_tally_project AFTER UPDATE OF year, town_code, category, status ON project
        FOR EACH ROW
        WHEN (OLD.year IS DISTINCT FROM NEW.year OR OLD.town_code IS DISTINCT FROM NEW.town_code
              OR OLD.category IS DISTINCT FROM NEW.category OR OLD.status IS DISTINCT FROM NEW.status)
        EXECUTE FUNCTION fund_tally_project()`);

    // Both tallies counted again from the allocations: after TRUNCATE, after a fund source's category
    // changed, and by bulk loads that ran with triggers off.
    await queryRunner.query(`
      CREATE FUNCTION fund_tally_recount() RETURNS void LANGUAGE sql
        SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DELETE FROM fund_tally;
        INSERT INTO fund_tally (year, town_code, category, status, fund_source_id, allocations, allocated, disbursed)
        SELECT p.year, p.town_code, p.category, p.status, a.fund_source_id, count(*), sum(a.amount), sum(a.disbursed_amount)
          FROM fund_allocation a JOIN project p ON p.id = a.project_id
         GROUP BY p.year, p.town_code, p.category, p.status, a.fund_source_id;
        DELETE FROM project_fund_category;
        INSERT INTO project_fund_category (project_id, fund_category, allocations)
        SELECT a.project_id, s.category, count(*)
          FROM fund_allocation a JOIN fund_source s ON s.id = a.fund_source_id
         GROUP BY GROUPING SETS ((a.project_id, s.category), (a.project_id));
        DELETE FROM funded_project_tally;
        INSERT INTO funded_project_tally (year, town_code, category, status, fund_category, projects)
        SELECT p.year, p.town_code, p.category, p.status, c.fund_category, count(*)
          FROM project_fund_category c JOIN project p ON p.id = c.project_id
         GROUP BY p.year, p.town_code, p.category, p.status, c.fund_category;
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION fund_tally_recount_trigger() RETURNS trigger LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        PERFORM fund_tally_recount();
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER fund_tally_truncate AFTER TRUNCATE ON fund_allocation FOR EACH STATEMENT EXECUTE FUNCTION fund_tally_recount_trigger()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER fund_tally_truncate AFTER TRUNCATE ON project FOR EACH STATEMENT EXECUTE FUNCTION fund_tally_recount_trigger()`,
    );
    await queryRunner.query(`
      CREATE TRIGGER fund_tally_source_category AFTER UPDATE OF category ON fund_source
        FOR EACH STATEMENT EXECUTE FUNCTION fund_tally_recount_trigger()`);
    await queryRunner.query('SELECT fund_tally_recount()');
    await queryRunner.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hanbin_app') THEN
          REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON fund_tally, funded_project_tally, project_fund_category FROM hanbin_app;
          GRANT SELECT ON fund_tally, funded_project_tally, project_fund_category TO hanbin_app;
        END IF;
      END $$`);
    // Callable by the triggers (which run as the owner) and by the owner, not by the application.
    await queryRunner.query(`
      REVOKE EXECUTE ON FUNCTION fund_tally_add(project, uuid, integer, numeric, numeric),
        project_fund_category_add(project, fund_category, integer), fund_tally_recount() FROM PUBLIC`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER fund_tally_source_category ON fund_source`);
    await queryRunner.query(`DROP TRIGGER fund_tally_truncate ON project`);
    await queryRunner.query(`DROP TRIGGER fund_tally_truncate ON fund_allocation`);
    await queryRunner.query(`DROP TRIGGER fund_tally_project ON project`);
    await queryRunner.query(`DROP TRIGGER fund_tally_allocation ON fund_allocation`);
    await queryRunner.query(`DROP FUNCTION fund_tally_recount_trigger()`);
    await queryRunner.query(`DROP FUNCTION fund_tally_recount()`);
    await queryRunner.query(`DROP FUNCTION fund_tally_project()`);
    await queryRunner.query(`DROP FUNCTION fund_tally_allocation()`);
    await queryRunner.query(`DROP FUNCTION project_fund_category_add(project, fund_category, integer)`);
    await queryRunner.query(`DROP FUNCTION fund_tally_add(project, uuid, integer, numeric, numeric)`);
    await queryRunner.query(`DROP TABLE project_fund_category`);
    await queryRunner.query(`DROP TABLE funded_project_tally`);
    await queryRunner.query(`DROP TABLE fund_tally`);
  }
}
