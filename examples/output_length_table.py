# en: The formula and torch, case by case
# ko: 공식과 torch를 경우별로 비교하기
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: L_out = floor((L_in + 2p - d(k-1) - 1) / s) + 1
# ko: L_out = floor((L_in + 2p - d(k-1) - 1) / s) + 1
def formula(L_in, k, s=1, p=0, d=1):
    return (L_in + 2 * p - d * (k - 1) - 1) // s + 1


def torch_length(L_in, k, s=1, p=0, d=1):
    conv = nn.Conv1d(1, 1, k, stride=s, padding=p, dilation=d)
    return conv(torch.randn(1, 1, L_in)).shape[-1]


# %%
# en: Each row: (L_in, k, s, p, d). Odd cases round down.
# ko: 각 행은 (L_in, k, s, p, d)입니다. 나누어떨어지지 않으면 내림합니다.
cases = [
    (10, 3, 1, 0, 1),
    (10, 3, 2, 0, 1),
    (11, 3, 2, 0, 1),
    (10, 4, 3, 0, 1),
    (10, 2, 3, 0, 1),
    (10, 3, 1, 1, 1),
    (10, 3, 1, 0, 2),
    (10, 3, 1, 2, 2),
    (50, 3, 2, 0, 1),
    (16, 5, 4, 2, 3),
]
print("| L_in | k | s | p | d | formula | torch |")
print("|---:|---:|---:|---:|---:|---:|---:|")
agree = 0
for L_in, k, s, p, d in cases:
    f, t = formula(L_in, k, s, p, d), torch_length(L_in, k, s, p, d)
    agree += f == t
    print(f"| {L_in} | {k} | {s} | {p} | {d} | {f} | {t} |")
print(f"agree: {agree} of {len(cases)}")

# %%
# en: The docs example with its real channels and batch: same length.
# ko: 공식 문서 예제를 실제 채널과 배치로 실행해도 길이는 같습니다.
conv = nn.Conv1d(16, 33, 3, stride=2)
print("Conv1d(16, 33, 3, stride=2):", tuple(conv(torch.randn(20, 16, 50)).shape))
