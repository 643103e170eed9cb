# en: The four padding modes on the same input
# ko: 같은 입력에 적용한 네 가지 패딩 모드
# %%
import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: Pad [1, 2, 3, 4, 5] by 2 on each side with F.pad.
# en: Conv1d's 'zeros' is F.pad's 'constant' (with value 0).
# ko: [1, 2, 3, 4, 5]의 양쪽에 F.pad로 2씩 패딩합니다.
# ko: Conv1d의 'zeros'는 F.pad의 'constant'(값 0)에 해당합니다.
x = torch.tensor([[[1.0, 2.0, 3.0, 4.0, 5.0]]])
for mode in ["constant", "reflect", "replicate", "circular"]:
    padded = F.pad(x, (2, 2), mode=mode)
    print(f"{mode:>9}: {[int(v) for v in padded.flatten()]}")

# %%
# en: A Conv1d with a size-1 kernel of weight 1 and no bias copies its
# en: (padded) input to the output, so the padded values show.
# ko: 크기 1, 가중치 1, 편향 없는 커널은 (패딩된) 입력을 그대로 출력하므로
# ko: 패딩된 값이 보입니다.
for mode in ["zeros", "reflect", "replicate", "circular"]:
    conv = nn.Conv1d(1, 1, kernel_size=1, padding=2, padding_mode=mode, bias=False)
    with torch.no_grad():
        conv.weight.fill_(1.0)
    print(f"{mode:>9}: {[int(v) for v in conv(x).flatten()]}")
