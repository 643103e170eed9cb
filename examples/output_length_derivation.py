# en: The output length, step by step
# ko: 출력 길이를 한 단계씩 계산하기
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: One layer with every length setting away from its default.
# ko: 길이에 관여하는 설정을 모두 기본값이 아닌 값으로 둡니다.
L_in, k, s, p, d = 10, 3, 2, 1, 2
conv = nn.Conv1d(1, 1, kernel_size=k, stride=s, padding=p, dilation=d)

# %%
# en: Step 1: padding adds p samples at each end.
# ko: 1단계: 패딩이 양쪽 끝에 p개씩 샘플을 더합니다.
padded = L_in + 2 * p
print("padded length:", padded)

# %%
# en: Step 2: a dilated kernel covers d*(k-1)+1 samples.
# ko: 2단계: 딜레이션을 적용한 커널은 d*(k-1)+1칸을 덮습니다.
span = d * (k - 1) + 1
print("kernel span:", span)

# %%
# en: Step 3: a window may start at 0, s, 2s, ... up to padded - span.
# ko: 3단계: 창은 0, s, 2s, ...에서 시작하며 padded - span을 넘지 않습니다.
last_start = padded - span
starts = list(range(0, last_start + 1, s))
print("last allowed start:", last_start)
print("window starts:", starts)
for start in starts:
    print(f"  start {start} reads padded", list(range(start, start + span, d)))
print("number of starts:", len(starts))

# %%
# en: The count of starts is the formula; torch agrees.
# ko: 시작 위치의 개수가 곧 공식의 값이고, torch도 같은 길이를 냅니다.
formula = (L_in + 2 * p - d * (k - 1) - 1) // s + 1
y = conv(torch.randn(1, 1, L_in))
print("formula:", formula)
print("torch:", tuple(y.shape))
