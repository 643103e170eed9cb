/*
 * The Conv1d calculator page: one layer (shapes, parameter count, padding, receptive
 * field, the windows, and, for small settings, the output values themselves), a stack
 * of layers (each output length, the receptive field and jump, causal padding), and a
 * box that reads a pasted error message and explains it in the reader's own numbers.
 *
 * One file for every language: the words it shows come from data-* attributes of the
 * page, the torch messages are torch's own (English). The state lives in the query
 * string, under nn.Conv1d's own argument names; parameters the page does not own (such
 * as the search's ?h=) are kept.
 *
 * The model (evaluate, convolve, stack, diagnose) is pure: tests run this very file in
 * node against torch (tests/test_calculator_model.py, tests/test_calculator_errors.py).
 */
(function () {
  "use strict";

  // ------------------------------------------------------------ One layer --
  // What torch 2.13 (CPU) does for nn.Conv1d(...)(torch.zeros(input)): shapes or
  // the exception it raises, checks in torch's order.

  var MODES = ["zeros", "reflect", "replicate", "circular"];
  var MODES_SET = "{'circular', 'reflect', 'replicate', 'zeros'}"; // a Python set: shown sorted
  var PADDING_SET = "{'same', 'valid'}";
  var PAD_COMBINATIONS = "Supported combinations for non-constant padding:\n" +
    "  - 2D or 3D input: padding size = 2 (pads last dimension)\n" +
    "  - 3D or 4D input: padding size = 4 (pads last 2 dimensions)\n" +
    "  - 4D or 5D input: padding size = 6 (pads last 3 dimensions)";

  function floorDiv(a, b) { return Math.floor(a / b); }
  function pyMod(a, b) { return a - b * Math.floor(a / b); }
  function truncDiv(a, b) { return Math.trunc(a / b); }
  function list(values) { return "[" + values.join(", ") + "]"; }

  /* Python's repr() of a str. */
  function pyRepr(text) {
    var quote = text.indexOf("'") >= 0 && text.indexOf('"') < 0 ? '"' : "'";
    var out = quote;
    for (var i = 0; i < text.length; i++) {
      var ch = text[i], code = text.charCodeAt(i);
      if (ch === quote || ch === "\\") out += "\\" + ch;
      else if (ch === "\n") out += "\\n";
      else if (ch === "\r") out += "\\r";
      else if (ch === "\t") out += "\\t";
      else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) out += "\\x" + ("0" + code.toString(16)).slice(-2);
      else out += ch;
    }
    return out + quote;
  }

  /* The str a Python repr() shows (the inverse of pyRepr). */
  function pyUnrepr(text) {
    var body = text.slice(1, -1), out = "";
    for (var i = 0; i < body.length; i++) {
      var ch = body[i];
      if (ch !== "\\" || i === body.length - 1) { out += ch; continue; }
      var next = body[++i];
      if (next === "n") out += "\n";
      else if (next === "r") out += "\r";
      else if (next === "t") out += "\t";
      else if (next === "x") { out += String.fromCharCode(parseInt(body.substr(i + 1, 2), 16) || 0); i += 2; }
      else out += next;
    }
    return out;
  }

  function fail(stage, type, kind, message, extra) {
    var error = { stage: stage, type: type, kind: kind, message: message };
    for (var key in extra || {}) error[key] = extra[key];
    return error;
  }

  /* The padding on each side: what the reader asked for, as torch applies it. */
  function appliedPadding(s) {
    var p = s.padding;
    if (p === "valid") return [0, 0];
    if (p === "same") {
      var total = s.dilation * (s.kernel_size - 1);
      var left = floorDiv(total, 2);
      return [left, total - left];
    }
    return [p, p];
  }

  /*
   * s: {input: [..sizes], in_channels, out_channels, kernel_size, stride,
   *     padding: int | string, dilation, groups, bias: bool, padding_mode: string}
   * Returns {built, weight, bias, parameters, output, error, padding, span}.
   */
  function evaluate(s) {
    var result = { built: false, weight: null, bias: null, parameters: null, output: null, error: null, warnings: [] };
    var ci = s.in_channels, co = s.out_channels, k = s.kernel_size, st = s.stride, d = s.dilation, g = s.groups;
    var p = s.padding, mode = s.padding_mode;

    // _ConvNd.__init__, in its order.
    if (g <= 0) return done(fail("init", "ValueError", "groups-positive", "groups must be a positive integer"));
    if (pyMod(ci, g) !== 0) return done(fail("init", "ValueError", "in-divisible", "in_channels must be divisible by groups"));
    if (pyMod(co, g) !== 0) return done(fail("init", "ValueError", "out-divisible", "out_channels must be divisible by groups"));
    if (typeof p === "string") {
      if (p !== "same" && p !== "valid")
        return done(fail("init", "ValueError", "padding-string",
          "Invalid padding string " + pyRepr(p) + ", should be one of " + PADDING_SET));
      if (p === "same" && st !== 1)
        return done(fail("init", "ValueError", "same-strided", "padding='same' is not supported for strided convolutions"));
    }
    if (MODES.indexOf(mode) < 0)
      return done(fail("init", "ValueError", "padding-mode",
        "padding_mode must be one of " + MODES_SET + ", but got padding_mode='" + mode + "'"));
    var weight = [co, floorDiv(ci, g), k];
    for (var i = 0; i < 3; i++) {
      if (weight[i] < 0)
        return done(fail("init", "RuntimeError", "negative-dimension",
          "Trying to create tensor with negative dimension " + weight[i] + ": " + list(weight)));
    }
    result.built = true;
    if (weight[0] * weight[1] * weight[2] === 0) result.warnings.push("UserWarning: Initializing zero-element tensors is a no-op");
    result.weight = weight;
    result.bias = s.bias ? [co] : null;
    result.parameters = BigInt(co) * BigInt(weight[1]) * BigInt(k) + BigInt(s.bias ? co : 0);

    // forward(input): F.pad first for the other padding modes, then F.conv1d.
    var shape = s.input.slice();
    var rank = shape.length;
    if (rank !== 2 && rank !== 3) {
      if (mode === "zeros")
        return done(fail("forward", "RuntimeError", "input-dims",
          "Expected 2D (unbatched) or 3D (batched) input to conv1d, but got input of size: " + list(shape)));
      return done(fail("forward", "NotImplementedError", "input-dims",
        "Padding size 2 is not supported for " + rank + "D input tensor.\n" + PAD_COMBINATIONS));
    }
    var batched = rank === 3;
    var L = shape[rank - 1];
    var convPadding = 0;  // the padding F.conv1d itself adds on each side
    var pads = appliedPadding(s);
    if (mode !== "zeros") {
      // F.pad(input, [left, right], mode) first, then F.conv1d(..., padding=0)
      var left = pads[0], right = pads[1], out = L + left + right;
      if (mode === "reflect") {
        if (!(left < L && right < L))
          return done(fail("forward", "RuntimeError", "reflect-too-large",
            "Argument #4: Padding size should be less than the corresponding input dimension, but got: padding (" +
            left + ", " + right + ") at dimension " + (rank - 1) + " of input " + list(shape)));
        if (out < 1) return done(tooSmall(L, out));
      } else if (mode === "replicate") {
        if (out < 1) return done(tooSmall(L, out));
      } else {
        if (!(left <= L && right <= L))
          return done(fail("forward", "RuntimeError", "circular-too-large", "Padding value causes wrapping around more than once."));
        if (out < 0)
          return done(fail("forward", "RuntimeError", "negative-empty", "Negative padding value is resulting in an empty dimension"));
      }
      L = out;
    } else if (p === "same") {
      // C++ _convolution_same: integer division truncates; an odd total pads the input on the right first
      var total = d * (k - 1), l = truncDiv(total, 2), r = total - l;
      if (l !== r) result.warnings.push("UserWarning: Using padding='same' with even kernel lengths and odd dilation " +
                                        "may require a zero-padded copy of the input be created");
      L = L + (r - l);
      convPadding = l;
    } else {
      convPadding = p === "valid" ? 0 : p;
    }
    var n = batched ? shape[0] : 1, c = shape[rank - 2];
    var seen = [n, c, L];

    // at::_convolution: check_shape_forward
    if (convPadding < 0) return done(fail("forward", "RuntimeError", "negative-padding", "negative padding is not supported"));
    if (st <= 0) return done(fail("forward", "RuntimeError", "stride-positive", "non-positive stride is not supported"));
    if (d < 0) return done(fail("forward", "RuntimeError", "dilation-negative", "dilation should be greater than zero"));
    if (co < g)
      return done(fail("forward", "RuntimeError", "weight-empty",
        "Given groups=" + g + ", expected weight to be at least " + g + " at dimension 0, but got weight of size " +
        list(weight) + " instead"));
    if (c !== weight[1] * g)
      return done(fail("forward", "RuntimeError", "channels",
        "Given groups=" + g + ", weight of size " + list(weight) + ", expected input" + list(seen) + " to have " +
        weight[1] * g + " channels, but got " + c + " channels instead"));
    var padded = L + 2 * convPadding, span = d * (k - 1) + 1;
    if (padded < span)
      return done(fail("forward", "RuntimeError", "kernel-too-long",
        "Calculated padded input size per channel: (" + padded + "). Kernel size: (" + span +
        "). Kernel size can't be greater than actual input size", { padded: padded, span: span }));
    if (L === 0)
      return done(fail("forward", "RuntimeError", "empty-input",
        "Only zero batch or zero channel inputs are supported, but got input shape: " + list([n, c, 1, 0])));
    // The backend: oneDNN (mkldnn) or the native kernels, with their own checks.
    if (d === 0 || k === 0) {
      var mkldnn = g > 1 || n > 1 || n * c * L > 20480;
      if (mkldnn) {
        if (d === 0) return done(fail("forward", "RuntimeError", "dilation-zero", "non-positive dilation is not supported"));
        return done(fail("forward", "RuntimeError", "kernel-zero",
          "could not create a primitive descriptor for the convolution forward propagation primitive. " +
          "Run workload with environment variable ONEDNN_VERBOSE=all to get additional diagnostic information."));
      }
      if (d !== 1) {
        if (k === 0) return done(fail("forward", "RuntimeError", "kernel-zero", "kernel size should be greater than zero, but got [1, 0]"));
        return done(fail("forward", "RuntimeError", "dilation-zero", "dilation should be greater than zero, but got [1, 0]"));
      }
      return done(fail("forward", "RuntimeError", "kernel-zero",
        "kernel size should be greater than zero, but got kernel_height: 1 kernel_width: 0"));
    }
    var length = floorDiv(padded - span, st) + 1;
    result.output = batched ? [shape[0], co, length] : [co, length];
    return done(null);

    function tooSmall(width, out) {
      return fail("forward", "RuntimeError", "input-too-small",
        "input (W: " + width + ") is too small. Calculated output W: " + out);
    }
    function done(error) {
      result.error = error;
      result.padding = appliedPadding(s);
      result.span = d * (k - 1) + 1;
      return result;
    }
  }

  // ---------------------------------------------------------- Real numbers --
  // The output values themselves, for settings small enough to type in.

  var VALUE_LIMITS = { batch: 4, channels: 4, length: 32, outputs: 64 };
  var VALUES_MAX = VALUE_LIMITS.batch * VALUE_LIMITS.channels * VALUE_LIMITS.length;  // 512 values at most

  function product(values) { return values.reduce(function (a, b) { return a * b; }, 1); }

  /* How many values x, w and b hold for a setting torch runs. */
  function valueCounts(s) {
    return { x: product(s.input), w: s.out_channels * (s.in_channels / s.groups) * s.kernel_size,
             b: s.bias ? s.out_channels : 0 };
  }

  /* '' when the values can be computed for this result, else why not: 'error' or 'size'. */
  function valuesRefused(s, result) {
    if (!result || !result.output) return "error";
    var shape = s.input, rank = shape.length;
    if ((rank === 3 && shape[0] > VALUE_LIMITS.batch) || shape[rank - 2] > VALUE_LIMITS.channels ||
        s.out_channels > VALUE_LIMITS.channels || shape[rank - 1] > VALUE_LIMITS.length ||
        result.output[result.output.length - 1] > VALUE_LIMITS.outputs) return "size";
    return "";
  }

  /* The values the page states for what the reader leaves empty: x counts 1, 2, 3, ...,
     every weight is 1, every bias 0. */
  function defaultValues(name, count) {
    var values = [];
    for (var i = 0; i < count; i++) values.push(name === "x" ? i + 1 : name === "w" ? 1 : 0);
    return values;
  }

  /* The input position a padded cell copies, in the reader's indexing of x (null: a zero). */
  function source(position, length, mode) {
    if (position >= 0 && position < length) return position;
    if (mode === "zeros") return null;
    if (mode === "replicate") return position < 0 ? 0 : length - 1;
    if (mode === "circular") return ((position % length) + length) % length;
    if (length < 2) return 0;
    var period = 2 * (length - 1);  // reflect: mirror, edge not repeated
    var p = ((position % period) + period) % period;
    return p < length ? p : period - p;
  }

  /*
   * y = conv(x) for a setting torch runs (result = evaluate(s), without error), with x, w
   * and b flattened in row-major order (b: null without bias). Returns y flattened, in
   * result.output's shape: y[n, o, i] = b[o] + sum over c, t of w[o, c, t] · x_pad[n, grp(o)·C/g + c, i·stride + t·dilation].
   */
  function convolve(s, result, x, w, b) {
    var shape = s.input, rank = shape.length;
    var N = rank === 3 ? shape[0] : 1, C = shape[rank - 2], L = shape[rank - 1];
    var co = s.out_channels, g = s.groups, cg = s.in_channels / g, k = s.kernel_size, st = s.stride, d = s.dilation;
    var pads = appliedPadding(s), left = pads[0], total = L + pads[0] + pads[1];
    var Lout = result.output[result.output.length - 1], perGroup = co / g;
    var rows = [];
    for (var r = 0; r < N * C; r++) {
      var row = new Float64Array(total);
      for (var i = 0; i < total; i++) {
        var from = source(i - left, L, s.padding_mode);
        row[i] = from === null ? 0 : x[r * L + from];
      }
      rows.push(row);
    }
    var y = new Float64Array(N * co * Lout);
    for (var n = 0; n < N; n++) {
      for (var o = 0; o < co; o++) {
        var first = Math.floor(o / perGroup) * cg;
        for (var j = 0; j < Lout; j++) {
          var sum = b ? b[o] : 0;
          for (var c = 0; c < cg; c++) {
            var input = rows[n * C + first + c], weights = (o * cg + c) * k;
            for (var t = 0; t < k; t++) sum += w[weights + t] * input[j * st + t * d];
          }
          y[(n * co + o) * Lout + j] = sum;
        }
      }
    }
    return y;
  }

  function fixed4(value) {
    var text = value.toFixed(4);
    return text === "-0.0000" ? "0.0000" : text;
  }

  // ---------------------------------------------------------------- Stack --
  // nn.Sequential of Conv1d(1, 1, ...), MaxPool1d and AvgPool1d layers on torch.zeros(1, 1, length).

  function convLayer(layer, shape) {
    return { input: shape, in_channels: 1, out_channels: 1, kernel_size: layer.kernel_size, stride: layer.stride,
             padding: layer.padding, dilation: layer.dilation, groups: 1, bias: true, padding_mode: "zeros" };
  }

  function poolError(message) { return fail("forward", "RuntimeError", "pool", message); }

  /* MaxPool1d's forward (aten max_pool1d): the output length, or the error. */
  function maxPool(L, k, s, p, d) {
    if (k <= 0) return poolError("max_pool1d() kernel_size must be greater than zero, but got " + k);
    if (s <= 0) return poolError("max_pool1d() stride must be greater than zero, but got " + s);
    if (p < 0) return poolError("max_pool1d() padding must be non-negative, but got " + p);
    if (p > truncDiv(k, 2))
      return poolError("max_pool1d() padding should be at most half of kernel size, but got padding=" + p + " and kernel_size=" + k);
    if (d <= 0) return poolError("max_pool1d() dilation must be greater than zero, but got " + d);
    var out = floorDiv(L + 2 * p - d * (k - 1) - 1, s) + 1;
    if (out <= 0) return poolError("max_pool1d() Invalid computed output size: " + out);
    return out;
  }

  /* AvgPool1d's forward (aten avg_pool2d on the input seen as (C, 1, L)): the output length, or the error. */
  function avgPool(L, k, s, p) {
    if (s === 0) return poolError("stride should not be zero");
    if (p < 0) return poolError("pad must be non-negative, but got pad: " + p);
    if (p > truncDiv(k, 2))
      return poolError("pad should be at most half of effective kernel size, but got pad=" + p + ", kernel_size=" + k + " and dilation=1");
    var out = floorDiv(L + 2 * p - k, s) + 1;
    if (k <= 0) return poolError("kernel size should be greater than zero, but got kH: 1 kW: " + k);
    if (s <= 0) return poolError("stride should be greater than zero, but got dH: 1 dW: " + s);
    if (out < 1)
      return poolError("Given input size: (1x1x" + L + "). Calculated output size: (1x1x" + out + "). Output size is too small");
    return out;
  }

  function leftPadding(layer) {
    return layer.type === "conv" ? appliedPadding(convLayer(layer, [1, 1, 1]))[0] : layer.padding;
  }

  /*
   * layers: [{type: "conv" | "max" | "avg", kernel_size, stride, padding, dilation}].
   * Returns {lengths, error: {layer, type, message} | null, receptive, jump (BigInt or null),
   *          reads: [[first, last], ...] | null, causal: [left padding per layer] | null}.
   */
  function stack(length, layers) {
    var out = { lengths: [], error: null, receptive: null, jump: null, reads: null, causal: null };
    // nn.Sequential builds every layer before the first forward pass.
    for (var i = 0; i < layers.length && !out.error; i++) {
      if (layers[i].type !== "conv") continue;
      var built = evaluate(convLayer(layers[i], [1, 1, 1]));
      if (built.error && built.error.stage === "init") out.error = at(i, built.error);
    }
    var L = length;
    for (i = 0; i < layers.length && !out.error; i++) {
      var layer = layers[i], next;
      if (layer.type === "conv") {
        var r = evaluate(convLayer(layer, [1, 1, L]));
        next = r.error ? r.error : r.output[2];
      } else if (layer.type === "max") {
        next = maxPool(L, layer.kernel_size, layer.stride, layer.padding, layer.dilation);
      } else {
        next = avgPool(L, layer.kernel_size, layer.stride, layer.padding);
      }
      if (typeof next !== "number") out.error = at(i, next);
      else out.lengths.push(L = next);
    }
    var whole = layers.every(function (l) { return l.kernel_size >= 1 && l.stride >= 1 && l.dilation >= 1; });
    if (whole && layers.length) {
      var receptive = BigInt(1), jump = BigInt(1);
      layers.forEach(function (l) {
        receptive += BigInt(l.dilation) * BigInt(l.kernel_size - 1) * jump;
        jump *= BigInt(l.stride);
      });
      out.receptive = receptive;
      out.jump = jump;
      out.causal = layers.map(function (l) { return l.dilation * (l.kernel_size - 1); });
    }
    if (!out.error && layers.length) out.reads = readSet(length, layers, out.lengths);
    return out;

    function at(index, error) { return { layer: index, type: error.type, message: error.message }; }
  }

  /*
   * The input positions the last output of the stack reads, as runs [first, last]. From
   * the last layer back: output q of a layer reads q·stride − left + t·dilation (t < kernel_size)
   * of its input; positions in the padding read nothing further back. A strided difference
   * array marks each output's taps at once, so each layer costs the width of the window.
   */
  function readSet(length, layers, lengths) {
    var last = layers.length - 1;
    var lo = lengths[last] - 1, marked = new Uint8Array([1]);  // the window [lo, lo + marked.length)
    for (var i = last; i >= 0; i--) {
      var layer = layers[i], inLength = i ? lengths[i - 1] : length;
      var k = layer.kernel_size, st = layer.stride, d = layer.dilation, left = leftPadding(layer);
      var hi = lo + marked.length - 1;
      var from = Math.max(0, lo * st - left), to = Math.min(inLength - 1, hi * st - left + (k - 1) * d);
      if (from > to) return [];
      var size = to - from + 1, diff = new Int32Array(size + d);
      for (var q = 0; q < marked.length; q++) {
        if (!marked[q]) continue;
        var start = (lo + q) * st - left;
        var tFirst = Math.max(0, Math.ceil((from - start) / d)), tLast = Math.min(k - 1, Math.floor((to - start) / d));
        if (tFirst > tLast) continue;
        var a = start + tFirst * d - from;
        diff[a] += 1;
        diff[a + (tLast - tFirst + 1) * d] -= 1;
      }
      var next = new Uint8Array(size);
      for (var j = 0; j < size; j++) {
        if (j >= d) diff[j] += diff[j - d];
        next[j] = diff[j] > 0 ? 1 : 0;
      }
      lo = from;
      marked = next;
    }
    var runs = [];
    for (j = 0; j < marked.length; j++) {
      if (!marked[j]) continue;
      if (runs.length && runs[runs.length - 1][1] === lo + j - 1) runs[runs.length - 1][1] = lo + j;
      else runs.push([lo + j, lo + j]);
    }
    return runs;
  }

  // ------------------------------------------------------------ Diagnosis --
  // A pasted message: which error of the errors pages it is, the reader's numbers in it,
  // and the setting it implies. Each kind is named by its section, `page#anchor`; the
  // explanations are the page's (data-fix-<anchor>), the messages come from the examples
  // (tests/test_calculator_errors.py: every error line an example prints is recognised).

  function ints(text) {
    return text === undefined || text === "" ? [] : text.split(",").map(function (part) { return parseInt(part, 10); });
  }
  function num(text) { return parseInt(text, 10); }

  var ARGUMENTS = ["input", "weight", "bias", "stride", "padding", "dilation", "groups"];
  var DTYPES = { "float": "torch.float32", "double": "torch.float64", "c10::Half": "torch.float16",
                 "c10::BFloat16": "torch.bfloat16", "long int": "torch.int64", "int": "torch.int32",
                 "c10::complex<float>": "torch.complex64", "c10::complex<double>": "torch.complex128",
                 "Float": "torch.float32", "Double": "torch.float64", "Half": "torch.float16",
                 "BFloat16": "torch.bfloat16", "Long": "torch.int64", "Int": "torch.int32" };

  function channels(m) {
    var v = { groups: num(m[1]), weight: ints(m[2]), input: ints(m[3]), expected: num(m[4]), got: num(m[5]) };
    v.out_channels = v.weight[0];
    v.per_group = v.weight[1];
    v.kernel_size = v.weight[2];
    v.batch = v.input[0];
    v.length = v.input[2];
    return v;
  }
  function channelSection(v) {
    if (v.groups !== 1) return "wrong-channel-count-groups";
    if (v.input[2] === v.expected && v.got !== v.expected) return "length-and-channels-swapped";
    if (v.input[0] === 1) return "wrong-channel-count-unbatched";
    return "wrong-channel-count";
  }
  function dtypeSection(v) {
    if (/complex/.test(v.bias) && !/complex/.test(v.input)) return "complex-layer";
    if (/BFloat16/.test(v.input) && v.bias === "float") return "autocast-output";
    return "input-type";
  }
  function rankSection(v) { return v.rank <= 1 ? "input-1d" : "input-4d"; }
  function shapeOfRank(rank) {
    if (rank <= 1) return "10";
    var shape = [2, 3, 10];
    while (shape.length < rank) shape.push(1);
    return shape.join(", ");
  }
  /* The arguments a message of F.conv1d's "invalid combination" marks as floats. */
  function floatArguments(text) {
    var marked = /invalid types: \(([^\n]*)\)/.exec(text);
    if (!marked) return "";
    var items = marked[1].match(/![^!]*!|[^,!]+(?:,|$)/g) || [];
    var names = [];
    items.forEach(function (item, index) {
      if (/float/.test(item) && ARGUMENTS[index]) names.push(ARGUMENTS[index]);
    });
    return names.join(", ");
  }

  /*
   * Each kind: page and id (its section), re, read(match, text) -> values,
   * section(values) -> another id on the same page, conv(values) -> the layer's fields,
   * stack(values) -> {length, layers}, variant(values) -> a suffix of the explanation's name.
   */
  var KINDS = [
    { page: "errors/construction", id: "groups-not-positive", re: /groups must be a positive integer/,
      conv: function () { return { groups: "0" }; } },
    { page: "errors/construction", id: "in-channels-not-divisible", re: /in_channels must be divisible by groups/,
      conv: function () { return { in_channels: "3", groups: "2" }; } },
    { page: "errors/construction", id: "out-channels-not-divisible", re: /out_channels must be divisible by groups/,
      conv: function () { return { input: "2, 4, 10", in_channels: "4", out_channels: "3", groups: "2" }; } },
    { page: "errors/construction", id: "invalid-padding-string",
      re: /Invalid padding string ('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"), should be one of/,
      read: function (m) { return { repr: m[1], padding: pyUnrepr(m[1]) }; },
      conv: function (v) { return { padding: v.padding }; } },
    { page: "errors/construction", id: "same-strided", re: /padding='same' is not supported for strided convolutions/,
      conv: function () { return { padding: "same", stride: "2" }; } },
    { page: "errors/construction", id: "invalid-padding-mode",
      re: /padding_mode must be one of \{[^}\n]*\}, but got padding_mode='([^\n]*)'/,
      read: function (m) { return { mode: m[1] }; },
      conv: function (v) { return { padding_mode: v.mode }; } },
    { page: "errors/construction", id: "negative-dimension",
      re: /Trying to create tensor with negative dimension (-?\d+): \[([-\d, ]*)\]/,
      read: function (m) {
        var v = { dimension: num(m[1]), weight: ints(m[2]) };
        v.argument = ["out_channels", "in_channels / groups", "kernel_size"][v.weight.indexOf(v.dimension)] || "?";
        return v;
      },
      conv: function (v) {
        if (v.weight.length !== 3) return null;
        var channels = v.weight[1] > 0 ? v.weight[1] : 3;
        return { input: "2, " + channels + ", 10", out_channels: v.weight[0], in_channels: v.weight[1], kernel_size: v.weight[2] };
      } },
    { page: "errors/construction", id: "float-size",
      re: /empty\(\): argument 'size' failed to unpack the object at pos (\d+) with error "type must be tuple of ints, ?but got float"/,
      read: function (m) {
        var v = { pos: num(m[1]) };
        v.argument = ["", "out_channels", "in_channels / groups", "kernel_size"][v.pos] || "?";
        return v;
      } },
    { page: "errors/construction", id: "float-out-channels",
      re: /empty\(\): argument 'size' \(position (\d+)\) must be tuple of ints, but found element of type float at pos (\d+)/,
      read: function (m) { return { position: num(m[1]), pos: num(m[2]) }; } },

    { page: "errors/forward", id: "wrong-channel-count",
      re: /Given groups=(\d+), weight of size \[([-\d, ]*)\], expected input\[([-\d, ]*)\] to have (\d+) channels, but got (\d+) channels instead/,
      read: channels, section: channelSection,
      conv: function (v, id) {
        var input = id === "wrong-channel-count-unbatched" ? [v.input[1], v.input[2]] : v.input.slice();
        var fields = { in_channels: v.weight[1] * v.groups, out_channels: v.weight[0], kernel_size: v.weight[2], groups: v.groups };
        if (input[input.length - 1] < 1) {  // a length cropped to 0 by a negative circular padding
          input[input.length - 1] = 2;
          fields.padding = "-1";
          fields.padding_mode = "circular";
        }
        fields.input = input.join(", ");
        return fields;
      } },
    { page: "errors/forward", id: "kernel-too-long",
      re: /Calculated padded input size per channel: \((-?\d+)\)\. Kernel size: \((-?\d+)\)\. Kernel size can't be greater than actual input size/,
      read: function (m) {
        var v = { padded: num(m[1]), span: num(m[2]) };
        v.more = Math.max(1, Math.ceil((v.span - v.padded) / 2));
        return v;
      },
      conv: function (v) {
        if (v.padded < 1) return { input: "2, 3, 2", padding: "-1", padding_mode: "circular", kernel_size: v.span };
        return { input: "2, 3, " + v.padded, padding: "0", kernel_size: v.span, dilation: "1" };
      } },
    { page: "errors/forward", id: "input-1d",
      re: /Expected 2D \(unbatched\) or 3D \(batched\) input to conv1d, but got input of size: \[([-\d, ]*)\]/,
      read: function (m) {
        var v = { size: ints(m[1]) };
        v.rank = v.size.length;
        v.length = v.rank ? v.size[v.rank - 1] : 1;
        return v;
      },
      section: rankSection,
      conv: function (v) { return v.rank ? { input: v.size.join(", "), padding_mode: "zeros" } : null; } },
    { page: "errors/forward", id: "input-1d", re: /Padding size (\d+) is not supported for (\d+)D input tensor/,
      read: function (m) { return { pad: num(m[1]), rank: num(m[2]) }; },
      section: rankSection, variant: function () { return "pad"; },
      conv: function (v) { return { input: shapeOfRank(v.rank), padding_mode: "reflect" }; } },
    { page: "errors/forward", id: "input-1d",
      re: /Padding length should be less than or equal to two times the input dimension but got padding length (\d+) and input of dimension (\d+)/,
      read: function (m) { return { pad: num(m[1]), rank: num(m[2]) }; },
      section: rankSection, variant: function () { return "pad"; } },
    { page: "errors/forward", id: "residual-size-mismatch",
      re: /The size of tensor a \((\d+)\) must match the size of tensor b \((\d+)\) at non-singleton dimension (-?\d+)/,
      read: function (m) {
        var v = { a: num(m[1]), b: num(m[2]), dimension: num(m[3]) };
        v.shorter = Math.min(v.a, v.b);
        return v;
      },
      variant: function (v) { return v.dimension === 1 ? "channels" : v.dimension === 2 || v.dimension === -1 ? "length" : ""; } },

    { page: "errors/arguments", id: "non-positive-stride", re: /non-positive stride is not supported/,
      conv: function () { return { stride: "0" }; } },
    { page: "errors/arguments", id: "negative-padding", re: /negative padding is not supported/,
      conv: function () { return { padding: "-1", padding_mode: "zeros" }; } },
    { page: "errors/arguments", id: "dilation-negative", re: /dilation should be greater than zero(?!, but got)/,
      conv: function () { return { dilation: "-1" }; } },
    { page: "errors/arguments", id: "dilation-zero", re: /non-positive dilation is not supported/,
      conv: function () { return { dilation: "0", input: "2, 3, 10" }; } },
    { page: "errors/arguments", id: "dilation-zero", re: /dilation should be greater than zero, but got \[(\d+), (-?\d+)\]/,
      read: function (m) { return { height: num(m[1]), width: num(m[2]) }; },
      conv: function () { return { dilation: "0", input: "1, 3, 10" }; } },
    { page: "errors/arguments", id: "kernel-size-zero", re: /could not create a primitive descriptor for the convolution forward propagation primitive/,
      conv: function () { return { kernel_size: "0", input: "2, 3, 10" }; } },
    { page: "errors/arguments", id: "kernel-size-zero",
      re: /kernel size should be greater than zero, but got kernel_height: (\d+) kernel_width: (-?\d+)/,
      read: function (m) { return { height: num(m[1]), width: num(m[2]) }; },
      conv: function () { return { kernel_size: "0", input: "1, 3, 10", dilation: "1" }; } },
    { page: "errors/arguments", id: "kernel-size-zero", re: /kernel size should be greater than zero, but got \[(\d+), (-?\d+)\]/,
      read: function (m) { return { height: num(m[1]), width: num(m[2]) }; },
      conv: function () { return { kernel_size: "0", input: "1, 3, 10", dilation: "2" }; } },
    { page: "errors/arguments", id: "out-channels-zero",
      re: /Given groups=(\d+), expected weight to be at least (\d+) at dimension 0, but got weight of size \[([-\d, ]*)\] instead/,
      read: function (m) {
        var v = { groups: num(m[1]), least: num(m[2]), weight: ints(m[3]) };
        v.out_channels = v.weight[0];
        return v;
      },
      conv: function (v) {
        var ci = v.weight[1] * v.groups;
        return { out_channels: v.weight[0], in_channels: ci, kernel_size: v.weight[2], groups: v.groups,
                 input: "2, " + Math.max(ci, 1) + ", 10" };
      } },
    { page: "errors/types", id: "padding-two-values",
      re: /expected padding to be a single integer value or a list of (\d+) values to match the convolution dimensions, but got padding=\[([-\d, ]*)\]/,
      read: function (m) {
        var v = { count: num(m[1]), values: ints(m[2]) };
        v.padding = tuple(v.values);
        v.left = v.values[0];
        v.right = v.values.length > 1 ? v.values[1] : v.values[0];
        return v;
      } },
    { page: "errors/types", id: "stride-two-values",
      re: /expected (stride|dilation) to be a single integer value or a list of (\d+) values to match the convolution dimensions, but got (?:stride|dilation)=\[([-\d, ]*)\]/,
      read: function (m) {
        var v = { argument: m[1], count: num(m[2]), values: ints(m[3]) };
        v.given = tuple(v.values);
        v.first = v.values[0];
        return v;
      } },
    { page: "errors/types", id: "kernel-size-two-values",
      re: /Expected (\d+)-dimensional input for (\d+)-dimensional weight \[([-\d, ]*)\], but got (\d+)-dimensional input of size \[([-\d, ]*)\] instead/,
      read: function (m) {
        var v = { expected: num(m[1]), dims: num(m[2]), weight: ints(m[3]), got: num(m[4]), input: ints(m[5]) };
        v.kernel = tuple(v.weight.slice(2));
        v.first = v.weight[2];
        return v;
      },
      conv: function (v) {
        if (v.weight.length < 3 || v.input.length < 2) return null;
        return { input: v.input.join(", "), out_channels: v.weight[0], in_channels: v.weight[1], kernel_size: v.weight[2] };
      } },
    { page: "errors/types", id: "float-padding",
      re: /conv1d\(\) received an invalid combination of arguments - got \(([^)\n]*)\)/,
      read: function (m, text) { return { got: m[1], floats: floatArguments(text.slice(m.index)) }; },
      section: function (v) { return /padding_mode=/.test(v.got) ? "functional-padding-mode" : "float-padding"; },
      page2: "errors/layers",
      variant: function (v) { return /padding_mode=/.test(v.got) ? "" : v.floats ? "" : "unknown"; } },
    { page: "errors/types", id: "float-padding-mode",
      re: /pad\(\): argument 'pad' \(position (\d+)\) must be tuple of ints, but found element of type float at pos (\d+)/,
      read: function (m) { return { position: num(m[1]), pos: num(m[2]) }; } },
    { page: "errors/arguments", id: "reflect-padding-too-large",
      re: /Argument #(\d+): Padding size should be less than the corresponding input dimension, but got: padding \((-?\d+), (-?\d+)\) at dimension (-?\d+) of input \[([-\d, ]*)\]/,
      read: function (m) {
        var v = { argument: num(m[1]), left: num(m[2]), right: num(m[3]), dimension: num(m[4]), input: ints(m[5]) };
        v.length = v.input[v.input.length - 1];
        v.most = Math.max(0, v.length - 1);
        return v;
      },
      conv: function (v) {
        if (v.input.length < 2 || v.input.length > 3) return null;
        var fields = { padding_mode: "reflect", input: v.input.join(", "), in_channels: v.input[v.input.length - 2] };
        if (v.left === v.right) fields.padding = v.left;
        else { fields.padding = "same"; fields.kernel_size = v.left + v.right + 1; fields.dilation = "1"; fields.stride = "1"; }
        return fields;
      } },
    { page: "errors/arguments", id: "circular-padding-too-large", re: /Padding value causes wrapping around more than once/,
      conv: function () { return { padding_mode: "circular", padding: "11", input: "2, 3, 10" }; } },
    { page: "errors/types", id: "weight-dimensions", re: /weight should have at least three dimensions/ },
    { page: "errors/types", id: "bias-size",
      re: /Given weight of size \[([-\d, ]*)\], expected bias to be 1-dimensional with (\d+) elements, but got bias of size \[([-\d, ]*)\] instead/,
      read: function (m) {
        var v = { weight: ints(m[1]), elements: num(m[2]), bias: ints(m[3]) };
        v.given = tuple(v.bias);
        return v;
      } },

    { page: "errors/dtype_device", id: "integer-dtype", re: /Only Tensors of floating point and complex dtype can require gradients/ },
    { page: "errors/dtype_device", id: "input-type", re: /Input type \(([^)\n]*)\) and bias type \(([^)\n]*)\) should be the same/,
      read: function (m) {
        return { input: m[1], bias: m[2], input_dtype: DTYPES[m[1]] || m[1], bias_dtype: DTYPES[m[2]] || m[2] };
      },
      section: dtypeSection },
    { page: "errors/dtype_device", id: "expected-scalar-type", re: /expected scalar type (\w+) but found (\w+)/,
      read: function (m) { return { expected: m[1], found: m[2], expected_dtype: DTYPES[m[1]] || m[1], found_dtype: DTYPES[m[2]] || m[2] }; } },

    { page: "errors/layers", id: "max-pool-output-size", re: /max_pool1d\(\) Invalid computed output size: (-?\d+)/,
      read: function (m) { return { size: num(m[1]) }; },
      stack: function (v, length) { return { layers: "max:" + (length + 1 - v.size) + ",1,0,1" }; } },
    { page: "errors/layers", id: "avg-pool-output-size",
      re: /Given input size: \((\d+)x(\d+)x(\d+)\)\. Calculated output size: \((\d+)x(\d+)x(-?\d+)\)\. Output size is too small/,
      read: function (m) {
        return { channels: num(m[1]), height: num(m[2]), length: num(m[3]), out_channels: num(m[4]),
                 out_height: num(m[5]), size: num(m[6]) };
      },
      stack: function (v) { return { length: v.length, layers: "avg:" + (v.length + 1 - v.size) + ",1,0" }; } },
    { page: "errors/layers", id: "max-pool-padding",
      re: /max_pool1d\(\) padding should be at most half of kernel size, but got padding=(-?\d+) and kernel_size=(-?\d+)/,
      read: function (m) {
        var v = { padding: num(m[1]), kernel_size: num(m[2]) };
        v.half = truncDiv(v.kernel_size, 2);
        return v;
      },
      stack: function (v) { return { layers: "max:" + v.kernel_size + ",1," + v.padding + ",1" }; } },
    { page: "errors/layers", id: "avg-pool-padding",
      re: /pad should be at most half of effective kernel size, but got pad=(-?\d+), kernel_size=(-?\d+) and dilation=(-?\d+)/,
      read: function (m) {
        var v = { padding: num(m[1]), kernel_size: num(m[2]), dilation: num(m[3]) };
        v.half = truncDiv((v.kernel_size - 1) * v.dilation + 1, 2);
        return v;
      },
      stack: function (v) { return v.dilation === 1 ? { layers: "avg:" + v.kernel_size + ",1," + v.padding } : null; } },
    { page: "errors/layers", id: "linear-in-features", re: /mat1 and mat2 shapes cannot be multiplied \((\d+)x(\d+) and (\d+)x(\d+)\)/,
      read: function (m) { return { rows: num(m[1]), features: num(m[2]), in_features: num(m[3]), out_features: num(m[4]) }; } },
    { page: "errors/layers", id: "lazy-uninitialized", re: /Attempted to use an uninitialized parameter(?: in ([^\n]*?)\. This error)?/,
      read: function (m) { return { method: m[1] || "" }; } },
    { page: "errors/layers", id: "lazy-shape", re: /Can't access the shape of an uninitialized parameter or buffer/ },
    { page: "errors/layers", id: "output-padding",
      re: /output padding must be smaller than either stride or dilation, but got output_padding_height: (-?\d+) output_padding_width: (-?\d+) stride_height: (-?\d+) stride_width: (-?\d+) dilation_height: (-?\d+) dilation_width: (-?\d+)/,
      read: function (m) {
        var v = { output_padding_height: num(m[1]), output_padding: num(m[2]), stride_height: num(m[3]), stride: num(m[4]),
                  dilation_height: num(m[5]), dilation: num(m[6]) };
        v.most = Math.max(0, Math.max(v.stride, v.dilation) - 1);
        return v;
      } },
    { page: "errors/layers", id: "transpose-output-size",
      re: /requested an output size of \[([-\d, ]*)\], but valid sizes range from \[([-\d, ]*)\] to \[([-\d, ]*)\] \(for an input of torch\.Size\(\[([-\d, ]*)\]\)\)/,
      read: function (m) {
        return { requested: ints(m[1]).join(", "), smallest: ints(m[2]).join(", "), largest: ints(m[3]).join(", "),
                 input: ints(m[4]).join(", "), numbers: ints(m[1]).concat(ints(m[2]), ints(m[3]), ints(m[4])) };
      } },
    { page: "errors/layers", id: "transpose-padding-same",
      re: /conv_transpose1d\(\): argument 'padding' \(position (\d+)\) must be tuple of ints, but found element of type str at pos (\d+)/,
      read: function (m) { return { position: num(m[1]), pos: num(m[2]) }; } },
    { page: "errors/layers", id: "transpose-padding-mode", re: /Only "zeros" padding mode is supported for ConvTranspose1d/ },
    { page: "errors/layers", id: "transpose-output-too-small",
      re: /Given input size per channel: \((\d+) x (\d+)\)\. Calculated output size per channel: \((-?\d+) x (-?\d+)\)\. Output size is too small/,
      read: function (m) { return { height: num(m[1]), length: num(m[2]), out_height: num(m[3]), size: num(m[4]) }; } },

    { page: "errors/warnings", id: "zero-element", re: /Initializing zero-element tensors is a no-op/ },
    { page: "errors/warnings", id: "same-even-kernel",
      re: /Using padding='same' with even kernel lengths and odd dilation may require a zero-padded copy of the input be created/,
      conv: function () { return { padding: "same", kernel_size: "4", dilation: "1", stride: "1", padding_mode: "zeros" }; } },

    // Errors of the calculator's own settings that the errors pages explain under negative padding.
    { page: "errors/arguments", id: "negative-padding", re: /input \(W: (\d+)\) is too small\. Calculated output W: (-?\d+)/,
      read: function (m) { return { length: num(m[1]), size: num(m[2]) }; }, variant: function () { return "crop"; },
      conv: function (v) {
        var p = (v.size - v.length) / 2, fields = { input: "2, 3, " + v.length, padding_mode: "replicate" };
        if (Number.isInteger(p)) fields.padding = p;
        else {  // an odd total: 'same' with a negative dilation
          fields.padding = "same";
          fields.kernel_size = "2";
          fields.dilation = v.size - v.length;
          fields.stride = "1";
        }
        return fields;
      } },
    { page: "errors/arguments", id: "negative-padding", re: /Negative padding value is resulting in an empty dimension/,
      variant: function () { return "empty"; },
      conv: function () { return { input: "2, 3, 10", padding: "-6", padding_mode: "circular" }; } },
    { page: "errors/arguments", id: "negative-padding", re: /Only zero batch or zero channel inputs are supported, but got input shape: \[([-\d, ]*)\]/,
      read: function (m) { return { shape: ints(m[1]) }; }, variant: function () { return "empty"; },
      conv: function (v) {
        return { input: v.shape[0] + ", " + v.shape[1] + ", 2", in_channels: v.shape[1], padding: "-1",
                 padding_mode: "circular", kernel_size: "0", dilation: "2" };
      } },
    // Errors the parameter pages show.
    { page: "parameters/bias", id: "per-channel", re: /'NoneType' object has no attribute '(\w+)'/,
      read: function (m) { return { attribute: m[1] }; } },
    { page: "parameters/device_dtype", id: "meta", re: /Cannot copy out of meta tensor; no data!/ }
  ];

  var PASTE_LIMIT = 20000;  // characters of a pasted text read: its end, where the error is

  function normalizeMessage(text) {
    return String(text).slice(-PASTE_LIMIT).replace(/\u001b\[[0-9;]*m/g, "").replace(/\r\n?/g, "\n")
      .replace(/[\t\u00a0 ]+/g, " ");
  }

  /* The numbers a diagnosis took out of the message. */
  function numbersOf(values) {
    var found = [];
    (function walk(value) {
      if (typeof value === "number") found.push(value);
      else if (Array.isArray(value)) value.forEach(walk);
    })(values.numbers || Object.keys(values).map(function (key) { return values[key]; }));
    return found;
  }

  /*
   * The error of the errors pages a pasted text shows (its last one, for a traceback that
   * raised several): {page, id, key, values, numbers, conv: fields | null, stack: fields | null},
   * or null. `length` is the stack's current input length (for a pooling message that lacks it).
   */
  function diagnose(text, length) {
    var message = normalizeMessage(text || ""), best = null;
    KINDS.forEach(function (kind) {
      var m = kind.re.exec(message);
      if (!m) return;
      // the last match of this kind
      var global = new RegExp(kind.re.source, "g"), next;
      global.lastIndex = m.index + 1;
      while ((next = global.exec(message)) !== null) { m = next; global.lastIndex = m.index + 1; }
      if (!best || m.index > best.match.index) best = { kind: kind, match: m };
    });
    if (!best) return null;
    var kind = best.kind, values = kind.read ? kind.read(best.match, message) : {};
    var id = kind.section ? kind.section(values) : kind.id;
    var page = id === "functional-padding-mode" ? kind.page2 : kind.page;
    var variant = kind.variant ? kind.variant(values) : "";
    values.message = best.match[0];
    return {
      page: page, id: id, key: id + (variant ? "-" + variant : ""), values: values, numbers: numbersOf(values),
      conv: kind.conv ? kind.conv(values, id) : null,
      stack: kind.stack ? kind.stack(values, length || 100) : null
    };
  }

  // --------------------------------------------------------------- Fields --

  var FIELDS = ["input", "in_channels", "out_channels", "kernel_size", "stride", "padding",
                "dilation", "groups", "bias", "padding_mode"];
  var VALUE_FIELDS = ["x", "w", "b"];
  var STACK_FIELDS = ["length", "layers"];
  var INTEGER_FIELDS = ["in_channels", "out_channels", "kernel_size", "stride", "dilation", "groups"];
  var DEFAULTS = { input: "2, 3, 10", in_channels: "3", out_channels: "4", kernel_size: "3", stride: "1",
                   padding: "0", dilation: "1", groups: "1", bias: "true", padding_mode: "zeros",
                   x: "", w: "", b: "", length: "100", layers: "3,1,0,1;3,2,1,2", error: "" };
  var LIMIT = 1000000;
  var NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
  var WHOLE = /^[+-]?\d+$/;
  var MAX_SIZES = 8, MAX_LAYERS = 32, TEXT_LIMIT = 4096, VALUES_TEXT_LIMIT = 20000;

  function message(key, values) { return { message: key, values: values || {} }; }

  /* A whole number within the limit, as Python reads an int literal, or {message: key}. */
  function parseInteger(raw) {
    var text = String(raw).trim();
    if (text === "") return message("required");
    if (WHOLE.test(text)) {
      var digits = text.replace(/^[+-]?0*/, "");
      if (digits.length > 7 || Number(text.replace(/^\+/, "")) > LIMIT || Number(text) < -LIMIT) return message("too-large");
      var value = Number(text);
      return { value: value === 0 ? 0 : value };
    }
    if (NUMBER.test(text)) {
      var number = Number(text);
      if (!isFinite(number) || Math.abs(number) > LIMIT) return message("too-large");
    }
    return message("integer");
  }

  /* Sizes as torch.zeros takes them: 2, 3, 10 or (2, 3, 10) or [2, 3, 10] or 2 3 10. */
  function parseShape(raw) {
    var text = String(raw).trim();
    if (text === "") return message("required");
    if (text.length > TEXT_LIMIT) return message(/^[\s\d,()[\]+-]*$/.test(text) ? "too-large" : "shape-integer");
    var open = text[0], close = text[text.length - 1];
    var pairs = { "(": ")", "[": "]" };
    if (pairs[open] || close === ")" || close === "]") {
      if (pairs[open] !== close || text.length < 2) return message("shape-integer");
      text = text.slice(1, -1).trim();
      if (text === "") return message("shape-count");
    }
    var parts;
    if (text.indexOf(",") >= 0) {
      parts = text.split(",").map(function (part) { return part.trim(); });
      if (parts.length > 1 && parts[parts.length - 1] === "") parts.pop();  // (10,) as Python writes it
    } else {
      parts = text.split(/\s+/);
    }
    if (parts.length > MAX_SIZES) return message("shape-count");
    var sizes = [];
    for (var i = 0; i < parts.length; i++) {
      if (!WHOLE.test(parts[i])) return message("shape-integer");
      var size = parseInteger(parts[i]);
      if (size.message) return message(size.message === "too-large" ? "too-large" : "shape-integer");
      if (size.value < 1) return message("shape-size");
      sizes.push(size.value);
    }
    return { value: sizes, text: sizes.join(",") };
  }

  /* A number, 'same' or 'valid'; any other text is passed to torch as the string it is. */
  function parsePadding(raw) {
    raw = String(raw);
    var text = raw.trim();
    if (text === "") return message("required");
    if (WHOLE.test(text) || NUMBER.test(text)) {
      var number = parseInteger(text);
      return number.message ? message(number.message === "integer" ? "padding" : number.message) : number;
    }
    if (raw.length > TEXT_LIMIT) return message("too-long");
    var quoted = /^'([^']*)'$|^"([^"]*)"$/.exec(text);  // 'same' as Python writes it
    if (quoted) return { value: quoted[1] !== undefined ? quoted[1] : quoted[2] };
    return { value: raw };
  }

  function parseBias(raw) {
    return { value: !/^(false|0|no|off|none)$/i.test(String(raw).trim()) };
  }

  /* Values for x, w or b: numbers separated by commas, spaces or new lines; brackets and
     tensor(...) as torch prints a tensor are read too. */
  function parseValues(raw) {
    raw = String(raw);
    if (raw.trim() === "") return { value: null, text: "" };
    if (raw.length > VALUES_TEXT_LIMIT) return message("values-too-many", { most: VALUES_MAX });
    var parts = raw.replace(/tensor\(|[()[\]]/g, " ").split(/[\s,]+/).filter(function (part) { return part !== ""; });
    if (parts.length > VALUES_MAX) return message("values-too-many", { most: VALUES_MAX });
    var values = [];
    for (var i = 0; i < parts.length; i++) {
      var value = NUMBER.test(parts[i]) ? Number(parts[i]) : NaN;
      if (!isFinite(value)) return message("values-number", { value: parts[i].slice(0, 24), position: i + 1 });
      values.push(value);
    }
    return { value: values, text: parts.join(",") };
  }

  /* The stack's layers: kernel_size,stride,padding,dilation per layer (stride, padding and
     dilation may be left out), `max:` or `avg:` before a pooling layer's numbers, one layer
     per line or separated by `;`. */
  function parseLayers(raw) {
    raw = String(raw);
    if (raw.length > TEXT_LIMIT) return message("layers-too-many", { most: MAX_LAYERS });
    var groups = raw.split(/[;\n]/).map(function (group) { return group.trim(); })
      .filter(function (group) { return group !== ""; });
    if (!groups.length) return message("required");
    if (groups.length > MAX_LAYERS) return message("layers-too-many", { most: MAX_LAYERS });
    var layers = [], texts = [];
    for (var i = 0; i < groups.length; i++) {
      var where = { layer: i + 1, text: groups[i].slice(0, 40) };
      var typed = /^(conv|max|avg)\s*:\s*(.*)$/i.exec(groups[i]);
      var type = typed ? typed[1].toLowerCase() : "conv";
      var parts = (typed ? typed[2] : groups[i]).split(/\s*,\s*|\s+/).filter(function (part) { return part !== ""; });
      var most = type === "avg" ? 3 : 4;
      if (!parts.length || parts.length > most) return message(type === "avg" ? "layer-avg" : "layer-count", where);
      var numbers = [];
      for (var j = 0; j < parts.length; j++) {
        if (type === "conv" && j === 2 && /^(same|valid)$/.test(parts[j])) { numbers.push(parts[j]); continue; }
        var number = parseInteger(parts[j]);
        if (number.message) return message(number.message === "too-large" ? "layer-too-large" : "layer-integer", where);
        numbers.push(number.value);
      }
      var stride = numbers.length > 1 ? numbers[1] : type === "conv" ? 1 : numbers[0];
      layers.push({ type: type, kernel_size: numbers[0], stride: stride, padding: numbers.length > 2 ? numbers[2] : 0,
                    dilation: numbers.length > 3 ? numbers[3] : 1 });
      texts.push((typed ? type + ":" : "") + numbers.join(","));
    }
    return { value: layers, text: texts.join(";") };
  }

  /*
   * The layer's fields as the reader typed them ({name: text}; missing names take the
   * defaults): {setting, messages: {name: {message, values}}, texts: what the address keeps}.
   */
  function parseFields(raw) {
    var parsed = {}, messages = {}, texts = {};
    var parsers = { input: parseShape, padding: parsePadding, bias: parseBias, x: parseValues, w: parseValues, b: parseValues };
    FIELDS.concat(VALUE_FIELDS).forEach(function (name) {
      var text = String(Object.prototype.hasOwnProperty.call(raw, name) ? raw[name] : DEFAULTS[name]);
      var parse = parsers[name] || (INTEGER_FIELDS.indexOf(name) >= 0 ? parseInteger : function (v) { return { value: v }; });
      var outcome = parse(text);
      if (outcome.message) messages[name] = outcome;
      else parsed[name] = outcome.value;
      // The address keeps what the reader typed, in its plain form where it reads.
      texts[name] = outcome.message ? text : outcome.text !== undefined ? outcome.text :
        typeof outcome.value === "number" ? String(outcome.value) : text;
    });
    return { setting: parsed, messages: messages, texts: texts };
  }

  function parseLength(raw) {
    var number = parseInteger(raw);
    if (number.message) return number;
    if (number.value < 1) return message("shape-size");
    return number;
  }

  // ----------------------------------------------------------------- Text --

  function divisors(n) {
    var small = [], large = [];
    n = Math.abs(n) || 1;
    for (var i = 1; i * i <= n; i++) {
      if (n % i === 0) { small.push(i); if (i * i !== n) large.unshift(n / i); }
    }
    return small.concat(large);
  }

  function shortList(values) {
    return values.length > 12 ? values.slice(0, 12).join(", ") + ", …" : values.join(", ");
  }

  function fill(template, values) {
    return (template || "").replace(/\{(\w+)\}/g, function (all, name) {
      if (!(name in values)) return all;
      var value = values[name];
      return Array.isArray(value) ? tuple(value) : String(value);
    });
  }

  function shapeText(values) { return values ? "[" + values.join(", ") + "]" : null; }

  /* A shape as Python prints a tuple. */
  function tuple(values) { return "(" + values.join(", ") + (values.length === 1 ? ",)" : ")"); }

  function camel(key) { return key.replace(/-(\w)/g, function (all, c) { return c.toUpperCase(); }); }

  function runsText(runs, most) {
    var parts = runs.slice(0, most).map(function (run) { return run[0] === run[1] ? String(run[0]) : run[0] + "–" + run[1]; });
    return parts.join(", ") + (runs.length > most ? ", …" : "");
  }

  // ------------------------------------------------------------- Diagrams --

  var SVG = "http://www.w3.org/2000/svg";
  var CELL = 24, MAX_CELLS = 36, LABEL = 44;

  function svgElement(name, attributes, text) {
    var element = document.createElementNS(SVG, name);
    for (var key in attributes) element.setAttribute(key, attributes[key]);
    if (text !== undefined) element.textContent = text;
    return element;
  }

  function clear(element) { while (element.firstChild) element.removeChild(element.firstChild); }

  var MAX_LINES = 600;  // of a text box: laying out ten thousand lines takes the browser a second

  /* What a field takes of a value pasted or given in the address: no more than its maxlength
     (the error box: the end of a text, where the error is) and MAX_LINES lines. */
  function capped(control, value, tail) {
    var most = control.maxLength > 0 ? control.maxLength : PASTE_LIMIT;
    if (value.length > most) value = tail ? value.slice(-most) : value.slice(0, most);
    if (control.tagName !== "TEXTAREA") return value;
    for (var i = 0, at = tail ? value.length : -1; i < MAX_LINES; i++) {
      at = tail ? value.lastIndexOf("\n", at - 1) : value.indexOf("\n", at + 1);
      if (at < 0) return value;
    }
    return tail ? value.slice(at + 1) : value.slice(0, at);
  }

  /* A paste the field would not take whole goes in cut as `capped` cuts it, at once. */
  function limitPaste(control, tail, onCut) {
    control.addEventListener("paste", function (event) {
      var text = event.clipboardData && event.clipboardData.getData("text");
      if (!text) return;
      var value = control.value, start = control.selectionStart, end = control.selectionEnd;
      var whole = value.slice(0, start) + text + value.slice(end), cut = capped(control, whole, tail);
      if (cut === whole) return;
      event.preventDefault();
      control.value = cut;
      if (onCut) onCut();
      control.dispatchEvent(new Event("input", { bubbles: true }));
    });
  }

  function drawDiagram(root, s, result, texts) {
    var figure = root.querySelector("[data-diagram]");
    var caption = root.querySelector("[data-diagram-caption]");
    clear(figure);
    if (!result || result.error || !result.output) {
      caption.textContent = result && result.error ? texts.diagramNone : "";
      figure.hidden = true;
      return;
    }
    var left = result.padding[0], right = result.padding[1];
    var length = s.input[s.input.length - 1];
    if (left < 0 || right < 0) {
      caption.textContent = texts.diagramCropped;
      figure.hidden = true;
      return;
    }
    var total = left + length + right;
    var shown = Math.min(total, MAX_CELLS);
    var outputs = result.output[result.output.length - 1];
    var k = s.kernel_size, d = s.dilation, st = s.stride;
    var rows = [];
    for (var j = 0; j < outputs && rows.length < 3; j++) rows.push(j);
    if (outputs - 1 > rows[rows.length - 1] && (outputs - 1) * st + d * (k - 1) < shown) rows.push(outputs - 1);
    rows = rows.filter(function (row) { return row * st < shown; });

    var width = LABEL + shown * CELL + (shown < total ? 28 : 4);
    var height = 44 + rows.length * 22 + 6;
    var svg = svgElement("svg", { viewBox: "0 0 " + width + " " + height, width: width, height: height,
                                  role: "img", "aria-labelledby": "conv1d-diagram-title conv1d-diagram-desc",
                                  "class": "conv1d-diagram" });
    var described = [fill(texts.diagramDesc, { left: left, length: length, right: right, total: total })];
    svg.appendChild(svgElement("title", { id: "conv1d-diagram-title" }, texts.diagramTitle));
    var desc = svgElement("desc", { id: "conv1d-diagram-desc" });
    svg.appendChild(desc);

    svg.appendChild(svgElement("text", { x: 2, y: 27, "class": "conv1d-diagram__label" }, "x"));
    for (var c = 0; c < shown; c++) {
      var position = c - left, padded = position < 0 || position >= length;
      var from = source(position, length, s.padding_mode);
      var x = LABEL + c * CELL;
      svg.appendChild(svgElement("rect", { x: x + 1, y: 12, width: CELL - 2, height: CELL - 2, rx: 2,
                                           "class": padded ? "conv1d-diagram__pad" : "conv1d-diagram__cell" }));
      var label = from === null ? "0" : String(from);
      var attributes = { x: x + CELL / 2, y: 27, "text-anchor": "middle",
                         "class": padded ? "conv1d-diagram__padtext" : "conv1d-diagram__text" };
      if (label.length > 3) { attributes.textLength = CELL - 4; attributes.lengthAdjust = "spacingAndGlyphs"; }
      svg.appendChild(svgElement("text", attributes, label));
      if (!padded && (position === 0 || position === length - 1 || position % 5 === 0))
        svg.appendChild(svgElement("text", { x: x + CELL / 2, y: 8, "text-anchor": "middle",
                                             "class": "conv1d-diagram__index" }, String(position)));
    }
    if (shown < total)
      svg.appendChild(svgElement("text", { x: LABEL + shown * CELL + 6, y: 27, "class": "conv1d-diagram__text" }, "…"));

    rows.forEach(function (row, index) {
      var y = 44 + index * 22 + 8;
      var start = row * st, taps = [];
      for (var t = 0; t < k && start + t * d < shown; t++) taps.push(start + t * d);
      svg.appendChild(svgElement("text", { x: 2, y: y + 4, "class": "conv1d-diagram__label" }, "y[" + row + "]"));
      var last = taps[taps.length - 1];
      svg.appendChild(svgElement("line", { x1: LABEL + start * CELL + CELL / 2, y1: y, x2: LABEL + last * CELL + CELL / 2,
                                           y2: y, "class": "conv1d-diagram__span" }));
      taps.forEach(function (tap) {
        svg.appendChild(svgElement("rect", { x: LABEL + tap * CELL + 6, y: y - 6, width: CELL - 12, height: 12, rx: 2,
                                             "class": "conv1d-diagram__tap" }));
      });
      var cells = taps.map(function (tap) { return tap - left; });
      described.push(fill(texts.diagramReads, { output: "y[" + row + "]", cells: cells.join(", ") }));
    });
    if (shown < total) described.push(fill(texts.diagramMore, { shown: shown, total: total }));
    desc.textContent = described.join(" ");
    figure.appendChild(svg);
    figure.hidden = false;
    caption.textContent = described.join(" ");
  }

  /* The output values as bars, one row per sample and output channel. */
  function drawValues(figure, y, shape, texts) {
    clear(figure);
    if (!y) { figure.hidden = true; return; }
    var length = shape[shape.length - 1], rows = y.length / length, names = [];
    var batched = shape.length === 3, channels = shape[shape.length - 2];
    var top = 0;
    for (var i = 0; i < y.length; i++) top = Math.max(top, Math.abs(y[i]));
    var BAR = 12, ROW = 44, HALF = 18, LEFT = 58;
    var width = LEFT + length * BAR + 4, height = rows * ROW + 4;
    var svg = svgElement("svg", { viewBox: "0 0 " + width + " " + height, width: width, height: height, role: "img",
                                  "aria-labelledby": "conv1d-values-title conv1d-values-desc", "class": "conv1d-diagram" });
    svg.appendChild(svgElement("title", { id: "conv1d-values-title" }, texts.valuesTitle));
    var desc = svgElement("desc", { id: "conv1d-values-desc" });
    svg.appendChild(desc);
    for (var r = 0; r < rows; r++) {
      var name = batched ? "y[" + Math.floor(r / channels) + ", " + (r % channels) + "]" : "y[" + r + "]";
      var middle = r * ROW + 2 + ROW / 2;
      names.push(name);
      svg.appendChild(svgElement("text", { x: 2, y: middle + 4, "class": "conv1d-diagram__label" }, name));
      svg.appendChild(svgElement("line", { x1: LEFT, y1: middle, x2: LEFT + length * BAR, y2: middle, "class": "conv1d-diagram__span" }));
      for (var j = 0; j < length; j++) {
        var value = y[r * length + j], size = top ? Math.abs(value) / top * HALF : 0;
        svg.appendChild(svgElement("rect", { x: LEFT + j * BAR + 1, y: value >= 0 ? middle - size : middle,
                                             width: BAR - 2, height: Math.max(size, 0.5),
                                             "class": value >= 0 ? "conv1d-diagram__tap" : "conv1d-diagram__pad" }));
      }
    }
    desc.textContent = fill(texts.valuesDesc, { rows: names.join(", "), length: length, largest: fixed4(top) });
    figure.appendChild(svg);
    figure.hidden = false;
  }

  // ----------------------------------------------------------------- Page --

  function texts(root) {
    var found = {};
    for (var key in root.dataset) if (key.indexOf("text") === 0) found[key.charAt(4).toLowerCase() + key.slice(5)] = root.dataset[key];
    return found;
  }

  /* A field's message, filled in, in the page's language. */
  function messageText(root, outcome) {
    var template = root.dataset["msg" + camel("-" + outcome.message)];
    return fill(template || outcome.message, outcome.values || {});
  }

  /* The message beside a field; a note (not an error) leaves the field valid. */
  function showMessage(root, control, name, outcome, isNote) {
    var note = root.querySelector('[data-field-message="' + name + '"]');
    var text = outcome && outcome.message ? messageText(root, outcome) : "";
    if (note && note.textContent !== text) note.textContent = text;
    if (text && !isNote) control.setAttribute("aria-invalid", "true");
    else control.removeAttribute("aria-invalid");
  }

  function show(root, name, text, none) {
    var element = root.querySelector('[data-result="' + name + '"]');
    if (element) element.textContent = text === null || text === undefined ? none : text;
  }

  /* ↑ and ↓ change a whole-number field by one, as a number field would. */
  function stepper(control, onChange) {
    control.addEventListener("keydown", function (event) {
      if (event.key !== "ArrowUp" && event.key !== "ArrowDown") return;
      var number = parseInteger(control.value);
      if (number.message) return;
      event.preventDefault();
      control.value = String(Math.max(-LIMIT, Math.min(LIMIT, number.value + (event.key === "ArrowUp" ? 1 : -1))));
      onChange();
    });
  }

  // ------------------------------------------------------------ One layer

  function Calculator(root, state) {
    this.root = root;
    this.state = state;
    this.form = root.querySelector("form");
    this.controls = {};
    this.texts = texts(root);
    this.texts.none = this.texts.none || "—";
    var self = this;
    FIELDS.concat(VALUE_FIELDS).forEach(function (name) {
      self.controls[name] = self.form.elements.namedItem(name);
    });
    INTEGER_FIELDS.forEach(function (name) {
      stepper(self.controls[name], function () { self.update(true); });
    });
    VALUE_FIELDS.forEach(function (name) { limitPaste(self.controls[name], false); });
    this.form.addEventListener("input", function () { self.update(true); });
    this.form.addEventListener("change", function () { self.update(true); });
    this.form.addEventListener("submit", function (event) { event.preventDefault(); self.update(true); });
  }

  Calculator.prototype.raw = function (name) {
    var control = this.controls[name];
    if (name === "bias") return control.checked ? "true" : "false";
    return control.value;
  };

  /* Fill the form from {name: string}; missing names take the defaults (or stay, with keepOthers). */
  Calculator.prototype.set = function (params, keepOthers) {
    var self = this;
    FIELDS.concat(VALUE_FIELDS).forEach(function (name) {
      var has = params && Object.prototype.hasOwnProperty.call(params, name);
      if (!has && keepOthers) return;
      var value = String(has ? params[name] : DEFAULTS[name]);
      var control = self.controls[name];
      if (name === "bias") {
        control.checked = parseBias(value).value;
      } else if (name === "padding_mode") {
        var found = Array.prototype.some.call(control.options, function (o) { return o.value === value; });
        Array.prototype.slice.call(control.querySelectorAll("option[data-extra]")).forEach(function (o) {
          if (o.value !== value) o.remove();
        });
        if (!found) {
          var option = new Option(value.length > 60 ? value.slice(0, 60) + "…" : value, value);
          option.dataset.extra = "";
          control.appendChild(option);
        }
        control.value = value;
      } else {
        control.value = capped(control, value);
      }
    });
  };

  Calculator.prototype.read = function () {
    var raw = {}, self = this;
    FIELDS.concat(VALUE_FIELDS).forEach(function (name) { raw[name] = self.raw(name); });
    return parseFields(raw);
  };

  /* The query parameters this part owns, in order: [name, value]. */
  Calculator.prototype.params = function () {
    var texts = this.read().texts, out = [];
    FIELDS.forEach(function (name) { out.push([name, texts[name]]); });
    VALUE_FIELDS.forEach(function (name) { if (texts[name] !== "") out.push([name, texts[name]]); });
    return out;
  };

  Calculator.prototype.update = function (writeUrl) {
    var root = this.root, texts = this.texts, self = this;
    var state = this.read();
    var conv = {};
    FIELDS.forEach(function (name) { conv[name] = state.messages[name]; });
    var valid = Object.keys(conv).every(function (name) { return !conv[name]; });
    var result = valid ? evaluate(state.setting) : null;
    var s = state.setting;
    var none = texts.none;

    var built = result && result.built;
    show(root, "output-shape", result && shapeText(result.output), none);
    show(root, "weight-shape", built ? shapeText(result.weight) : null, none);
    show(root, "bias-shape", built ? (result.bias ? shapeText(result.bias) : "None") : null, none);
    show(root, "parameter-count", built ? result.parameters.toString() : null, none);
    show(root, "padding-left", built ? String(result.padding[0]) : null, none);
    show(root, "padding-right", built ? String(result.padding[1]) : null, none);
    show(root, "receptive-field", result ? String(result.span) : null, none);
    var formula = null;
    if (result && result.output) {
      var L = s.input[s.input.length - 1], pl = result.padding[0], pr = result.padding[1];
      formula = "⌊(" + L + " + " + pl + " + " + pr + " − " + s.dilation + "·(" + s.kernel_size + " − 1) − 1) / " +
        s.stride + "⌋ + 1 = " + result.output[result.output.length - 1];
    }
    show(root, "output-length", formula, none);
    show(root, "python", valid ? python(s) : null, "");

    var box = root.querySelector("[data-error-box]");
    var error = root.querySelector('[data-result="error"]');
    var status = root.querySelector("[data-status]");
    if (status) status.textContent = valid ? "" : texts.invalid;
    if (result && result.error) {
      var e = result.error;
      error.textContent = e.type + ": " + e.message;
      root.querySelector("[data-error-stage]").textContent = e.stage === "init" ? texts.stageInit : texts.stageForward;
      root.querySelector("[data-error-hint]").textContent = fill(root.getAttribute("data-hint-" + e.kind), hintValues(s, e));
      box.hidden = false;
    } else {
      error.textContent = "";
      box.hidden = true;
    }
    var warned = root.querySelector('[data-result="warnings"]');
    if (warned) {
      warned.textContent = result ? result.warnings.join("\n") : "";
      root.querySelector("[data-warnings-box]").hidden = !(result && result.warnings.length);
    }
    drawDiagram(root, s, result, texts);
    var notes = this.values(state, result);
    FIELDS.concat(VALUE_FIELDS).forEach(function (name) {
      showMessage(root, self.controls[name], name, state.messages[name] || notes[name], !state.messages[name]);
    });
    if (writeUrl) this.state.write();
    return result;
  };

  /* The output values, when the setting is small enough and the typed values fit it. */
  Calculator.prototype.values = function (state, result) {
    var root = this.root, texts = this.texts, s = state.setting;
    var figure = root.querySelector("[data-values-diagram]");
    var status = "", y = null, notes = {};
    var refused = state.messages.input || !result ? "error" : valuesRefused(s, result);
    var shapes = refused ? {} : { x: s.input, w: result.weight, b: s.bias ? [s.out_channels] : null };
    VALUE_FIELDS.forEach(function (name) {
      var expects = root.querySelector('[data-values-expects="' + name + '"]');
      if (expects) expects.textContent = shapes[name] ? fill(texts.valuesExpects, { count: product(shapes[name]), shape: shapes[name] }) : "";
    });
    if (refused) {
      status = refused === "size" ? fill(texts.valuesSize, VALUE_LIMITS) : texts.valuesError;
    } else {
      var counts = valueCounts(s), given = {}, wrong = false;
      VALUE_FIELDS.forEach(function (name) {
        var values = state.setting[name];
        if (state.messages[name]) { wrong = true; return; }
        if (name === "b" && !s.bias) {
          if (values) notes.b = message("values-no-bias");
          return;
        }
        if (values && values.length !== counts[name]) {
          state.messages[name] = message("values-count", { expected: counts[name], got: values.length,
            shape: tuple(name === "x" ? s.input : name === "w" ? result.weight : [s.out_channels]) });
          wrong = true;
          return;
        }
        given[name] = values || defaultValues(name, counts[name]);
      });
      if (wrong) status = texts.valuesInvalid || texts.invalid;
      else y = convolve(s, result, given.x, given.w, s.bias ? given.b : null);
    }
    root.querySelector("[data-values-status]").textContent = status;
    show(root, "output-values", y ? Array.prototype.map.call(y, fixed4).join(", ") : null, texts.none);
    drawValues(figure, y, result && result.output, texts);
    return notes;
  };

  /* The same setting in Python, to run it. */
  function python(s) {
    var padding = typeof s.padding === "string" ? pyRepr(s.padding) : s.padding;
    return "import torch\nfrom torch import nn\n\nconv = nn.Conv1d(" + s.in_channels + ", " + s.out_channels + ", kernel_size=" + s.kernel_size +
      ", stride=" + s.stride + ", padding=" + padding + ", dilation=" + s.dilation + ", groups=" + s.groups +
      ", bias=" + (s.bias ? "True" : "False") + ", padding_mode=" + pyRepr(s.padding_mode) + ")\n" +
      "y = conv(torch.zeros(" + s.input.join(", ") + "))";
  }

  function hintValues(s, e) {
    var shape = s.input, L = shape[shape.length - 1], C = shape[shape.length - 2];
    var common = divisors(s.in_channels).filter(function (n) { return s.out_channels % n === 0; });
    return {
      in_channels: s.in_channels, out_channels: s.out_channels, groups: s.groups, stride: s.stride,
      kernel_size: s.kernel_size, dilation: s.dilation, channels: C, length: L, input: shapeText(shape),
      in_divisors: shortList(divisors(s.in_channels)), common_divisors: shortList(common),
      padded: e.padded, span: e.span, need: e.span !== undefined ? L + e.span - e.padded : "",
      half_span: Math.max(0, Math.floor(s.dilation * (s.kernel_size - 1) / 2)), rank: shape.length
    };
  }

  // ---------------------------------------------------------------- Stack

  function Stack(root, state) {
    this.root = root;
    this.state = state;
    this.form = root.querySelector("form");
    this.texts = texts(root);
    this.controls = { length: this.form.elements.namedItem("length"), layers: this.form.elements.namedItem("layers") };
    var self = this;
    stepper(this.controls.length, function () { self.update(true); });
    limitPaste(this.controls.layers, false);
    this.form.addEventListener("input", function () { self.update(true); });
    this.form.addEventListener("submit", function (event) { event.preventDefault(); self.update(true); });
  }

  Stack.prototype.set = function (params, keepOthers) {
    var self = this;
    STACK_FIELDS.forEach(function (name) {
      var has = params && Object.prototype.hasOwnProperty.call(params, name);
      if (!has && keepOthers) return;
      var value = String(has ? params[name] : DEFAULTS[name]);
      var control = self.controls[name];
      value = value.slice(0, control.maxLength);
      control.value = capped(control, name === "layers" ? value.split(";").join("\n") : value);
    });
  };

  Stack.prototype.read = function () {
    var length = parseLength(this.controls.length.value), layers = parseLayers(this.controls.layers.value);
    return { length: length, layers: layers,
             texts: { length: length.message ? this.controls.length.value : String(length.value),
                      layers: layers.message ? this.controls.layers.value.replace(/\n/g, ";") : layers.text } };
  };

  Stack.prototype.params = function () {
    var texts = this.read().texts;
    if (texts.length === DEFAULTS.length && texts.layers === DEFAULTS.layers) return [];
    return [["length", texts.length], ["layers", texts.layers]];
  };

  Stack.prototype.update = function (writeUrl) {
    var root = this.root, texts = this.texts, none = texts.none || "—";
    var state = this.read();
    showMessage(root, this.controls.length, "length", state.length.message ? state.length : null);
    showMessage(root, this.controls.layers, "layers", state.layers.message ? state.layers : null);
    var valid = !state.length.message && !state.layers.message;
    var result = valid ? stack(state.length.value, state.layers.value) : null;
    var body = root.querySelector("[data-stack-rows]");
    clear(body);
    if (result) {
      state.layers.value.forEach(function (layer, i) {
        var tr = document.createElement("tr");
        var name = layer.type === "conv" ? "Conv1d" : layer.type === "max" ? "MaxPool1d" : "AvgPool1d";
        var args = "kernel_size=" + layer.kernel_size + ", stride=" + layer.stride + ", padding=" +
          (typeof layer.padding === "string" ? pyRepr(layer.padding) : layer.padding) +
          (layer.type === "avg" ? "" : ", dilation=" + layer.dilation);
        var cells = [String(i + 1), name + "(" + args + ")",
                     i < result.lengths.length ? String(result.lengths[i]) : result.error && result.error.layer === i ? texts.error : none,
                     result.causal ? String(result.causal[i]) : none];
        cells.forEach(function (text, column) {
          var cell = document.createElement(column === 0 ? "th" : "td");
          if (column === 0) cell.setAttribute("scope", "row");
          if (column === 1) { var code = document.createElement("code"); code.textContent = text; cell.appendChild(code); }
          else cell.textContent = text;
          tr.appendChild(cell);
        });
        body.appendChild(tr);
      });
    }
    show(root, "stack-lengths", result && result.lengths.length ? result.lengths.join(", ") : null, none);
    show(root, "stack-receptive-field", result && result.receptive !== null ? result.receptive.toString() : null, none);
    show(root, "stack-jump", result && result.jump !== null ? result.jump.toString() : null, none);
    show(root, "stack-causal", result && result.causal ? result.causal.join(", ") : null, none);
    var reads = null;
    if (result && result.reads) {
      var count = result.reads.reduce(function (sum, run) { return sum + run[1] - run[0] + 1; }, 0);
      reads = result.reads.length ? fill(texts.reads, { positions: runsText(result.reads, 8), count: count }) : texts.readsNone;
    }
    show(root, "stack-reads", reads, none);
    var box = root.querySelector("[data-stack-error-box]");
    if (result && result.error) {
      show(root, "stack-error", result.error.type + ": " + result.error.message, "");
      root.querySelector("[data-stack-error-layer]").textContent = fill(texts.errorLayer, { layer: result.error.layer + 1 });
      box.hidden = false;
    } else {
      show(root, "stack-error", "", "");
      box.hidden = true;
    }
    root.querySelector("[data-status]").textContent = valid ? "" : texts.invalid;
    if (writeUrl) this.state.write();
    return result;
  };

  // ---------------------------------------------------------------- Paste

  function Paste(root, state, calculator, stackPart) {
    this.root = root;
    this.state = state;
    this.calculator = calculator;
    this.stack = stackPart;
    this.control = root.querySelector("textarea");
    var self = this;
    this.control.addEventListener("input", function () { self.update(true, true); });
    // A pasted text longer than the calculator reads: its end, where the error is, and a word on it.
    limitPaste(this.control, true, function () { self.long = true; });
    root.querySelector("form").addEventListener("submit", function (event) { event.preventDefault(); self.update(true, true); });
  }

  Paste.prototype.set = function (params) {
    var text = params && params.error || "";
    this.control.value = capped(this.control, text, true);
    this.long = this.control.value !== text;
  };

  Paste.prototype.params = function () {
    var text = this.control.value.slice(-PASTE_LIMIT);
    return text.trim() ? [["error", text]] : [];
  };

  /* Diagnose the text; with fillIn, put the setting it implies into the calculator and the stack. */
  Paste.prototype.update = function (writeUrl, fillIn) {
    var root = this.root, text = this.control.value;
    if (text.length > PASTE_LIMIT) {  // typed or dropped in: kept as a paste is
      text = this.control.value = capped(this.control, text, true);
      this.long = true;
    } else if (text.length < PASTE_LIMIT && text.split("\n", MAX_LINES).length < MAX_LINES) this.long = false;
    var out = root.querySelector('[data-result="diagnosis"]');
    clear(out);
    showMessage(root, this.control, "error", this.long ? message("paste-long", { most: PASTE_LIMIT }) : null, true);
    var found = text.trim() ? diagnose(text, this.stack.read().length.value) : null;
    if (text.trim() && !found) {
      paragraph(out, root.dataset.textUnknown);
      link(out, root.dataset.textIndexHref, root.dataset.textIndex);
    }
    if (found) {
      var explained = root.getAttribute("data-fix-" + found.key) || root.getAttribute("data-fix-" + found.id) || "";
      paragraph(out, fill(explained, found.values), "conv1d-calc__fix");
      if (fillIn && found.conv) {
        this.calculator.set(found.conv);
        this.calculator.update(false);
      }
      if (fillIn && found.stack) {
        this.stack.set(found.stack, true);
        this.stack.update(false);
      }
      if (found.conv) paragraph(out, root.dataset.textFilled);
      if (found.stack) paragraph(out, root.dataset.textFilledStack);
      link(out, "../" + found.page + "/#" + found.id, root.dataset.textLink);
    }
    if (writeUrl) this.state.write();
    return found;
  };

  function paragraph(parent, text, className) {
    if (!text) return;
    var p = document.createElement("p");
    if (className) p.className = className;
    p.textContent = text;
    parent.appendChild(p);
  }

  function link(parent, href, text) {
    var p = document.createElement("p"), a = document.createElement("a");
    a.href = href;
    a.textContent = text;
    p.appendChild(a);
    parent.appendChild(p);
  }

  // ------------------------------------------------------ The address

  /* The query string: each part's own parameters, then every other one as it came. */
  function State() { this.parts = []; }
  State.prototype.query = function () {
    var owned = FIELDS.concat(VALUE_FIELDS, STACK_FIELDS, ["error"]);
    var pairs = [];
    this.parts.forEach(function (part) { pairs = pairs.concat(part.params()); });
    var parts = pairs.map(function (pair) {
      return pair[0] + "=" + encodeURIComponent(String(pair[1]).slice(0, 100000)).replace(/%2C/gi, ",");
    });
    new URLSearchParams(window.location.search).forEach(function (value, key) {
      if (owned.indexOf(key) < 0) parts.push(encodeURIComponent(key) + "=" + encodeURIComponent(value));
    });
    return parts.length ? "?" + parts.join("&") : "";
  };
  State.prototype.write = function () {
    var query = this.query();
    if (window.history && window.history.replaceState && query !== window.location.search) {
      try { window.history.replaceState(null, "", query + window.location.hash); } catch (ignored) { /* file://, too long */ }
    }
    this.links(query);
  };
  /* The language switcher keeps the setting too. */
  State.prototype.links = function (query) {
    Array.prototype.forEach.call(document.querySelectorAll("a.md-select__link[hreflang]"), function (link) {
      link.setAttribute("href", link.getAttribute("href").split("?")[0] + query);
    });
  };

  function fromQuery(search) {
    var params = {}, owned = FIELDS.concat(VALUE_FIELDS, STACK_FIELDS, ["error"]);
    new URLSearchParams(search).forEach(function (value, key) {
      if (owned.indexOf(key) >= 0) params[key] = value;
    });
    return params;
  }

  function start() {
    var calcRoot = document.getElementById("conv1d-calc");
    if (!calcRoot) return;
    var state = new State();
    var calculator = new Calculator(calcRoot, state);
    var stackRoot = document.getElementById("conv1d-stack");
    var stackPart = stackRoot ? new Stack(stackRoot, state) : null;
    var pasteRoot = document.getElementById("conv1d-paste");
    var paste = pasteRoot && stackPart ? new Paste(pasteRoot, state, calculator, stackPart) : null;
    state.parts = [calculator].concat(stackPart ? [stackPart] : [], paste ? [paste] : []);
    [calcRoot, stackRoot, pasteRoot].forEach(function (root) { if (root) root.classList.add("conv1d-calc--ready"); });

    /* A link: the error's setting first, then what the address names itself. */
    function load(params, write, later) {
      calculator.set(params);
      if (stackPart) stackPart.set(params);
      if (paste) {
        paste.set(params);
        var found = params.error ? diagnose(params.error, stackPart.read().length.value) : null;
        if (found && found.conv) calculator.set(Object.assign({}, found.conv, params), false);
        if (found && found.stack) stackPart.set(Object.assign({}, found.stack, params), true);
        paste.update(false, false);
      }
      var result = calculator.update(false);
      function rest() {
        if (stackPart) stackPart.update(false);
        if (write) state.write();
        else state.links(state.query());
      }
      if (later) window.setTimeout(function () { rest(); later(); }, 0);  // on load: the stack in a task of its own
      else rest();
      return result;
    }
    load(fromQuery(window.location.search), false, function () { window.conv1dCalculator = api; });

    var api = {
      set: function (params) { return summary(load(params || {}, true)); },
      update: function (params) { calculator.set(params, true); return summary(calculator.update(true)); },
      evaluate: function (setting) { return summary(evaluate(setting)); },
      query: function () { return state.query(); }
    };
    function summary(result) {
      if (!result) return null;
      return { output: result.output, weight: result.weight, bias: result.bias,
               parameters: result.parameters === null ? null : result.parameters.toString(),
               error: result.error && result.error.type + ": " + result.error.message, warnings: result.warnings };
    }
  }

  if (typeof document !== "undefined") {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
    else start();
  }
  if (typeof module === "object" && module.exports) {
    module.exports = { evaluate: evaluate, pyRepr: pyRepr, convolve: convolve, valuesRefused: valuesRefused,
                       valueCounts: valueCounts, defaultValues: defaultValues, fixed4: fixed4, stack: stack,
                       parseLayers: parseLayers, parseShape: parseShape, parsePadding: parsePadding,
                       parseInteger: parseInteger, parseValues: parseValues, parseFields: parseFields, diagnose: diagnose,
                       KINDS: KINDS };
  }
})();
