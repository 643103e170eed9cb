# en: F.conv1d has no padding_mode: pad with F.pad
# ko: F.conv1d에는 padding_mode가 없으니 F.pad로 패딩합니다
# %%
import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: F.pad with the mode, then F.conv1d without padding: the layer's output, for each mode.
# ko: 모드를 준 F.pad 다음에 패딩 없는 F.conv1d를 쓰면, 모드마다 레이어의 출력과 같습니다.
x = torch.randn(1, 2, 10)
for mode in ["reflect", "replicate", "circular"]:
    conv = nn.Conv1d(2, 4, 3, padding=1, padding_mode=mode)
    by_function = F.conv1d(F.pad(x, (1, 1), mode=mode), conv.weight, conv.bias)
    print(f"{mode:9}: equal {torch.equal(conv(x), by_function)}")

# %%
# en: F.pad also pads one side only: 2 on the left gives a causal filter of 3 taps.
# ko: F.pad는 한쪽만 패딩할 수도 있습니다. 왼쪽에 2를 주면 탭 3개짜리 인과 필터가 됩니다.
print("causal:", tuple(F.conv1d(F.pad(x, (2, 0)), conv.weight, conv.bias).shape))

# %% raises TypeError
# en: Passing padding_mode to the function.
# ko: 함수에 padding_mode를 넘깁니다.
F.conv1d(x, conv.weight, conv.bias, padding=1, padding_mode="reflect")
