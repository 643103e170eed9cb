# en: How much padding each mode allows
# ko: 모드마다 허용하는 패딩 크기
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: Input length 10, kernel_size 3: the largest padding reflect and
# en: circular accept; replicate and zeros take any padding.
# ko: 입력 길이 10, kernel_size 3. reflect와 circular에는 받아들이는 가장 큰 패딩을 주고,
# ko: 패딩 크기에 제한이 없는 replicate와 zeros에는 20을 줍니다.
x = torch.randn(1, 2, 10)
print("input:", tuple(x.shape))
for mode, p in [("reflect", 9), ("circular", 10), ("replicate", 20), ("zeros", 20)]:
    conv = nn.Conv1d(2, 3, 3, padding=p, padding_mode=mode)
    print(f"{mode:>9}, padding={p}: output {tuple(conv(x).shape)}")

# %% raises RuntimeError
# en: reflect: padding must be smaller than the input length.
# ko: reflect: 패딩이 입력 길이보다 작아야 합니다.
nn.Conv1d(2, 3, 3, padding=10, padding_mode="reflect")(x)

# %% raises RuntimeError
# en: circular: padding may be at most the input length.
# ko: circular: 패딩이 입력 길이 이하여야 합니다.
nn.Conv1d(2, 3, 3, padding=11, padding_mode="circular")(x)
