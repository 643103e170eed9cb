# en: Only two padding strings exist, in lower case
# ko: padding 문자열은 소문자 두 가지뿐입니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: Works: the strings are lower case.
# ko: 동작함: 문자열은 소문자입니다.
print(nn.Conv1d(4, 4, kernel_size=3, padding="same").padding)

# %% raises ValueError
# en: Fails: "SAME" (the TensorFlow spelling) is not accepted.
# ko: 실패: TensorFlow식 표기인 "SAME"은 받지 않습니다.
nn.Conv1d(4, 4, kernel_size=3, padding="SAME")
