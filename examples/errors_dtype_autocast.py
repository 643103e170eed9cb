# en: A bfloat16 output from an autocast region, used outside it
# ko: autocast 영역에서 나온 bfloat16 출력을 영역 밖에서 쓸 때
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: Inside autocast the first layer returns bfloat16.
# ko: autocast 안에서 첫 레이어는 bfloat16을 돌려줍니다.
first, second = nn.Conv1d(4, 8, 3), nn.Conv1d(8, 2, 3)
x = torch.randn(1, 4, 16)
with torch.autocast("cpu", dtype=torch.bfloat16):
    h = first(x)
print("h:", h.dtype)

# %%
# en: The fixes: run the next layer inside autocast too, or convert to float32.
# ko: 해결: 다음 레이어도 autocast 안에서 실행하거나, float32로 바꿉니다.
with torch.autocast("cpu", dtype=torch.bfloat16):
    print("inside autocast:", second(h).dtype)
print("h.float():      ", second(h.float()).dtype)

# %% raises RuntimeError
# en: Outside autocast, a float32 layer gets a bfloat16 input.
# ko: autocast 밖에서 float32 레이어가 bfloat16 입력을 받습니다.
second(h)
