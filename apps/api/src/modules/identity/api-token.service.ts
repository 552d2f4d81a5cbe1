import type { DataSource } from 'typeorm';
import { bureauToday } from '../../common/clock';
import { NotFoundError, UserInputError } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { type PageRequest, paginate } from '../../common/pagination';
import type { Viewer } from '../../common/viewer';
import type { AuditService } from '../audit/audit.service';
import { snapshot } from '../audit/audit.service';
import { TownEntity } from '../place/place.entity';
import { ApiTokenEntity } from './identity.entity';
import { Dataset, TokenKind } from './identity.enums';
import type { CreateApiTokenInput } from './identity.inputs';
import { newSecret, sha256 } from './secrets';

const tokenSnapshot = (t: ApiTokenEntity) => snapshot(t, ['tokenHash']);

/** Machine credentials: issued by district administrators, shown once, revocable. */
export class ApiTokenService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
    private readonly audit: AuditService,
  ) {}

  list(includeRevoked: boolean, page: PageRequest) {
    const qb = this.dataSource.getRepository(ApiTokenEntity).createQueryBuilder('t');
    if (!includeRevoked) qb.andWhere('t.revoked_at IS NULL');
    return paginate(qb, page, {
      sort: [{ expression: 't.created_at', value: (t) => t.createdAt.toISOString() }],
      idColumn: 't.id',
      idValue: (t) => t.id,
      direction: 'DESC',
    });
  }

  async create(input: CreateApiTokenInput): Promise<{ token: ApiTokenEntity; secret: string }> {
    const today = bureauToday();
    const maxDate = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
    if (input.expiresOn <= today || input.expiresOn > maxDate) {
      throw UserInputError.field('expiresOn', `到期日须在今天之后、一年之内（不晚于 ${maxDate}）`);
    }
    const datasets = input.kind === TokenKind.BI ? [] : [...new Set(input.datasets)];
    if (input.kind === TokenKind.PARTNER && datasets.length === 0)
      throw UserInputError.field('datasets', '请至少选择一个数据集');
    const townCodes = [...new Set(input.townCodes)].sort();
    if (townCodes.length) {
      const known = await this.dataSource.getRepository(TownEntity).countBy(townCodes.map((code) => ({ code })));
      if (known !== townCodes.length) throw UserInputError.field('townCodes', '镇办代码不存在');
    }
    const secret = `hb_${newSecret(30)}`;
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(ApiTokenEntity);
      const { id } = await repo.save(
        repo.create({
          name: input.name.trim(),
          kind: input.kind,
          datasets: datasets as Dataset[],
          townCodes,
          aggregatesOnly: input.kind === TokenKind.BI,
          prefix: secret.slice(0, 10),
          tokenHash: sha256(secret),
          // The end of the chosen day in the bureau's time zone.
          expiresAt: new Date(`${input.expiresOn}T23:59:59.999+08:00`),
          createdBy: this.viewer.id as string,
        }),
      );
      const token = await repo.findOneByOrFail({ id });
      await this.audit.record(
        { action: 'token.create', entityType: 'api_token', entityId: id, after: tokenSnapshot(token) },
        manager,
      );
      return { token, secret };
    });
  }

  async revoke(id: string): Promise<ApiTokenEntity> {
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(ApiTokenEntity);
      const before = isUuid(id) ? await repo.findOneBy({ id }) : null;
      if (!before) throw new NotFoundError('接口令牌', id);
      await manager.query('UPDATE api_token SET revoked_at = COALESCE(revoked_at, now()) WHERE id = $1', [id]);
      const token = await repo.findOneByOrFail({ id });
      await this.audit.record(
        {
          action: 'token.revoke',
          entityType: 'api_token',
          entityId: id,
          before: tokenSnapshot(before),
          after: tokenSnapshot(token),
        },
        manager,
      );
      return token;
    });
  }
}
