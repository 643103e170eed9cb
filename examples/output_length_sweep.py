# en: The formula against torch for thousands of settings
# ko: 수천 가지 설정에서 공식과 torch 비교하기
# %%
import itertools

import torch
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: Every combination of these values, one conv each.
# ko: 아래 값의 모든 조합마다 합성곱을 한 번씩 실행합니다.
lengths = range(1, 17)
kernels = range(1, 6)
strides = range(1, 4)
paddings = range(0, 3)
dilations = range(1, 4)
w = {k: torch.randn(1, 1, k) for k in kernels}
x = {L: torch.randn(1, 1, L) for L in lengths}

matched = mismatched = raised = 0
raised_formula = set()
for L, k, s, p, d in itertools.product(
    lengths, kernels, strides, paddings, dilations
):
    f = (L + 2 * p - d * (k - 1) - 1) // s + 1
    try:
        out = F.conv1d(x[L], w[k], stride=s, padding=p, dilation=d)
    except RuntimeError:
        raised += 1
        raised_formula.add(f)
        continue
    if out.shape[-1] == f:
        matched += 1
    else:
        mismatched += 1
print("settings tried:", matched + mismatched + raised)
print("matched:", matched)
print("mismatched:", mismatched)

# %%
# en: The settings torch refused: the formula gives no position.
# ko: torch가 거부한 설정은 공식 값이 1 미만인 경우뿐입니다.
print("raised:", raised)
print("largest formula value among them:", max(raised_formula))
