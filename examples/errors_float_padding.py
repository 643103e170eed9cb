# en: padding, stride and dilation must be integers
# ko: padding, stride, dilation은 정수여야 합니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
conv = nn.Conv1d(4, 4, kernel_size=3, padding=1.0)
print(conv.padding)

# %%
# en: The message runs over several lines, so it is caught and
# en: printed here.
# ko: 메시지가 여러 줄이라 여기서는 잡아서 출력합니다.
try:
    conv(torch.randn(2, 4, 10))
except TypeError as error:
    print("TypeError:", error)
