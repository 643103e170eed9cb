# en: Output length and weight shape for several kernel sizes
# ko: kernel_size에 따른 출력 길이와 가중치 모양
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: Length 10, stride 1, no padding; only kernel_size changes.
# ko: 길이 10, stride 1, 패딩 없음. kernel_size만 바꿉니다.
x = torch.randn(1, 2, 10)
print("input:", tuple(x.shape))
for k in [1, 3, 5, 7]:
    conv = nn.Conv1d(2, 4, kernel_size=k)
    L_out = conv(x).shape[-1]
    print(f"k={k}: L_out {L_out} = 10 - ({k} - 1)")

# %%
# en: The kernel size is the last axis of the weight.
# ko: 커널 크기는 가중치의 마지막 축입니다.
for k in [1, 3, 5, 7]:
    conv = nn.Conv1d(2, 4, kernel_size=k)
    params = sum(p.numel() for p in conv.parameters())
    print(f"k={k}: weight {tuple(conv.weight.shape)}, params {params}")

# %%
# en: With stride 2 the length falls in steps: two kernel sizes share each length.
# ko: stride가 2이면 길이가 계단식으로 줄어, 커널 크기 두 개가 같은 길이를 냅니다.
for k in [3, 4, 5, 6]:
    conv = nn.Conv1d(2, 4, kernel_size=k, stride=2)
    print(f"stride 2, k={k}: L_out {conv(x).shape[-1]}")
