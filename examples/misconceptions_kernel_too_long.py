# en: The kernel-size error means the input got too short
# ko: "Kernel size" 오류는 입력이 너무 짧아졌다는 뜻입니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: Two strided layers shrink 16 samples to 3; a k=5 layer follows.
# ko: stride 레이어 두 개가 샘플 16개를 3개로 줄이고, 뒤에 k=5 레이어가 옵니다.
x = torch.randn(1, 4, 16)
layers = [nn.Conv1d(4, 4, 3, stride=2), nn.Conv1d(4, 4, 3, stride=2),
          nn.Conv1d(4, 4, 5)]
print("length:", x.shape[-1])
for layer in layers[:2]:
    x = layer(x)
    print("length:", x.shape[-1])

# %% raises RuntimeError
layers[2](x)
