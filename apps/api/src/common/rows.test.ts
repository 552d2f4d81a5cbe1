import { type EntityTarget, type ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { entities } from '../database/entities';
import { DisbursementEntity, FundAllocationEntity, FundSourceEntity } from '../modules/fund/fund.entity';
import { ApiTokenEntity, SessionEntity, UserEntity } from '../modules/identity/identity.entity';
import { Role } from '../modules/identity/identity.enums';
import { startTestApi, type TestApi } from '../test/harness';
import { entitiesOf, insertReturning, jsonRowOf, rowsOfSql, selectListOf, withParentsOf } from './rows';

/** The seeded rows of every entity, read by TypeORM and by the reader, must be the same objects. */
describe('entitiesOf reads what TypeORM reads', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    // A partner token: a row with an enum array, a varchar array, timestamps and a boolean.
    const issued = await api.gql(
      `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }`,
      {
        input: {
          name: '读取测试',
          kind: 'PARTNER',
          datasets: ['PLACES', 'FUNDS'],
          townCodes: ['610902102'],
          expiresOn: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
        },
      },
    );
    expect(issued.errors).toBeUndefined();
  });
  afterAll(() => api?.close());

  it('for every entity with rows: same class, same properties, same values and types', async () => {
    const manager = api.db.dataSource.manager;
    const getMany = vi.spyOn(SelectQueryBuilder.prototype, 'getMany');
    let compared = 0;
    let direct = 0;
    for (const entity of entities as EntityTarget<ObjectLiteral>[]) {
      const query = () => manager.getRepository(entity).createQueryBuilder('x').orderBy('x.ctid::text').limit(200);
      const expected = await query().getMany();
      if (expected.length === 0) continue;
      const before = getMany.mock.calls.length;
      const actual = await entitiesOf(query());
      if (getMany.mock.calls.length === before) direct++;
      expect(actual.length, String(entity)).toBe(expected.length);
      for (let i = 0; i < expected.length; i++) {
        expect(Object.getPrototypeOf(actual[i])).toBe(Object.getPrototypeOf(expected[i]));
        expect(actual[i]).toStrictEqual(expected[i]);
      }
      compared++;
    }
    getMany.mockRestore();
    // The demo data fills most tables; a reader that silently fell back to getMany everywhere would
    // pass the loop above, so count the entities it read itself.
    expect(compared).toBeGreaterThan(20);
    expect(direct).toBe(compared);
  });

  it('jsonRowOf: every entity with rows, nested as JSON, reads back as TypeORM reads it', async () => {
    const { dataSource } = api.db;
    let compared = 0;
    for (const entity of entities as EntityTarget<ObjectLiteral>[]) {
      const metadata = dataSource.getMetadata(entity);
      const expected = await dataSource.manager
        .getRepository(entity)
        .createQueryBuilder('x')
        .orderBy('x.ctid::text')
        .limit(200)
        .getMany();
      if (expected.length === 0) continue;
      const json = jsonRowOf(dataSource, entity, 'x');
      // As a parent nests its children: one JSON value holding all the rows.
      const [{ rows }] = await dataSource.query(
        `SELECT json_agg(${json.sql} ORDER BY x.ctid::text) AS rows
           FROM "${metadata.tableName}" x
          WHERE x.ctid = ANY(ARRAY(SELECT ctid FROM "${metadata.tableName}" ORDER BY ctid::text LIMIT 200))`,
      );
      const actual = (rows as unknown[][]).map((values) => json.read(values));
      expect(actual.length, metadata.name).toBe(expected.length);
      for (let i = 0; i < expected.length; i++) {
        expect(Object.getPrototypeOf(actual[i])).toBe(Object.getPrototypeOf(expected[i]));
        expect(actual[i], metadata.name).toStrictEqual(expected[i]);
      }
      compared++;
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('some columns by property: the same partial objects as TypeORM’s, read without getMany', async () => {
    const manager = api.db.dataSource.manager;
    const getMany = vi.spyOn(SelectQueryBuilder.prototype, 'getMany');
    let compared = 0;
    for (const entity of entities as EntityTarget<ObjectLiteral>[]) {
      const metadata = manager.connection.getMetadata(entity);
      // The primary key and every third column: names that differ from their columns, numbers, dates.
      const properties = [
        ...metadata.primaryColumns.map((c) => c.propertyName),
        ...metadata.columns.filter((c, i) => !c.isPrimary && i % 3 === 1).map((c) => c.propertyName),
      ];
      const query = () =>
        manager
          .getRepository(entity)
          .createQueryBuilder('x')
          .select(properties.map((p) => `x.${p}`))
          .orderBy('x.ctid::text')
          .limit(50);
      const expected = await query().getMany();
      if (expected.length === 0) continue;
      const before = getMany.mock.calls.length;
      const actual = await entitiesOf(query());
      expect(getMany.mock.calls.length, String(entity)).toBe(before);
      expect(actual).toStrictEqual(expected);
      expect(Object.keys(actual[0]).sort(), String(entity)).toEqual([...new Set(properties)].sort());
      compared++;
    }
    getMany.mockRestore();
    expect(compared).toBeGreaterThan(20);
  });

  it('rowsOfSql reads a token, and a session with its user, as TypeORM’s query builder reads them', async () => {
    await api.signInAs(Role.TOWN_STAFF, '610902102');
    const dataSource = api.db.dataSource;
    const token = await dataSource.getRepository(ApiTokenEntity).findOneByOrFail({ name: '读取测试' });
    const [[read]] = await rowsOfSql(
      dataSource,
      `SELECT ${selectListOf(dataSource, ApiTokenEntity, 't')} FROM api_token t WHERE t.id = $1`,
      [token.id],
      [ApiTokenEntity, 't'],
    );
    expect(read).toBeInstanceOf(ApiTokenEntity);
    expect(read).toStrictEqual(token);

    const sessions = await dataSource
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.user', 'u')
      .orderBy('s.id')
      .getMany();
    expect(sessions.length).toBeGreaterThan(0);
    const pairs = await rowsOfSql(
      dataSource,
      `SELECT ${selectListOf(dataSource, SessionEntity, 's')}, ${selectListOf(dataSource, UserEntity, 'u')}
         FROM user_session s JOIN app_user u ON u.id = s.user_id ORDER BY s.id`,
      [],
      [SessionEntity, 's'],
      [UserEntity, 'u'],
    );
    expect(pairs.map(([session, user]) => Object.assign(session, { user }))).toStrictEqual(sessions);
  });

  it('insertReturning gives the row as a later read gives it', async () => {
    const [allocation] = await api.db.dataSource.query(
      `SELECT id, allocated_on::text AS "allocatedOn" FROM fund_allocation WHERE amount - disbursed_amount >= 1 LIMIT 1`,
    );
    const compared = await api.db.dataSource
      .transaction(async (manager) => {
        const inserted = await insertReturning(manager, DisbursementEntity, {
          allocationId: allocation.id,
          paidOn: allocation.allocatedOn,
          amount: '0.01',
          voucherNo: 'ROWS-TEST-1',
          payee: '读取测试',
          note: '',
          reversesId: null,
        });
        const read = await manager.getRepository(DisbursementEntity).findOneByOrFail({ id: inserted.id });
        expect(inserted).toBeInstanceOf(DisbursementEntity);
        expect(inserted).toStrictEqual(read);
        expect(inserted.createdAt).toBeInstanceOf(Date);
        throw new Error('roll back');
      })
      .catch((error: Error) => error.message);
    expect(compared).toBe('roll back');
  });

  it('falls back to TypeORM for a query that joins', async () => {
    const manager = api.db.dataSource.manager;
    const rows = await entitiesOf(
      manager
        .getRepository('VillageEntity')
        .createQueryBuilder('v')
        .innerJoinAndSelect('v.town', 't')
        .where('v.code = :code', { code: '610902001003' }),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].town).toMatchObject({ code: '610902001' });
  });

  it('withParentsOf reads each row and its joined parent as TypeORM reads them', async () => {
    const manager = api.db.dataSource.manager;
    const query = () =>
      manager
        .getRepository(FundAllocationEntity)
        .createQueryBuilder('x')
        .innerJoinAndSelect('x.fundSource', 's')
        .orderBy('x.id')
        .limit(300);
    const expected = await query().getMany();
    const pairs = await withParentsOf<FundAllocationEntity, FundSourceEntity>(query(), 's');
    expect(pairs.length).toBe(expected.length);
    expect(pairs.length).toBeGreaterThan(100);
    pairs.forEach(([allocation, source], i) => {
      const { fundSource, ...columns } = expected[i];
      expect(allocation).toBeInstanceOf(FundAllocationEntity);
      expect(source).toBeInstanceOf(FundSourceEntity);
      expect({ ...allocation }).toStrictEqual({ ...columns });
      expect({ ...source }).toStrictEqual({ ...fundSource });
    });
  });
});
