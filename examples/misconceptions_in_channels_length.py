# en: in_channels is the features per step, not the length
# ko: in_channels는 길이가 아니라 스텝당 특징 수입니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: Right: in_channels = embedding size 16. Wrong: 7 words.
# ko: 올바른 값: in_channels = 임베딩 크기 16. 잘못된 값: 단어 수 7.
right, wrong = nn.Conv1d(16, 32, 3), nn.Conv1d(7, 32, 3)
for words in [7, 9]:
    x = torch.randn(1, words, 16)
    print(f"right, {words} words:", tuple(right(x.transpose(1, 2)).shape))
print("wrong, 7 words:", tuple(wrong(torch.randn(1, 7, 16)).shape))

# %% raises RuntimeError
wrong(torch.randn(1, 9, 16))
