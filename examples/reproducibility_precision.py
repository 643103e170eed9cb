# en: float32 against float64, and bfloat16 autocast on the CPU
# ko: float32와 float64 비교, CPU에서 bfloat16 autocast
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: The spacing of numbers near 1 in each dtype.
# ko: 자료형마다 1 근처에서 표현할 수 있는 수의 간격입니다.
for dtype in [torch.float64, torch.float32, torch.bfloat16]:
    print(f"{str(dtype):15} eps {torch.finfo(dtype).eps:.1e}")

# %%
# en: One layer in float32, and the same weights in float64 as the reference.
# ko: float32 레이어 하나와, 같은 가중치를 float64로 옮긴 기준 레이어입니다.
conv = nn.Conv1d(16, 32, 5)
conv64 = nn.Conv1d(16, 32, 5, dtype=torch.float64)
conv64.load_state_dict(conv.state_dict())
x = torch.randn(8, 16, 200)
with torch.no_grad():
    y32 = conv(x)
    y64 = conv64(x.double())
print(f"largest |output|:    {y64.abs().max().item():.4f}")
print(f"max |fp32 - fp64|:   {(y32.double() - y64).abs().max().item():.1e}")
print("bit for bit:", torch.equal(y32.double(), y64))

# %%
# en: Under autocast the CPU runs the convolution in bfloat16: the weight stays
# en: float32, the output is bfloat16.
# ko: autocast 안에서 CPU는 합성곱을 bfloat16으로 계산합니다. 가중치는
# ko: float32 그대로이고 출력은 bfloat16입니다.
with torch.no_grad(), torch.autocast("cpu", dtype=torch.bfloat16):
    y16 = conv(x)
print("output:", y16.dtype, " weight:", conv.weight.dtype)
diff = (y16.float() - y32).abs().max().item()
print(f"max |bf16 - fp32|:   {diff:.1e}")
print(f"relative to largest: {diff / y64.abs().max().item():.2%}")

# %% raises RuntimeError
# en: Outside autocast, the bfloat16 output meets float32 weights.
# ko: autocast 밖에서는 bfloat16 출력이 float32 가중치를 만납니다.
nn.Conv1d(32, 8, 3)(y16)
