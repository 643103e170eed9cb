# en: Where the parameters live and their dtype
# ko: 매개변수가 놓이는 장치와 자료형
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: Defaults: CPU, and torch's default dtype (float32).
# ko: 기본값: CPU, 그리고 torch의 기본 자료형(float32).
conv = nn.Conv1d(4, 8, kernel_size=3)
print("weight:", conv.weight.device, conv.weight.dtype)
print("bias:  ", conv.bias.device, conv.bias.dtype)
print("default dtype:", torch.get_default_dtype())
print("CUDA available here:", torch.cuda.is_available())

# %%
# en: dtype=torch.float64 creates float64 weight and bias.
# ko: dtype=torch.float64이면 가중치와 편향이 float64로 만들어집니다.
conv64 = nn.Conv1d(4, 8, kernel_size=3, dtype=torch.float64)
print("weight:", conv64.weight.dtype, "bias:", conv64.bias.dtype)
x64 = torch.randn(2, 4, 10, dtype=torch.float64)
y64 = conv64(x64)
print("output:", tuple(y64.shape), y64.dtype)

# %%
# en: Shapes and parameter count do not depend on the dtype.
# ko: 모양과 매개변수 개수는 자료형과 관계없습니다.
for m in [conv, conv64]:
    count = sum(p.numel() for p in m.parameters())
    size = m.weight.element_size()
    print(m.weight.dtype, tuple(m.weight.shape), count, f"{size} bytes each")
