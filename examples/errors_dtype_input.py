# en: The input dtype differs from the layer dtype
# ko: 입력 자료형이 레이어 자료형과 다릅니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
conv = nn.Conv1d(4, 4, kernel_size=3)
print("layer:", conv.weight.dtype)

# %%
# en: Fix: convert the input to the layer dtype (or the layer).
# ko: 해결: 입력을 레이어 자료형으로 바꿉니다(또는 레이어를).
x = torch.randn(2, 4, 10, dtype=torch.float64)
print(conv(x.float()).dtype)
print(conv.double()(x).dtype)
conv.float()

# %% raises RuntimeError
# en: float64 input (NumPy's default floating type).
# ko: float64 입력입니다(NumPy의 기본 실수 자료형).
conv(torch.randn(2, 4, 10, dtype=torch.float64))

# %% raises RuntimeError
# en: float16 input on the CPU.
# ko: CPU에서 float16 입력입니다.
conv(torch.randn(2, 4, 10).half())

# %% raises RuntimeError
# en: int64 input, e.g. token ids or raw integer samples.
# ko: int64 입력입니다. 토큰 id나 정수 샘플이 그렇습니다.
conv(torch.arange(80).reshape(2, 4, 10))
