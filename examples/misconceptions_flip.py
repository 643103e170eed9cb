# en: Conv1d does not flip the kernel
# ko: Conv1d는 커널을 뒤집지 않습니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
import numpy as np

x, w = [1.0, 2.0, 3.0, 4.0, 5.0], [1.0, 0.0, -1.0]
xt, wt = torch.tensor([[x]]), torch.tensor([[w]])
print("Conv1d:      ", nn.functional.conv1d(xt, wt).flatten().tolist())
print("np.convolve: ", np.convolve(x, w, mode="valid").tolist())
print("w.flip(-1):  ", nn.functional.conv1d(xt, wt.flip(-1)).flatten().tolist())
