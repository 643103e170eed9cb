# en: What torch.manual_seed covers
# ko: torch.manual_seed가 정하는 것
# %%
import random

import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: The same seed gives the same initial weights; another seed, other weights.
# ko: 같은 시드에서는 초기 가중치가 같고, 다른 시드에서는 다릅니다.
torch.manual_seed(0)
a = nn.Conv1d(4, 8, 3)
torch.manual_seed(0)
b = nn.Conv1d(4, 8, 3)
torch.manual_seed(1)
c = nn.Conv1d(4, 8, 3)
print("seed 0 twice:  ", torch.equal(a.weight, b.weight))
print("seed 0, seed 1:", torch.equal(a.weight, c.weight))

# %%
# en: One generator for everything: an extra layer built first shifts the
# en: numbers the next one draws.
# ko: 모든 난수가 생성기 하나에서 나오므로, 레이어를 하나 먼저 만들면
# ko: 다음 레이어가 받는 숫자가 밀립니다.
torch.manual_seed(0)
extra = nn.Conv1d(4, 8, 3)
d = nn.Conv1d(4, 8, 3)
print("same seed, one layer later:", torch.equal(a.weight, d.weight))
print("it got the extra layer's weights instead:", torch.equal(a.weight, extra.weight))

# %%
# en: Dropout and torch.randn follow the seed too.
# ko: 드롭아웃과 torch.randn도 시드를 따릅니다.
x = torch.ones(1, 8)
torch.manual_seed(0)
first = (nn.Dropout(0.5)(x), torch.randn(3))
torch.manual_seed(0)
second = (nn.Dropout(0.5)(x), torch.randn(3))
print("dropout mask:", torch.equal(first[0], second[0]), first[0])
print("randn:       ", torch.equal(first[1], second[1]))

# %%
# en: Python's random module has its own seed: torch.manual_seed leaves it alone.
# ko: Python random 모듈은 시드가 따로 있어서 torch.manual_seed의 영향을 받지 않습니다.
torch.manual_seed(0)
r1 = random.random()
torch.manual_seed(0)
r2 = random.random()
print("random.random() repeats:", r1 == r2)
random.seed(0)
r1 = random.random()
random.seed(0)
print("after random.seed(0):  ", r1 == random.random())
