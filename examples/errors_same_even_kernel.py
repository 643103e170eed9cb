# en: padding='same' with an even kernel and dilation 1 warns
# ko: 딜레이션 1의 짝수 커널에 padding='same'을 쓰면 경고가 나옵니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
import warnings

# %%
# en: set_warn_always(True) shows once-only warnings every time.
# ko: set_warn_always(True)는 한 번만 나오는 경고를 매번 보여 줍니다.
torch.set_warn_always(True)
conv = nn.Conv1d(4, 4, kernel_size=4, padding="same")
y = conv(torch.randn(1, 4, 10))
torch.set_warn_always(False)
print("output:", tuple(y.shape))

# %%
# en: By default it is printed once per process: of two calls,
# en: only the first warns.
# ko: 기본 설정에서는 프로세스당 한 번만 출력됩니다. 두 번 호출하면
# ko: 첫 호출만 경고합니다.
x = torch.randn(1, 4, 10)
for call in (1, 2):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        conv(x)
    print(f"call {call}: warnings: {len(caught)}")
