import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderComponent } from '../test/render';
import { purposeProblem, RevealButton } from './RevealButton';

function renderReveal(onReveal: (purpose: string) => Promise<string | null>) {
  return renderComponent(
    <span>
      610902********123X
      <RevealButton
        ariaLabel="查看张三的身份证号"
        title="查看身份证号：张三"
        notice="身份证号属于敏感个人信息。查看将记入审计日志（查看人、时间、事由）。"
        testId="revealed"
        emptyText="未登记"
        onReveal={onReveal}
      />
    </span>,
  );
}

const purposeField = () => within(screen.getByRole('dialog')).getByLabelText('查看事由');
const submit = () => fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: /查\s*看/ }));

describe('RevealButton (查看 a masked identifier)', () => {
  it('asks a purpose of 5–200 characters before asking the API', async () => {
    const onReveal = vi.fn(async () => '11010519491231002X');
    renderReveal(onReveal);
    fireEvent.click(screen.getByRole('button', { name: '查看张三的身份证号' }));
    expect(await screen.findByText(/查看将记入审计日志/)).toBeTruthy();
    submit();
    expect(await screen.findByText('请填写查看事由')).toBeTruthy();
    fireEvent.change(purposeField(), { target: { value: '核实' } });
    submit();
    expect(await screen.findByText('事由须为 5–200 个字')).toBeTruthy();
    expect(onReveal).not.toHaveBeenCalled();
  });

  it('sends the trimmed purpose and shows the answer for 30 seconds', async () => {
    const onReveal = vi.fn(async () => '11010519491231002X');
    renderReveal(onReveal);
    fireEvent.click(screen.getByRole('button', { name: '查看张三的身份证号' }));
    fireEvent.change(await screen.findByLabelText('查看事由'), { target: { value: '  办理医保参保核对  ' } });
    submit();
    expect((await screen.findByTestId('revealed')).textContent).toContain('11010519491231002X');
    expect(onReveal).toHaveBeenCalledWith('办理医保参保核对');
    expect(screen.getByText('30 秒后自动隐藏')).toBeTruthy();
  });

  it('keeps the dialog open with the API’s message when it refuses', async () => {
    renderReveal(async () => {
      throw new Error('无权查看该人员的身份证号');
    });
    fireEvent.click(screen.getByRole('button', { name: '查看张三的身份证号' }));
    fireEvent.change(await screen.findByLabelText('查看事由'), { target: { value: '办理医保参保核对' } });
    submit();
    await waitFor(() => expect(screen.getAllByText('无权查看该人员的身份证号').length).toBeGreaterThan(0));
    expect(screen.queryByTestId('revealed')).toBeNull();
    expect(screen.getByLabelText('查看事由')).toBeTruthy();
  });

  it('checks the purpose as the API does', () => {
    expect(purposeProblem(undefined)).toBe('请填写查看事由');
    expect(purposeProblem('    ')).toBe('请填写查看事由');
    expect(purposeProblem('四个字符')).toBe('事由须为 5–200 个字');
    expect(purposeProblem(' 五个字符呀 ')).toBeNull();
    expect(purposeProblem('字'.repeat(201))).toBe('事由须为 5–200 个字');
  });
});
