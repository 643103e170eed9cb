# en: kernel_size=0: the input decides which message appears
# ko: kernel_size=0: 어느 메시지가 나올지는 입력이 정합니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: Building it only warns (the weight has no elements).
# ko: 만들 때는 경고만 나옵니다(가중치에 원소가 없습니다).
conv = nn.Conv1d(4, 4, kernel_size=0)
grouped = nn.Conv1d(4, 4, kernel_size=0, groups=2)

# %%
# en: The same rule as for dilation=0: oneDNN for a float32 input when
# en: groups > 1, the batch holds more than one sample, or N * C * L > 20480.
# en: Only the first sentence of each message is printed here.
# ko: dilation=0과 같은 규칙입니다. float32 입력은 groups > 1이거나, 배치에 샘플이
# ko: 둘 이상이거나, N * C * L > 20480이면 oneDNN으로 갑니다.
# ko: 여기서는 메시지의 첫 문장만 출력합니다.
cases = [
    ("unbatched (4, 10)", conv, torch.randn(4, 10)),
    ("batch 1, (1, 4, 10)", conv, torch.randn(1, 4, 10)),
    ("batch 8, (8, 4, 10)", conv, torch.randn(8, 4, 10)),
    ("batch 1, groups=2", grouped, torch.randn(1, 4, 10)),
    ("batch 1, 1*4*5121 = 20484", conv, torch.randn(1, 4, 5121)),
]
for name, layer, x in cases:
    try:
        layer(x)
    except RuntimeError as error:
        print(f"{name}: {str(error).split('. ')[0]}")

# %% raises RuntimeError
# en: A batch of 8: oneDNN, whose message names no parameter.
# ko: 배치 8: oneDNN이며, 메시지에 인자 이름이 나오지 않습니다.
conv(torch.randn(8, 4, 10))

# %% raises RuntimeError
# en: A batch of 1: torch's own check.
# ko: 배치 1: torch 자체 검사입니다.
conv(torch.randn(1, 4, 10))
