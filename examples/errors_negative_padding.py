# en: Negative padding fails at the forward pass, with 'zeros' only
# ko: 음수 패딩은 제로 패딩('zeros')에서만 순전파에서 실패합니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
conv = nn.Conv1d(4, 4, kernel_size=3, padding=-1)
print(conv)

# %%
# en: With 'reflect', 'replicate' or 'circular' there is no error: F.pad runs
# en: first and crops the input, the same as slicing x[..., 1:-1].
# ko: 반사·복제·순환 패딩('reflect', 'replicate', 'circular')에서는 오류가 없습니다. F.pad가 먼저
# ko: 실행되어 입력을 잘라 내며, x[..., 1:-1]로 슬라이스한 것과 같습니다.
x = torch.randn(2, 4, 10)
plain = nn.Conv1d(4, 4, kernel_size=3)
for mode in ["reflect", "replicate", "circular"]:
    cropping = nn.Conv1d(4, 4, kernel_size=3, padding=-1, padding_mode=mode)
    cropping.load_state_dict(plain.state_dict())
    y = cropping(x)
    same = torch.allclose(y, plain(x[..., 1:-1]))
    print(f"{mode}: output {tuple(y.shape)}, same as x[..., 1:-1]: {same}")

# %% raises RuntimeError
# en: With 'zeros' (the default) it fails.
# ko: 기본값인 제로 패딩에서는 실패합니다.
conv(x)
