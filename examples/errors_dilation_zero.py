# en: dilation=0: the message depends on the backend
# ko: dilation=0: 메시지가 백엔드에 따라 다릅니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
conv = nn.Conv1d(4, 4, kernel_size=3, dilation=0)
x = torch.randn(2, 4, 10)
print("oneDNN enabled:", torch.backends.mkldnn.enabled)

# %% raises RuntimeError
# en: With oneDNN (the CPU default here).
# ko: oneDNN을 쓸 때(이 CPU 빌드의 기본값).
conv(x)

# %% raises RuntimeError
# en: The same call with oneDNN switched off.
# ko: oneDNN을 끄고 같은 호출을 합니다.
torch.backends.mkldnn.enabled = False
try:
    conv(x)
finally:
    torch.backends.mkldnn.enabled = True
