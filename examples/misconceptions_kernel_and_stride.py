# en: What the kernel_size and stride experiment does not show
# ko: kernel_size와 stride 실험이 보여 주지 못하는 것
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: The experiment: out_channels 3, kernel_size = stride = 1, 2, 3.
# ko: 원래 실험: out_channels 3, kernel_size = stride = 1, 2, 3.
x = torch.randn(3, 3)
for k, s in [(1, 1), (2, 2), (3, 3), (2, 1), (1, 2)]:
    print(f"k={k}, s={s}:", tuple(nn.Conv1d(3, 3, k, stride=s)(x).shape))

# %%
# en: Is sample 3 read? Do two equal layers agree?
# ko: 세 번째 샘플을 읽을까요? 설정이 같은 두 레이어는 같은 값을 낼까요?
conv = nn.Conv1d(3, 3, 2, stride=2)
changed = x.clone()
changed[:, 2] = 1000.0
print("output unchanged:", torch.equal(conv(x), conv(changed)))
a, b = nn.Conv1d(3, 3, 1)(x), nn.Conv1d(3, 3, 1)(x)
print("same values, no seed:", torch.equal(a, b))
