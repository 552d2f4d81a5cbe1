import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AntdProviders } from '../../../layout/AntdProviders';
import { TokenSecretDialog } from './TokenSecretDialog';

const issued = { name: '区卫健局数据接口', prefix: 'hbt_3Jd9', secret: 'hbt_3Jd9kQ2mZx7LwP4sV8nR1cT6yB5gH0aE' };

describe('TokenSecretDialog', () => {
  it('closes only through its button: not by Esc, not by the mask, not by a close icon', () => {
    const onClose = vi.fn();
    render(
      <AntdProviders>
        <TokenSecretDialog issued={issued} onClose={onClose} />
      </AntdProviders>,
    );
    expect(screen.getByRole('dialog')).toBeTruthy();
    fireEvent.keyDown(window, { key: 'Escape', code: 'Escape', keyCode: 27 });
    fireEvent.keyDown(document.body, { key: 'Escape', code: 'Escape', keyCode: 27 });
    const wrap = document.querySelector('.ant-modal-wrap') as HTMLElement;
    fireEvent.mouseDown(wrap);
    fireEvent.mouseUp(wrap);
    fireEvent.click(wrap);
    expect(onClose).not.toHaveBeenCalled();
    expect(document.querySelector('.ant-modal-close')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '我已复制并妥善保存' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
