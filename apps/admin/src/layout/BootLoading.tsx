import { layoutText } from './locale';

/** Shown while the shell itself loads: plain markup, no antd (it is not loaded yet). */
export function BootLoading() {
  return (
    <div style={{ padding: '120px 0', textAlign: 'center', color: 'rgba(0,0,0,0.45)', fontSize: 14 }}>
      {layoutText.booting}
    </div>
  );
}
