import type { DataSource, EntityManager } from 'typeorm';
import { bureauToday } from '../../common/clock';
import { ConflictError, type FieldError, NotFoundError, UserInputError } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { revealPurpose } from '../../common/masking';
import { type PageRequest, paginate } from '../../common/pagination';
import { escapeLike } from '../../common/sql';
import type { AuditService } from '../audit/audit.service';
import { snapshot } from '../audit/audit.service';
import { TownEntity } from '../place/place.entity';
import { UserEntity } from './identity.entity';
import { Role, STAFF_ROLES } from './identity.enums';
import type { CreateUserInput, UpdateUserInput, UserFilter } from './identity.inputs';
import { hashPassword, passwordProblems } from './password';

/** What the audit trail keeps of a user: never the password hash. */
const userSnapshot = (user: UserEntity) => snapshot(user, ['passwordHash', 'phone']);

/** "13812345678" → "138****5678": enough to recognise, not enough to call. */

/** Staff accounts, managed by district administrators. */
export class UserService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(filter: UserFilter | undefined, page: PageRequest) {
    const qb = this.dataSource.getRepository(UserEntity).createQueryBuilder('u');
    if (filter?.role) qb.andWhere('u.role = :role', { role: filter.role });
    if (filter?.townCode) qb.andWhere('u.town_code = :townCode', { townCode: filter.townCode });
    if (filter?.search) {
      qb.andWhere(`(u.username ILIKE :s ESCAPE '\\' OR u.display_name ILIKE :s ESCAPE '\\')`, {
        s: `%${escapeLike(filter.search)}%`,
      });
    }
    return paginate(qb, page, {
      sort: [{ expression: 'u.username', value: (u) => u.username }],
      idColumn: 'u.id',
      idValue: (u) => u.id,
      direction: 'ASC',
    });
  }

  private async checkRoleAndTown(
    role: Role,
    townCode: string | null | undefined,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    const errors: FieldError[] = [];
    if (!(STAFF_ROLES as readonly Role[]).includes(role))
      errors.push({ field: 'role', message: '合作单位和 BI 工具请使用接口令牌' });
    if (role === Role.TOWN_STAFF && !townCode) errors.push({ field: 'townCode', message: '镇办工作人员须选择镇办' });
    if (role !== Role.TOWN_STAFF && townCode) errors.push({ field: 'townCode', message: '只有镇办工作人员关联镇办' });
    if (townCode && !(await manager.getRepository(TownEntity).existsBy({ code: townCode }))) {
      errors.push({ field: 'townCode', message: `镇办代码不存在：${townCode}` });
    }
    if (errors.length) throw new UserInputError(errors.map((e) => e.message).join('；'), errors);
  }

  async create(input: CreateUserInput): Promise<UserEntity> {
    const username = input.username.trim().toLowerCase();
    await this.checkRoleAndTown(input.role, input.townCode);
    const problems = passwordProblems(input.initialPassword, username, 'initialPassword');
    if (problems.length) throw new UserInputError(problems[0].message, problems);
    const passwordHash = await hashPassword(input.initialPassword);
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(UserEntity);
      const { id } = await repo.save(
        repo.create({
          username,
          displayName: input.displayName.trim(),
          role: input.role,
          townCode: input.townCode ?? null,
          phone: input.phone ?? null,
          passwordHash,
          mustChangePassword: true,
        }),
      );
      const user = await repo.findOneByOrFail({ id });
      await this.audit.record(
        { action: 'user.create', entityType: 'user', entityId: id, townCode: user.townCode, after: userSnapshot(user) },
        manager,
      );
      return user;
    });
  }

  async update(id: string, input: UpdateUserInput): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(UserEntity);
      const current = isUuid(id)
        ? await repo.createQueryBuilder('u').where('u.id = :id', { id }).setLock('pessimistic_write').getOne()
        : null;
      if (!current) throw new NotFoundError('用户', id);
      if (current.version !== input.version) throw ConflictError.stale('用户');
      const role = input.role ?? current.role;
      const townCode =
        input.townCode !== undefined ? input.townCode : role === Role.TOWN_STAFF ? current.townCode : null;
      await this.checkRoleAndTown(role, townCode, manager);
      const changes: Partial<UserEntity> = { role, townCode };
      if (input.displayName != null) changes.displayName = input.displayName.trim();
      if (input.phone !== undefined) changes.phone = input.phone;
      if (input.disabled !== undefined && input.disabled !== null)
        changes.disabledAt = input.disabled ? (current.disabledAt ?? new Date()) : null;
      await manager
        .createQueryBuilder()
        .update(UserEntity)
        .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id', { id })
        .execute();
      // A disabled account, or one whose role or town changed, starts again from a fresh sign-in.
      if (changes.disabledAt || role !== current.role || townCode !== current.townCode) {
        await manager.query('UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [
          id,
        ]);
      }
      const user = await repo.findOneByOrFail({ id });
      await this.audit.record(
        {
          action: 'user.update',
          entityType: 'user',
          entityId: id,
          townCode: user.townCode,
          before: userSnapshot(current),
          after: userSnapshot(user),
        },
        manager,
      );
      return user;
    });
  }

  async resetPassword(id: string, newPassword: string): Promise<UserEntity> {
    const user = isUuid(id) ? await this.dataSource.getRepository(UserEntity).findOneBy({ id }) : null;
    if (!user) throw new NotFoundError('用户', id);
    const problems = passwordProblems(newPassword, user.username);
    if (problems.length) throw new UserInputError(problems[0].message, problems);
    const passwordHash = await hashPassword(newPassword);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE app_user SET password_hash = $2, must_change_password = true, failed_attempts = 0, locked_until = NULL,
                version = version + 1, updated_at = now() WHERE id = $1`,
        [id, passwordHash],
      );
      await manager.query('UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [id]);
      await this.audit.record(
        { action: 'user.reset_password', entityType: 'user', entityId: id, townCode: user.townCode },
        manager,
      );
      return manager.getRepository(UserEntity).findOneByOrFail({ id });
    });
  }

  async unlock(id: string): Promise<UserEntity> {
    const user = isUuid(id) ? await this.dataSource.getRepository(UserEntity).findOneBy({ id }) : null;
    if (!user) throw new NotFoundError('用户', id);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        'UPDATE app_user SET failed_attempts = 0, locked_until = NULL, updated_at = now() WHERE id = $1',
        [id],
      );
      await this.audit.record(
        {
          action: 'user.unlock',
          entityType: 'user',
          entityId: id,
          townCode: user.townCode,
          details: { wasLockedUntil: user.lockedUntil?.toISOString() ?? null },
        },
        manager,
      );
      return manager.getRepository(UserEntity).findOneByOrFail({ id });
    });
  }

  /** Shows a phone number in clear to someone allowed to, for a stated purpose, and records it. */
  async revealPhone(id: string, purpose: string): Promise<string | null> {
    const reason = revealPurpose(purpose);
    const user = isUuid(id) ? await this.dataSource.getRepository(UserEntity).findOneBy({ id }) : null;
    if (!user) throw new NotFoundError('用户', id);
    await this.audit.record({
      action: 'pii.reveal',
      entityType: 'user',
      entityId: id,
      townCode: user.townCode,
      details: { field: 'phone', purpose: reason, on: bureauToday() },
    });
    return user.phone;
  }
}
