# en: device='meta': shapes without data
# ko: device='meta': 데이터 없이 모양만
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: A layer on the meta device has shapes but no values.
# ko: meta 장치의 레이어는 모양만 있고 값은 없습니다.
conv = nn.Conv1d(256, 512, kernel_size=5, device="meta")
print("weight:", tuple(conv.weight.shape), conv.weight.device)
print("parameters:", sum(p.numel() for p in conv.parameters()))

# %%
# en: A meta input gives the output shape without computing anything.
# ko: meta 입력을 넣으면 아무것도 계산하지 않고 출력 모양만 얻습니다.
y = conv(torch.empty(8, 256, 1000, device="meta"))
print("output:", tuple(y.shape), y.device)

# %%
# en: To use the layer, allocate real memory and initialize it.
# ko: 실제로 쓰려면 메모리를 할당하고 초기화합니다.
real = nn.Conv1d(256, 512, kernel_size=5, device="meta")
real = real.to_empty(device="cpu")
real.reset_parameters()
print("weight:", real.weight.device, real.weight.dtype)
print("first values:", real.weight[0, 0, :3].detach())

# %% raises NotImplementedError
# en: The meta layer's values cannot be read: there are none.
# ko: meta 레이어의 값은 읽을 수 없습니다. 값이 없기 때문입니다.
conv.weight.tolist()
