# en: The kernel is a window of kernel_size samples
# ko: 커널은 kernel_size개 샘플을 보는 창입니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: An all-ones kernel sums the samples in its window.
# ko: 모두 1인 커널은 창 안의 샘플을 더합니다.
x = torch.tensor([[[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]]])
for k in [2, 3]:
    conv = nn.Conv1d(1, 1, kernel_size=k, bias=False)
    with torch.no_grad():
        conv.weight.fill_(1.0)
    print(f"k={k}:", conv(x).flatten().tolist())

# %%
# en: An int and a 1-tuple give the same layer; both are stored as a tuple.
# ko: 정수와 원소 하나짜리 튜플은 같은 레이어를 만들고, 둘 다 튜플로 저장됩니다.
a = nn.Conv1d(2, 4, kernel_size=3)
b = nn.Conv1d(2, 4, kernel_size=(3,))
print(a.kernel_size, b.kernel_size)
print(a)
