# en: F.conv1d is given a padding_mode
# ko: F.conv1d에 padding_mode를 넘깁니다
# %%
import torch
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
x = torch.randn(1, 2, 10)
w = torch.randn(4, 2, 3)

# %%
# en: Fix: pad with F.pad in the mode you want, then convolve without padding.
# ko: 해결: 원하는 모드로 F.pad를 한 다음 패딩 없이 합성곱을 합니다.
print(tuple(F.conv1d(F.pad(x, (1, 1), mode="reflect"), w).shape))

# %% raises TypeError
# en: padding_mode is an argument of nn.Conv1d only.
# ko: padding_mode는 nn.Conv1d에만 있는 인자입니다.
F.conv1d(x, w, padding=1, padding_mode="reflect")
