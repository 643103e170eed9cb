# en: One number per output channel, added everywhere
# ko: 출력 채널마다 숫자 하나를 모든 위치에 더합니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: 2 input channels, 3 output channels: the bias has 3 values.
# ko: 입력 채널 2개, 출력 채널 3개: 편향 값은 3개입니다.
conv = nn.Conv1d(2, 3, kernel_size=3)
print("bias shape:", tuple(conv.bias.shape))
print("bias:", conv.bias.detach())

# %%
# en: An all-zero input leaves only the bias.
# ko: 입력이 모두 0이면 편향만 남습니다.
zeros = torch.zeros(1, 2, 6)
y = conv(zeros).detach()
print(y[0])
print("equals bias:", torch.equal(y[0], conv.bias.detach()[:, None].expand(3, 4)))

# %%
# en: Same weights, bias=False: the difference is exactly the bias.
# ko: 가중치는 같고 bias=False인 레이어와 비교하면 차이가 정확히 편향입니다.
no_bias = nn.Conv1d(2, 3, kernel_size=3, bias=False)
with torch.no_grad():
    no_bias.weight.copy_(conv.weight)
x = torch.randn(1, 2, 6)
diff = (conv(x) - no_bias(x)).detach()
print(diff[0])
print("no_bias.bias is None:", no_bias.bias is None)
print("zero input:", no_bias(zeros).abs().max().item())

# %% raises AttributeError
# en: Code that initializes m.bias fails when it is None.
# ko: m.bias가 None이면 편향을 초기화하는 코드가 실패합니다.
nn.init.zeros_(no_bias.bias)
