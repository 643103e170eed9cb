/*
 * The Conv1d calculator: output shape, weight and bias shapes, parameter count,
 * applied padding, receptive field, a diagram of the windows, and the exception
 * torch 2.13 raises for a setting it rejects.
 *
 * One file for every language: the words it shows come from data-* attributes of
 * the page (#conv1d-calc), the torch messages are torch's own (English).
 * The state lives in the query string, under nn.Conv1d's own argument names.
 */
(function () {
  "use strict";

  // ------------------------------------------------------------------ Model --
  // What torch 2.13 (CPU) does for nn.Conv1d(...)(torch.zeros(input)): shapes or
  // the exception it raises, checks in torch's order. Pure: no page access.

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
            left + ", " + right + ") at dimension " + (shape.length - 1) + " of input " + list(shape)));
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
    var n = batched ? shape[0] : 1, c = shape[shape.length - 2];
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

  // --------------------------------------------------------------- Fields --

  var FIELDS = ["input", "in_channels", "out_channels", "kernel_size", "stride", "padding",
                "dilation", "groups", "bias", "padding_mode"];
  var INTEGER_FIELDS = ["in_channels", "out_channels", "kernel_size", "stride", "dilation", "groups"];
  var DEFAULTS = { input: "2, 3, 10", in_channels: "3", out_channels: "4", kernel_size: "3", stride: "1",
                   padding: "0", dilation: "1", groups: "1", bias: "true", padding_mode: "zeros" };
  var LIMIT = 1000000;
  var NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
  var WHOLE = /^[+-]?\d+$/;
  var MAX_SIZES = 8, TEXT_LIMIT = 4096;

  function message(key) { return { message: key }; }

  /* A whole number within the limit, as Python reads an int literal, or {message: key}. */
  function parseInteger(raw) {
    var text = String(raw).trim();
    if (text === "") return message("required");
    if (WHOLE.test(text)) {
      var digits = text.replace(/^[+-]?0*/, "");
      if (digits.length > 7 || Math.abs(Number(text)) > LIMIT) return message("too-large");
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
      return name in values ? String(values[name]) : all;
    });
  }

  function shapeText(values) { return values ? "[" + values.join(", ") + "]" : null; }

  // ------------------------------------------------------------- Diagram --

  var SVG = "http://www.w3.org/2000/svg";
  var CELL = 24, MAX_CELLS = 36, LABEL = 44;

  function svgElement(name, attributes, text) {
    var element = document.createElementNS(SVG, name);
    for (var key in attributes) element.setAttribute(key, attributes[key]);
    if (text !== undefined) element.textContent = text;
    return element;
  }

  /* The input position a padded cell copies, in the reader's indexing of x. */
  function source(position, length, mode) {
    if (position >= 0 && position < length) return position;
    if (mode === "zeros") return null;
    if (mode === "replicate") return position < 0 ? 0 : length - 1;
    if (mode === "circular") return ((position % length) + length) % length;
    var period = 2 * (length - 1);  // reflect: mirror, edge not repeated
    var p = ((position % period) + period) % period;
    return p < length ? p : period - p;
  }

  function drawDiagram(root, s, result, texts) {
    var figure = root.querySelector("[data-diagram]");
    var caption = root.querySelector("[data-diagram-caption]");
    while (figure.firstChild) figure.removeChild(figure.firstChild);
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

  // ----------------------------------------------------------------- Page --

  function Calculator(root) {
    this.root = root;
    this.form = root.querySelector("form");
    this.controls = {};
    var self = this;
    FIELDS.forEach(function (name) {
      self.controls[name] = self.form.elements.namedItem(name);
    });
    this.texts = {
      none: root.dataset.textNone || "—",
      diagramNone: root.dataset.textDiagramNone || "",
      diagramCropped: root.dataset.textDiagramCropped || "",
      diagramTitle: root.dataset.textDiagramTitle || "",
      diagramDesc: root.dataset.textDiagramDesc || "",
      diagramReads: root.dataset.textDiagramReads || "",
      diagramMore: root.dataset.textDiagramMore || "",
      invalid: root.dataset.textInvalid || ""
    };
    INTEGER_FIELDS.forEach(function (name) {
      stepper(self.controls[name], function () { self.update(true); });
    });
    this.form.addEventListener("input", function () { self.update(true); });
    this.form.addEventListener("change", function () { self.update(true); });
    this.form.addEventListener("submit", function (event) { event.preventDefault(); self.update(true); });
  }

  Calculator.prototype.raw = function (name) {
    var control = this.controls[name];
    if (name === "bias") return control.checked ? "true" : "false";
    return control.value;
  };

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

  /* What a field takes of a value given in the address: no more than its maxlength, as the
     browser itself cuts what the reader types or pastes. */
  function capped(control, value) {
    var most = control.maxLength;
    return most > 0 && value.length > most ? value.slice(0, most) : value;
  }

  /* Fill the form from {name: string}; missing names take the defaults. */
  Calculator.prototype.set = function (params, keepOthers, initial) {
    var self = this;
    FIELDS.forEach(function (name) {
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
    return this.update(!initial);
  };

  Calculator.prototype.read = function () {
    var parsed = {}, messages = {}, texts = {};
    var parsers = { input: parseShape, padding: parsePadding, bias: parseBias };
    for (var i = 0; i < FIELDS.length; i++) {
      var name = FIELDS[i];
      var raw = this.raw(name);
      var parse = parsers[name] || (INTEGER_FIELDS.indexOf(name) >= 0 ? parseInteger : function (v) { return { value: v }; });
      var outcome = parse(raw);
      if (outcome.message) messages[name] = outcome.message;
      else parsed[name] = outcome.value;
      // The address keeps what the reader typed, in its plain form where it reads.
      texts[name] = outcome.message ? raw : outcome.text !== undefined ? outcome.text :
        typeof outcome.value === "number" ? String(outcome.value) : raw;
    }
    return { setting: parsed, messages: messages, texts: texts };
  };

  /* The query string: the calculator's own parameters, then every other one (such as the
     search's ?h=, which Material reads after this script) as it came. */
  Calculator.prototype.query = function () {
    var texts = this.read().texts;
    var parts = FIELDS.map(function (name) {
      return name + "=" + encodeURIComponent(texts[name].slice(0, 100000)).replace(/%2C/gi, ",");
    });
    new URLSearchParams(window.location.search).forEach(function (value, key) {
      if (FIELDS.indexOf(key) < 0) parts.push(encodeURIComponent(key) + "=" + encodeURIComponent(value));
    });
    return "?" + parts.join("&");
  };

  Calculator.prototype.update = function (writeUrl) {
    var root = this.root, texts = this.texts, self = this;
    var state = this.read();
    FIELDS.forEach(function (name) {
      var control = self.controls[name];
      var note = root.querySelector('[data-field-message="' + name + '"]');
      var key = state.messages[name];
      if (note) note.textContent = key ? (root.dataset["msg" + key.replace(/(^|-)(\w)/g, function (a, b, c) {
        return c.toUpperCase(); })] || key) : "";
      if (key) control.setAttribute("aria-invalid", "true");
      else control.removeAttribute("aria-invalid");
    });
    var valid = Object.keys(state.messages).length === 0;
    var result = valid ? evaluate(state.setting) : null;
    var s = state.setting;

    function show(name, text) {
      var element = root.querySelector('[data-result="' + name + '"]');
      if (element) element.textContent = text === null || text === undefined ? texts.none : text;
    }
    var built = result && result.built;
    show("output-shape", result && shapeText(result.output));
    show("weight-shape", built ? shapeText(result.weight) : null);
    show("bias-shape", built ? (result.bias ? shapeText(result.bias) : "None") : null);
    show("parameter-count", built ? result.parameters.toString() : null);
    show("padding-left", built ? String(result.padding[0]) : null);
    show("padding-right", built ? String(result.padding[1]) : null);
    show("receptive-field", result ? String(result.span) : null);
    var formula = null;
    if (result && result.output) {
      var L = s.input[s.input.length - 1], pl = result.padding[0], pr = result.padding[1];
      formula = "⌊(" + L + " + " + pl + " + " + pr + " − " + s.dilation + "·(" + s.kernel_size + " − 1) − 1) / " +
        s.stride + "⌋ + 1 = " + result.output[result.output.length - 1];
    }
    show("output-length", formula);
    show("python", valid ? python(s) : null);

    var box = root.querySelector("[data-error-box]");
    var error = root.querySelector('[data-result="error"]');
    var status = root.querySelector("[data-status]");
    if (status) status.textContent = valid ? "" : texts.invalid;
    if (result && result.error) {
      var e = result.error;
      error.textContent = e.type + ": " + e.message;
      root.querySelector("[data-error-stage]").textContent = root.dataset["textStage" + (e.stage === "init" ? "Init" : "Forward")] || "";
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
    // The address changes with what the reader does, not when the page loads; the language
    // switcher keeps the setting too.
    var query = this.query();
    if (writeUrl && window.history && window.history.replaceState && query !== window.location.search) {
      try { window.history.replaceState(null, "", query + window.location.hash); } catch (ignored) { /* file://, too long */ }
    }
    Array.prototype.forEach.call(document.querySelectorAll("a.md-select__link[hreflang]"), function (link) {
      link.setAttribute("href", link.getAttribute("href").split("?")[0] + query);
    });
    return result;
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

  function fromQuery(search) {
    var params = {};
    new URLSearchParams(search).forEach(function (value, key) {
      if (FIELDS.indexOf(key) >= 0) params[key] = value;
    });
    return params;
  }

  function start() {
    var root = document.getElementById("conv1d-calc");
    if (!root) return;
    var calculator = new Calculator(root);
    root.classList.add("conv1d-calc--ready");
    calculator.set(fromQuery(window.location.search), false, true);
    window.conv1dCalculator = {
      set: function (params) { return summary(calculator.set(params)); },
      update: function (params) { return summary(calculator.set(params, true)); },
      evaluate: function (setting) { return summary(evaluate(setting)); },
      query: function () { return calculator.query(); }
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
    module.exports = { evaluate: evaluate, pyRepr: pyRepr, parseShape: parseShape, parsePadding: parsePadding,
                       parseInteger: parseInteger };
  }
})();
