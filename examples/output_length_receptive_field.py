# en: Receptive field of stacked layers: formula and gradient
# ko: 쌓은 레이어의 수용 영역: 공식과 기울기로 확인하기
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: RF = 1 + sum over layers of d*(k-1)*(product of earlier strides)
# ko: RF = 1 + 각 레이어의 d*(k-1)*(앞선 레이어 stride의 곱)의 합
def rf_formula(layers):
    rf, jump = 1, 1
    for k, s, d in layers:
        rf += d * (k - 1) * jump
        jump *= s
    return rf


# %%
# en: Measure it: which inputs does one output depend on?
# ko: 직접 재기: 출력 하나가 어떤 입력에 의존하는지 기울기로 봅니다.
def rf_measured(layers, length=64):
    convs = [nn.Conv1d(1, 1, k, stride=s, dilation=d) for k, s, d in layers]
    x = torch.randn(1, 1, length, requires_grad=True)
    y = x
    for conv in convs:
        y = conv(y)
    y[0, 0, 0].backward()
    touched = x.grad[0, 0].nonzero().flatten()
    return int(touched[-1] - touched[0] + 1)


# %%
# en: Each layer is (k, s, d).
# ko: 레이어마다 (k, s, d)입니다.
stacks = {
    "3 x (k3)": [(3, 1, 1)] * 3,
    "3 x (k3, s2)": [(3, 2, 1)] * 3,
    "k3, d=1,2,4,8": [(3, 1, d) for d in (1, 2, 4, 8)],
    "2 x (k5)": [(5, 1, 1)] * 2,
}
for name, layers in stacks.items():
    print(f"{name}: formula {rf_formula(layers)},"
          f" measured {rf_measured(layers)}")
