import { Spin } from 'antd';
import { commonText } from '../lib/locale';

/** Shown while a lazily loaded screen arrives. */
export function PageLoading() {
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: '96px 0' }}>
      <Spin description={commonText.loading} />
    </div>
  );
}
