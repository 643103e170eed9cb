# en: Keras's kernel (kernel_size, in, out) in a PyTorch Conv1d, checked with NumPy
# ko: Keras 커널 (kernel_size, in, out)을 PyTorch Conv1d로 옮기고 NumPy로 확인하기
# %%
import numpy as np
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)
rng = np.random.default_rng(0)

# %%
# en: A kernel laid out as Keras stores it, (kernel_size, in, out), a bias, and a
# en: channels-last input (N, L, C). The reference is the sum of TensorFlow's
# en: documentation of tf.nn.convolution, written in NumPy:
# en: y[n, t, o] = b[o] + sum over j, c of x[n, t + j, c] * w[j, c, o]
# ko: Keras가 저장하는 순서 (kernel_size, in, out)의 커널, 편향, 채널 마지막 입력
# ko: (N, L, C)입니다. 기준값은 TensorFlow의 tf.nn.convolution 문서에 있는 합을
# ko: NumPy로 쓴 것입니다.
# ko: y[n, t, o] = b[o] + (j, c에 대한 합) x[n, t + j, c] * w[j, c, o]
k, c_in, c_out = 3, 4, 8
w = rng.standard_normal((k, c_in, c_out)).astype(np.float32)
b = rng.standard_normal(c_out).astype(np.float32)
x = rng.standard_normal((2, 10, c_in)).astype(np.float32)
windows = np.lib.stride_tricks.sliding_window_view(x, k, axis=1)  # (N, L_out, C, k)
reference = np.einsum("ntcj,jco->nto", windows, w) + b
print("Keras kernel:", w.shape, " reference:", reference.shape)

# %%
# en: permute(2, 1, 0) turns (kernel_size, in, out) into (out, in, kernel_size).
# ko: permute(2, 1, 0)은 (kernel_size, in, out)을 (out, in, kernel_size)로 바꿉니다.
conv = nn.Conv1d(c_in, c_out, k)
with torch.no_grad():
    conv.weight.copy_(torch.from_numpy(w).permute(2, 1, 0))
    conv.bias.copy_(torch.from_numpy(b))
    y = conv(torch.from_numpy(x).transpose(1, 2)).transpose(1, 2)
print("torch weight:", tuple(conv.weight.shape))
print("same as the reference:", np.allclose(y.numpy(), reference, atol=1e-5))
print("back to Keras:", tuple(conv.weight.permute(2, 1, 0).shape))

# %%
# en: reshape gives the same shape, with the numbers in the wrong places.
# ko: reshape도 같은 모양을 만들지만 숫자가 엉뚱한 자리에 놓입니다.
with torch.no_grad():
    conv.weight.copy_(torch.from_numpy(w).reshape(c_out, c_in, k))
    y = conv(torch.from_numpy(x).transpose(1, 2)).transpose(1, 2)
print("reshape, same as the reference:", np.allclose(y.numpy(), reference, atol=1e-5))

# %%
# en: With groups=2 the Keras kernel is (kernel_size, in / groups, out), and the
# en: same permute gives torch's (out, in / groups, kernel_size).
# ko: groups=2이면 Keras 커널은 (kernel_size, in / groups, out)이고,
# ko: 같은 permute로 torch의 (out, in / groups, kernel_size)가 됩니다.
g = 2
wg = rng.standard_normal((k, c_in // g, c_out)).astype(np.float32)
parts = []
for i in range(g):
    xs = windows[:, :, i * c_in // g:(i + 1) * c_in // g]
    parts.append(np.einsum("ntcj,jco->nto", xs, wg[:, :, i * c_out // g:(i + 1) * c_out // g]))
reference_g = np.concatenate(parts, axis=2)
grouped = nn.Conv1d(c_in, c_out, k, groups=g, bias=False)
with torch.no_grad():
    grouped.weight.copy_(torch.from_numpy(wg).permute(2, 1, 0))
    yg = grouped(torch.from_numpy(x).transpose(1, 2)).transpose(1, 2)
print("groups=2:", tuple(grouped.weight.shape), np.allclose(yg.numpy(), reference_g, atol=1e-5))
