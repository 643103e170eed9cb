# en: An integer dtype for the layer is refused
# ko: 레이어에 정수 자료형을 주면 거부합니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: Floating point and complex dtypes are accepted.
# ko: 부동소수점과 복소수 자료형은 받아들입니다.
for dtype in [torch.float16, torch.float64, torch.complex64]:
    conv = nn.Conv1d(4, 8, kernel_size=3, dtype=dtype)
    print(dtype, "->", conv.weight.dtype)

# %% raises RuntimeError
# en: Parameters must be able to require gradients: int64 cannot.
# ko: 매개변수는 기울기를 받을 수 있어야 하는데 int64는 그럴 수 없습니다.
nn.Conv1d(4, 8, kernel_size=3, dtype=torch.int64)
