import type { DataSource } from 'typeorm';
import { AppError } from '../../common/errors';
import type { Viewer } from '../../common/viewer';
import { userViewer } from '../identity/authenticate';
import { UserEntity } from '../identity/identity.entity';

/**
 * The owner of a background job as they are now, to run it as them: a disabled account's job stops
 * (with `stopped` as the reason), a changed town or role narrows what it reads and writes.
 */
export async function ownerViewer(dataSource: DataSource, userId: string, stopped: string): Promise<Viewer> {
  const user = await dataSource.getRepository(UserEntity).findOneBy({ id: userId });
  if (!user || user.disabledAt) throw new AppError('FORBIDDEN', stopped);
  return userViewer(user, '');
}
