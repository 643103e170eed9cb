# en: dilation=0: the input decides which message appears
# ko: dilation=0: 어느 메시지가 나올지는 입력이 정합니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: The same layer on several inputs. A float32 input goes to oneDNN when
# en: groups > 1, the batch holds more than one sample, or N * C * L > 20480;
# en: otherwise torch's own kernels run, and they check dilation differently.
# ko: 같은 레이어에 여러 입력을 넣습니다. float32 입력은 groups > 1이거나, 배치에 샘플이
# ko: 둘 이상이거나, N * C * L > 20480이면 oneDNN으로 가고, 아니면 torch 자체 커널이
# ko: 실행됩니다. 두 쪽은 dilation을 서로 다르게 검사합니다.
print("oneDNN enabled:", torch.backends.mkldnn.enabled)
conv = nn.Conv1d(4, 4, kernel_size=3, dilation=0)
grouped = nn.Conv1d(4, 4, kernel_size=3, dilation=0, groups=2)
conv64 = nn.Conv1d(4, 4, kernel_size=3, dilation=0, dtype=torch.float64)
cases = [
    ("unbatched (4, 10)", conv, torch.randn(4, 10)),
    ("batch 1, (1, 4, 10)", conv, torch.randn(1, 4, 10)),
    ("batch 8, (8, 4, 10)", conv, torch.randn(8, 4, 10)),
    ("batch 1, groups=2", grouped, torch.randn(1, 4, 10)),
    ("batch 1, 1*4*5120 = 20480", conv, torch.randn(1, 4, 5120)),
    ("batch 1, 1*4*5121 = 20484", conv, torch.randn(1, 4, 5121)),
    ("batch 8, float64", conv64, torch.randn(8, 4, 10, dtype=torch.float64)),
]
for name, layer, x in cases:
    try:
        layer(x)
    except RuntimeError as error:
        print(f"{name}: {error}")

# %% raises RuntimeError
# en: A batch of 8: oneDNN's check.
# ko: 배치 8: oneDNN의 검사입니다.
conv(torch.randn(8, 4, 10))

# %% raises RuntimeError
# en: A batch of 1: torch's own check.
# ko: 배치 1: torch 자체 검사입니다.
conv(torch.randn(1, 4, 10))

# %% raises RuntimeError
# en: The batch of 8 again, with oneDNN switched off.
# ko: 다시 배치 8이지만, oneDNN을 끄고 호출합니다.
torch.backends.mkldnn.enabled = False
try:
    conv(torch.randn(8, 4, 10))
finally:
    torch.backends.mkldnn.enabled = True
