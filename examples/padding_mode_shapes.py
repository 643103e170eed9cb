# en: padding_mode changes values, not shapes
# ko: padding_mode는 값만 바꾸고 모양은 바꾸지 않습니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: Same layer settings, four modes: same output shape, same parameter count.
# ko: 설정은 같고 모드만 다른 네 레이어: 출력 모양과 매개변수 개수가 같습니다.
x = torch.randn(1, 2, 17)
print("input:", tuple(x.shape))
modes = ["zeros", "reflect", "replicate", "circular"]
for mode in modes:
    conv = nn.Conv1d(2, 3, 3, stride=2, padding=2, dilation=2, padding_mode=mode)
    params = sum(p.numel() for p in conv.parameters())
    print(f"{mode:>9}: output {tuple(conv(x).shape)}, params {params}")

# %%
# en: With padding=0 there is nothing to fill: every mode gives the same output.
# ko: padding=0이면 채울 것이 없으므로 모든 모드의 출력이 같습니다.
base = nn.Conv1d(2, 3, 3)
for mode in modes:
    conv = nn.Conv1d(2, 3, 3, padding_mode=mode)
    conv.load_state_dict(base.state_dict())
    print(f"{mode:>9}: equal to zeros: {torch.equal(conv(x), base(x))}")

# %% raises ValueError
# en: Modes are checked when the layer is built (and are case-sensitive).
# ko: 모드는 레이어를 만들 때 검사합니다(대소문자도 구분합니다).
nn.Conv1d(2, 3, 3, padding=1, padding_mode="constant")
