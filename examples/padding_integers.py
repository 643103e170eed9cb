# en: Integer padding and padding='valid'
# ko: 정수 padding과 padding='valid'
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: Length 10, kernel_size 3: each unit of padding adds one sample per side.
# ko: 길이 10, kernel_size 3. padding 1마다 양쪽에 샘플이 하나씩 붙습니다.
x = torch.randn(1, 2, 10)
print("input:", tuple(x.shape))
for p in [0, 1, 2, 3]:
    conv = nn.Conv1d(2, 4, kernel_size=3, padding=p)
    params = sum(q.numel() for q in conv.parameters())
    print(f"padding={p}: L_out {conv(x).shape[-1]}, params {params}")

# %%
# en: With a stride the gain is smaller: the padded length grows by 2*p,
# en: and the stride divides it, rounding down.
# ko: 스트라이드가 있으면 늘어나는 양이 작습니다. 패딩된 길이는 2*p만큼 늘지만
# ko: 스트라이드로 나눈 뒤 내림하기 때문입니다.
for stride in [1, 2, 3]:
    lengths = [nn.Conv1d(2, 4, 3, stride=stride, padding=p)(x).shape[-1] for p in range(4)]
    print(f"stride={stride}: L_out {lengths} for padding 0, 1, 2, 3")

# %%
# en: 'valid' means no padding at all: the same as padding=0.
# ko: valid 패딩은 패딩을 하지 않는다는 뜻으로, padding=0과 같습니다.
valid = nn.Conv1d(2, 4, kernel_size=3, padding="valid")
print("stored:", repr(valid.padding), "L_out:", valid(x).shape[-1])
print("stored:", nn.Conv1d(2, 4, kernel_size=3, padding=1).padding)

# %%
# en: padding=(k-1)//2 keeps the length for odd k only (at dilation 1).
# ko: padding=(k-1)//2는 k가 홀수일 때만 길이를 유지합니다(딜레이션 1).
for k in [3, 4, 5, 6]:
    conv = nn.Conv1d(2, 4, kernel_size=k, padding=(k - 1) // 2)
    print(f"k={k}, padding={(k - 1) // 2}: L_out {conv(x).shape[-1]}")
