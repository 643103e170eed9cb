# en: Parameter count with and without bias
# ko: 편향이 있을 때와 없을 때의 매개변수 개수
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)


def count(module):
    return sum(p.numel() for p in module.parameters())


# %%
# en: 16 input channels, 33 output channels, kernel size 3.
# ko: 입력 채널 16개, 출력 채널 33개, 커널 크기 3입니다.
with_bias = nn.Conv1d(16, 33, kernel_size=3)
without = nn.Conv1d(16, 33, kernel_size=3, bias=False)
print("bias=True: ", count(with_bias), [n for n, _ in with_bias.named_parameters()])
print("bias=False:", count(without), [n for n, _ in without.named_parameters()])
print("difference:", count(with_bias) - count(without))

# %%
# en: The output shape is the same with or without bias.
# ko: 출력 모양은 편향이 있든 없든 같습니다.
x = torch.randn(4, 16, 50)
print(tuple(with_bias(x).shape), tuple(without(x).shape))
