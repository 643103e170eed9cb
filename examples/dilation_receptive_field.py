# en: Receptive field of stacked dilated layers, measured by gradients
# ko: 딜레이션 레이어를 쌓았을 때의 수용 영역을 기울기로 측정하기
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)


# en: How many input positions can change output position 0?
# ko: 출력 위치 0에 영향을 주는 입력 위치는 몇 개인가?
def receptive_field(dilations, k=3, length=64):
    layers = [nn.Conv1d(1, 1, k, dilation=d) for d in dilations]
    x = torch.randn(1, 1, length, requires_grad=True)
    y = nn.Sequential(*layers)(x)
    y[0, 0, 0].backward()
    reached = (x.grad[0, 0] != 0).nonzero().flatten().tolist()
    params = sum(p.numel() for layer in layers for p in layer.parameters())
    print("output:", tuple(y.shape), "parameters:", params)
    return reached


# %%
# en: Four layers, kernel size 3, dilations 1, 2, 4, 8.
# ko: 커널 크기 3인 레이어 4개, 딜레이션 1, 2, 4, 8.
reached = receptive_field([1, 2, 4, 8])
print(f"inputs {reached[0]}..{reached[-1]}: {len(reached)} positions")
print("formula 1 + 2*(1 + 2 + 4 + 8) =", 1 + 2 * (1 + 2 + 4 + 8))

# %%
# en: The same four layers without dilation see much less.
# ko: 딜레이션 없이 같은 레이어 4개를 쌓으면 훨씬 좁게 봅니다.
reached = receptive_field([1, 1, 1, 1])
print(f"inputs {reached[0]}..{reached[-1]}: {len(reached)} positions")
print("formula 1 + 2*(1 + 1 + 1 + 1) =", 1 + 2 * (1 + 1 + 1 + 1))

# %%
# en: Equal dilations leave gaps: only every 4th position is reached.
# ko: 같은 딜레이션만 쌓으면 빈틈이 생깁니다. 4칸마다 한 위치만 닿습니다.
reached = receptive_field([4, 4, 4])
print("reached:", reached)
print(f"{len(reached)} of {reached[-1] + 1} positions in the span")
