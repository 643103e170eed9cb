# en: padding, padding_mode, dilation, groups and bias all matter
# ko: padding, padding_mode, dilation, groups, bias도 모두 중요합니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: Conv1d(3, 3, 3) on length 10, one setting at a time.
# ko: 길이 10 입력에 Conv1d(3, 3, 3), 설정은 하나씩만 바꿉니다.
x = torch.randn(1, 3, 10)
for kw in [{}, {"padding": 1}, {"dilation": 2}, {"groups": 3},
           {"bias": False}]:
    conv = nn.Conv1d(3, 3, 3, **kw)
    n = sum(p.numel() for p in conv.parameters())
    print(kw, "L_out", conv(x).shape[-1], "params", n)

# %%
# en: padding_mode: same weights, other border values.
# ko: padding_mode: 가중치는 같고 가장자리 값만 다릅니다.
a = nn.Conv1d(3, 3, 3, padding=1)
b = nn.Conv1d(3, 3, 3, padding=1, padding_mode="reflect")
b.load_state_dict(a.state_dict())
print("differ at:", (a(x) != b(x))[0, 0].nonzero().flatten().tolist())
