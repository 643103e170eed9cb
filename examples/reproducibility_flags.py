# en: The determinism and precision flags: defaults, and what they do on a CPU
# ko: 결정론과 정밀도 플래그: 기본값과 CPU에서 하는 일
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: The defaults on this machine (torch 2.13.0, CPU only).
# ko: 이 기계(torch 2.13.0, CPU 전용)의 기본값입니다.
print("torch.cuda.is_available():", torch.cuda.is_available())
print("torch.backends.cudnn.is_available():", torch.backends.cudnn.is_available())
print("torch.are_deterministic_algorithms_enabled():", torch.are_deterministic_algorithms_enabled())
print("torch.backends.cudnn.benchmark:", torch.backends.cudnn.benchmark)
print("torch.backends.cudnn.deterministic:", torch.backends.cudnn.deterministic)
print("torch.backends.cudnn.allow_tf32:", torch.backends.cudnn.allow_tf32)
print("torch.backends.cuda.matmul.allow_tf32:", torch.backends.cuda.matmul.allow_tf32)
print("torch.get_float32_matmul_precision():", repr(torch.get_float32_matmul_precision()))

# %%
# en: Deterministic algorithms on: a CPU Conv1d runs forward and backward,
# en: with the same output as before. The flag is put back afterwards.
# ko: 결정론적 알고리즘을 켜도 CPU의 Conv1d는 순전파와 역전파를 그대로 실행하고,
# ko: 출력도 전과 같습니다. 끝나면 플래그를 되돌립니다.
conv = nn.Conv1d(16, 32, 5)
x = torch.randn(8, 16, 200, requires_grad=True)
y = conv(x)
torch.use_deterministic_algorithms(True)
try:
    y_det = conv(x)
    y_det.sum().backward()
    print("enabled:", torch.are_deterministic_algorithms_enabled())
    print("same output:", torch.equal(y, y_det))
finally:
    torch.use_deterministic_algorithms(False)
print("enabled:", torch.are_deterministic_algorithms_enabled())

# %%
# en: 'high' sets the CUDA matmul TF32 flag; on this CPU the Conv1d output
# en: does not change. Put back to 'highest' afterwards.
# ko: 'high'는 CUDA 행렬 곱의 TF32 플래그를 켭니다. 이 CPU에서 Conv1d 출력은
# ko: 바뀌지 않습니다. 끝나면 'highest'로 되돌립니다.
with torch.no_grad():
    reference = conv(x)
    for precision in ["high", "medium", "highest"]:
        torch.set_float32_matmul_precision(precision)
        print(f"{precision!r:9}: matmul.allow_tf32 {torch.backends.cuda.matmul.allow_tf32},"
              f" same output {torch.equal(conv(x), reference)}")
