import type { DataSource, EntityManager } from 'typeorm';
import { UserInputError } from '../../common/errors';
import { type PageRequest, paginate } from '../../common/pagination';
import { escapeLike } from '../../common/sql';
import type { TownScope } from '../../common/viewer';
import { DistrictEntity, TownEntity, VillageEntity } from './place.entity';
import type { VillageFilter } from './place.inputs';

export class PlaceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: TownScope,
  ) {}

  district(): Promise<DistrictEntity> {
    return this.dataSource.getRepository(DistrictEntity).findOneOrFail({ where: {} });
  }

  towns(): Promise<TownEntity[]> {
    return this.scope
      .apply(this.dataSource.getRepository(TownEntity).createQueryBuilder('t'), 't.code')
      .orderBy('t.code')
      .getMany();
  }

  villages(filter: VillageFilter | undefined, page: PageRequest) {
    const qb = this.scope.apply(this.dataSource.getRepository(VillageEntity).createQueryBuilder('v'), 'v.town_code');
    if (filter?.townCode) qb.andWhere('v.town_code = :townCode', { townCode: filter.townCode });
    if (filter?.category) qb.andWhere(':category = ANY(v.categories)', { category: filter.category });
    if (filter?.search) qb.andWhere(`v.name ILIKE :search ESCAPE '\\'`, { search: `%${escapeLike(filter.search)}%` });
    return paginate(qb, page, {
      sort: [{ expression: 'v.code', value: (v) => v.code }],
      idColumn: 'v.code',
      idValue: (v) => v.code,
      direction: 'ASC',
    });
  }

  /**
   * Checks that a town exists and, if given, that the village belongs to it; the errors name the
   * input field so a form can show them in place.
   */
  async assertPlace(manager: EntityManager, townCode: string, villageCode: string | null | undefined): Promise<void> {
    const town = await manager.getRepository(TownEntity).findOneBy({ code: townCode });
    if (!town) throw UserInputError.field('townCode', `镇办代码不存在：${townCode}`);
    if (villageCode) {
      const village = await manager.getRepository(VillageEntity).findOneBy({ code: villageCode });
      if (!village) throw UserInputError.field('villageCode', `村（社区）代码不存在：${villageCode}`);
      if (village.townCode !== townCode) {
        throw UserInputError.field('villageCode', `${village.name}不属于所选镇办`);
      }
    }
  }
}
