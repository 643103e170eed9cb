# en: padding='same' refuses a stride above 1
# ko: padding='same'은 stride가 1보다 크면 거부합니다
# %%
from torch import nn

# %% raises ValueError
# en: The error comes when the layer is built, before any input.
# ko: 입력을 넣기 전, 레이어를 만드는 순간 오류가 납니다.
nn.Conv1d(2, 4, kernel_size=3, stride=2, padding="same")
