# en: A bigger out_channels does not mean a bigger output
# ko: out_channels가 커져도 출력이 커지는 것은 아닙니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: The blog post's input: 3 channels, length 3, 9 values.
# ko: 블로그 글의 입력: 채널 3개, 길이 3, 값 9개입니다.
x = torch.randn(3, 3)
print("input:", tuple(x.shape), "values:", x.numel())

# %%
# en: out_channels=4 both times; only kernel_size differs.
# ko: 두 번 모두 out_channels=4이고 kernel_size만 다릅니다.
for k in [1, 2]:
    y = nn.Conv1d(3, 4, kernel_size=k)(x)
    print(f"Conv1d(3, 4, {k}): output {tuple(y.shape)}, values: {y.numel()}")
