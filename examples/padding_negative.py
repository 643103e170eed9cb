# en: A negative padding: an error with 'zeros', a crop with the other modes
# ko: 음수 패딩: 'zeros'에서는 오류, 다른 모드에서는 입력 자르기
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: A size-1 kernel of weight 1 without bias copies its (padded) input to
# en: the output. padding=-2 cuts 2 samples off each end of [1, ..., 10].
# ko: 크기 1, 가중치 1, 편향 없는 커널은 (패딩된) 입력을 그대로 출력합니다.
# ko: padding=-2는 [1, ..., 10]의 양 끝에서 샘플을 2개씩 잘라 냅니다.
x = torch.arange(1.0, 11.0).reshape(1, 1, 10)
for mode in ["reflect", "replicate", "circular"]:
    conv = nn.Conv1d(1, 1, kernel_size=1, padding=-2, padding_mode=mode, bias=False)
    with torch.no_grad():
        conv.weight.fill_(1.0)
    print(f"{mode:>9}: {[int(v) for v in conv(x).flatten()]}")

# %% raises RuntimeError
# en: With 'zeros' (the default) the same padding fails at the forward pass.
# ko: 'zeros'(기본값)에서는 같은 패딩이 순전파에서 실패합니다.
nn.Conv1d(1, 1, kernel_size=1, padding=-2)(x)
