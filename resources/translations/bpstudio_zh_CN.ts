<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActivationExplorer</name>
    <message>
        <source>Activation explorer</source>
        <extracomment>A derivative below this fraction of its maximum counts as saturated (or dead). Range of net inputs z plotted by the explorer.</extracomment>
        <translation>激活函数演示</translation>
    </message>
    <message>
        <source>Activation functions</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>net input z</source>
        <translation>净输入 z</translation>
    </message>
    <message>
        <source>f(z)</source>
        <translation>f(z)</translation>
    </message>
    <message>
        <source>f′(z)</source>
        <translation>f′(z)</translation>
    </message>
    <message>
        <source>Activation function:</source>
        <translation>激活函数：</translation>
    </message>
    <message>
        <source>Sigmoid squashes z into (0, 1). Its derivative is at most 0.25, at z = 0, and nearly 0 for |z| &gt; 4 (shaded): saturated neurons pass almost no error back, so deep sigmoid networks learn slowly (vanishing gradients).</source>
        <translation>Sigmoid 函数把 z 压缩到 (0, 1) 区间。它的导数最大为 0.25（在 z = 0 处），当 |z| &gt; 4 时几乎为 0（阴影部分）：饱和的神经元几乎不再反向传递误差，因此层数较多的 Sigmoid 网络学习缓慢（梯度消失）。</translation>
    </message>
    <message>
        <source>Tanh squashes z into (−1, 1) and is centred on 0, which usually trains faster than sigmoid. Its derivative peaks at 1 and vanishes for |z| &gt; 3 (shaded).</source>
        <translation>双曲正切函数 tanh 把 z 压缩到 (−1, 1) 区间，并以 0 为中心，因此通常比 Sigmoid 训练得更快。它的导数最大为 1，当 |z| &gt; 3 时趋于 0（阴影部分）。</translation>
    </message>
    <message>
        <source>ReLU passes positive z unchanged and outputs 0 otherwise. For z &lt; 0 its derivative is 0 (shaded): a neuron whose net input is negative for every sample is dead and never learns again. A too-high learning rate causes this.</source>
        <translation>ReLU 对正的 z 原样输出，否则输出 0。当 z &lt; 0 时导数为 0（阴影部分）：若某个神经元对所有样本的净输入都为负，它就成了死亡神经元，再也不会学习。学习率过大会导致这种情况。</translation>
    </message>
    <message>
        <source>Leaky ReLU keeps a small slope for z &lt; 0, so no neuron dies completely.</source>
        <translation>Leaky ReLU 在 z &lt; 0 时保留一个很小的斜率，因此神经元不会完全死亡。</translation>
    </message>
    <message>
        <source>ELU is smooth, negative for z &lt; 0 and saturates at −1 there (shaded where its derivative is nearly 0).</source>
        <translation>ELU 是光滑的，在 z &lt; 0 时取负值并在 −1 处饱和（导数接近 0 的部分标有阴影）。</translation>
    </message>
    <message>
        <source>Linear (identity) is used on the output layer for regression. Hidden layers with only linear activations collapse into a single linear map.</source>
        <translation>线性（恒等）函数用于回归问题的输出层。如果隐含层都只用线性激活函数，整个网络就退化为一个线性映射。</translation>
    </message>
    <message>
        <source>Shaded: f′(z) is below %1% of its maximum.</source>
        <translation>阴影部分：f′(z) 小于其最大值的 %1%。</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Softmax turns the output layer&apos;s net inputs z into probabilities: aᵢ = exp(zᵢ) / Σⱼ exp(zⱼ). Adding the same number to every zᵢ changes nothing; a larger gap between the zᵢ makes the largest probability approach 1.</source>
        <translation>Softmax 函数把输出层的净输入 z 转换为概率：aᵢ = exp(zᵢ) / Σⱼ exp(zⱼ)。给每个 zᵢ 加上同一个数，结果不变；各 zᵢ 之间的差距越大，最大的概率就越接近 1。</translation>
    </message>
    <message>
        <source>Net inputs z (comma-separated):</source>
        <translation>净输入 z（用逗号分隔）：</translation>
    </message>
    <message>
        <source>Softmax output:</source>
        <translation>Softmax 输出：</translation>
    </message>
    <message>
        <source>Type numbers separated by commas, e.g. 2, 1, 0.1</source>
        <translation>输入用逗号分隔的数字，例如 2, 1, 0.1</translation>
    </message>
</context>
<context>
    <name>BackpropExplainer</name>
    <message>
        <source>Output layer</source>
        <extracomment>Stage kinds in lesson order. At most this many neurons (and inputs per neuron) are written out in full.</extracomment>
        <translation>输出层</translation>
    </message>
    <message>
        <source>Hidden layer %1</source>
        <translation>隐含层 %1</translation>
    </message>
    <message>
        <source>forward pass</source>
        <translation>前向传播</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>输入：</translation>
    </message>
    <message>
        <source>%1 more neurons</source>
        <translation>另有 %1 个神经元</translation>
    </message>
    <message>
        <source>Error of this sample</source>
        <translation>该样本的误差</translation>
    </message>
    <message>
        <source>Targets d and outputs o:</source>
        <translation>期望输出 d 与实际输出 o：</translation>
    </message>
    <message>
        <source>Output δ in the form the loss and activation give:</source>
        <translation>由损失函数和激活函数决定的输出层 δ：</translation>
    </message>
    <message>
        <source>∂E/∂o · f′(z)</source>
        <translation>∂E/∂o · f′(z)</translation>
    </message>
    <message>
        <source>gradients and update</source>
        <translation>梯度与权重更新</translation>
    </message>
    <message>
        <source>%1 more weights</source>
        <translation>另有 %1 个权重</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>Nesterov 动量</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量法</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation>梯度下降</translation>
    </message>
    <message>
        <source>Step-through backpropagation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network inputs after scaling, e.g. 0.5, -1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targets d, e.g. 1 or 0, 1, 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perform this training step on the network: the weights change on the diagram and in the heatmaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard BP or accumulated BP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard BP (after each sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accumulated BP (after the whole batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard BP updates the weights after every sample; accumulated BP averages the gradient over all samples and updates once. Both start from the current weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples:</source>
        <translation type="unfinished">样本数：</translation>
    </message>
    <message>
        <source>Load a dataset and build a network first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the inputs and the targets as numbers separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network has %1 inputs and %2 outputs, but %3 inputs and %4 targets were typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnTableModel</name>
    <message>
        <source>feature</source>
        <translation>特征</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>numeric</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>categorical</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>常量</translation>
    </message>
    <message>
        <source>%1, ID-like</source>
        <translation>%1，疑似编号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Double-click to choose feature, target or ignored</source>
        <translation>双击选择：特征、目标或忽略</translation>
    </message>
    <message>
        <source>Missing on lines %1</source>
        <translation>缺失值所在行：%1</translation>
    </message>
    <message>
        <source>This column has one value only and carries no information</source>
        <translation>该列只有一个取值，不含任何信息</translation>
    </message>
</context>
<context>
    <name>CurvesView</name>
    <message>
        <source>Loss</source>
        <translation type="unfinished">损失</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished">训练</translation>
    </message>
    <message>
        <source>validation</source>
        <translation type="unfinished">验证</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>The built-in samples are not available: %1</source>
        <translation>无法使用内置示例数据集：%1</translation>
    </message>
    <message>
        <source>Stop training before changing the data.</source>
        <translation>请先停止训练，再更改数据。</translation>
    </message>
    <message>
        <source>Open CSV file</source>
        <translation>打开 CSV 文件</translation>
    </message>
    <message>
        <source>File not found: %1</source>
        <translation>找不到文件：%1</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取该文件：%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the target. Make another column the target first.</source>
        <translation>“%1”是目标列。请先把另一列设为目标。</translation>
    </message>
    <message>
        <source>At least one column must be a feature.</source>
        <translation>至少要有一列作为特征。</translation>
    </message>
    <message>
        <source>Sample: %1</source>
        <translation>示例：%1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>No dataset loaded.</source>
        <translation>尚未载入数据集。</translation>
    </message>
</context>
<context>
    <name>DecisionBoundaryView</name>
    <message>
        <source>The decision boundary is drawn for data with exactly two input features.</source>
        <extracomment>Grid cells per axis. Colours of the classes, in class order (points and regions).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorTitles</name>
    <message>
        <source>Cannot read the file</source>
        <extracomment>Dialog title of each error namespace (the part of the kind before the first dot).</extracomment>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>Problem with the data</source>
        <translation>数据有问题</translation>
    </message>
    <message>
        <source>Problem with the network</source>
        <translation>网络设置有问题</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>训练已停止</translation>
    </message>
    <message>
        <source>Problem with the project file</source>
        <translation>项目文件有问题</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>ErrorValues</name>
    <message>
        <source>loss</source>
        <extracomment>Translation context of the field values in the .ts file. Fields whose string values are looked up in :data:`CONTEXT`.</extracomment>
        <translation>损失</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>validation inputs</source>
        <translation>验证集输入</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>initializer</source>
        <translation>初始化方法</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>评估指标</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>a positive integer</source>
        <translation>正整数</translation>
    </message>
    <message>
        <source>a positive integer or None</source>
        <translation>正整数或 None</translation>
    </message>
    <message>
        <source>a finite number &gt;= 0</source>
        <translation>大于等于 0 的有限数</translation>
    </message>
    <message>
        <source>a number &gt;= 0</source>
        <translation>大于等于 0 的数</translation>
    </message>
    <message>
        <source>an integer &gt;= 0</source>
        <translation>大于等于 0 的整数</translation>
    </message>
    <message>
        <source>in [0, 1)</source>
        <translation>在 [0, 1) 区间内</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>正数</translation>
    </message>
    <message>
        <source>a Dense layer</source>
        <translation>Dense 层</translation>
    </message>
    <message>
        <source>&apos;float32&apos; or &apos;float64&apos;</source>
        <translation>&apos;float32&apos; 或 &apos;float64&apos;</translation>
    </message>
    <message>
        <source>&apos;auto&apos;, &apos;min&apos; or &apos;max&apos;</source>
        <translation>&apos;auto&apos;、&apos;min&apos; 或 &apos;max&apos;</translation>
    </message>
    <message>
        <source>&apos;classification&apos; or &apos;regression&apos;</source>
        <translation>&apos;classification&apos;（分类）或 &apos;regression&apos;（回归）</translation>
    </message>
    <message>
        <source>whose rows sum to 1 (one-hot class labels)</source>
        <translation>每行之和为 1（独热编码的类别标签）</translation>
    </message>
    <message>
        <source>it is not a zip archive</source>
        <translation>它不是 zip 压缩包</translation>
    </message>
    <message>
        <source>the zip archive is empty</source>
        <translation>zip 压缩包是空的</translation>
    </message>
    <message>
        <source>every row has a missing value</source>
        <translation>每一行都有缺失值</translation>
    </message>
    <message>
        <source>the weights do not match the saved layers</source>
        <translation>权重与保存的各层不匹配</translation>
    </message>
    <message>
        <source>it contains NUL bytes</source>
        <translation>其中含有 NUL 字节</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>没有那个文件或目录</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>权限不够</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>这是一个目录</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>设备上没有剩余空间</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>只读文件系统</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>文件名过长</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>invalid delimiter {value!r}: use one character such as &apos;,&apos; &apos;;&apos; or a tab, or &apos;whitespace&apos; for runs of spaces and tabs.</source>
        <comment>csv.bad_delimiter</comment>
        <extracomment>Error kind -&gt; English template, as registered when this file was generated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a text file ({reason}). Save it as CSV (comma separated values) and open that file.</source>
        <comment>csv.binary_file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading {path} was cancelled.</source>
        <comment>csv.cancelled</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be decoded as {encoding}: byte {value} on line {line} is invalid. Choose another encoding, such as utf-8 or gb18030.</source>
        <comment>csv.decode_failed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: dropped {count} empty columns at the end of each line.</source>
        <comment>csv.dropped_empty_columns</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes). Choose a CSV file that contains data.</source>
        <comment>csv.empty_file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not valid UTF-8, so it was decoded as {encoding}. If the text looks wrong, choose the encoding yourself.</source>
        <comment>csv.encoding_fallback</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found: {path}. Check the path and the file name.</source>
        <comment>csv.file_not_found</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first header cell {value!r} of {path} starts with &apos;?&apos;, the remains of a byte order mark lost in conversion; the column is named {column!r}.</source>
        <comment>csv.lost_bom</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} contains only blank lines or empty cells. Choose a CSV file that contains data.</source>
        <comment>csv.no_columns</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} has a header ({columns}) but no data rows. Add at least one row of values below the header.</source>
        <comment>csv.no_data_rows</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a file. Choose a CSV file inside it.</source>
        <comment>csv.not_a_file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: expected {expected} fields on every line, as in the {reference}, but {summary}. Fix those lines, or skip them (the option to skip bad lines; --skip-bad-lines on the command line).</source>
        <comment>csv.ragged_rows</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: renamed columns to make the names unique or non-empty: {summary}.</source>
        <comment>csv.renamed_columns</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: skipped {count} lines whose field count differs from {expected}: {summary}.</source>
        <comment>csv.skipped_lines</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is too large to load: it is {size_mb} MB and loading it needs about {needed_mb} MB of memory, but only {available_mb} MB are available. Use a smaller file or close other programs.</source>
        <comment>csv.too_large</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: a quote opened on line {line} is never closed. Add the closing quote character (&quot;).</source>
        <comment>csv.unclosed_quote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown encoding {value!r} for {path}. Use a Python codec name such as utf-8, gb18030, gbk, utf-16 or cp1252.</source>
        <comment>csv.unknown_encoding</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}. Check that the file is not locked or protected.</source>
        <comment>csv.unreadable</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class {value!r} has no rows in the training split; the model cannot learn it. Add rows of that class or lower the validation and test splits.</source>
        <comment>data.class_missing_in_training</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature {column!r} has the same value ({value}) in every training row, so it carries no information; it is scaled to 0.</source>
        <comment>data.constant_feature</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the features have {x_rows} rows but the labels have {y_rows}; give one label per row.</source>
        <comment>data.dataset_length_mismatch</comment>
        <translation>特征有 {x_rows} 行，而标签有 {y_rows} 行；每一行都需要一个标签。</translation>
    </message>
    <message>
        <source>feature column {column!r} is listed more than once.</source>
        <comment>data.duplicate_feature</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature {column!r} looks like an ID (a different value on every row); it rarely helps a network and may hurt it.</source>
        <comment>data.id_column_feature</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch_size must be a positive integer or None, got {value!r}.</source>
        <comment>data.invalid_batch_size</comment>
        <translation>batch_size（批大小）必须是正整数或 None，实际为 {value!r}。</translation>
    </message>
    <message>
        <source>invalid {option} {value!r}; valid values: {valid}.</source>
        <comment>data.invalid_option</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid {option} {value!r} for sample {sample!r}: {reason}.</source>
        <comment>data.invalid_sample_option</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid split: {reason}. The validation and test fractions must each be in [0, 1) and add up to less than 1.</source>
        <comment>data.invalid_split</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filled {count} missing values of {column!r} with the training {strategy} {value}.</source>
        <comment>data.missing_filled</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped {count} rows with missing feature values (lines {lines}).</source>
        <comment>data.missing_rows_dropped</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {column!r} has missing values on lines {lines}, and the pipeline drops such rows instead of filling them. Fill those cells or choose another missing-value strategy.</source>
        <comment>data.missing_values</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {column!r} is mostly numeric but has the non-numeric value {value!r} on line {line}{more}; it is treated as categorical. Correct the value, or mark it missing (empty or ?).</source>
        <comment>data.mixed_column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no feature columns are left: {reason}. Choose at least one feature column.</source>
        <comment>data.no_features</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rows are left after removing rows with missing values ({reason}). Fill the missing values instead of dropping the rows.</source>
        <comment>data.no_rows_left</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {column!r} must be numeric, but it has the value {value!r} on line {line}.</source>
        <comment>data.not_numeric</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target column {column!r} is categorical (for example {value!r} on line {line}), so it cannot be a regression target. Choose classification or another column.</source>
        <comment>data.regression_target_not_numeric</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label column {column!r} has only one class ({value!r}) in {rows} rows. A classifier needs at least two classes.</source>
        <comment>data.single_class</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target column {column!r} is also listed as a feature. Remove it from the features.</source>
        <comment>data.target_is_feature</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped {count} rows whose target {column!r} is missing (lines {lines}); the target is never filled in.</source>
        <comment>data.target_missing_dropped</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few rows for a {percent}% {split} split: {rows} rows give {count} {split} rows. Add more rows, or set the {split} split to 0.</source>
        <comment>data.too_few_rows</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target column {column!r} has {count} distinct values in {rows} rows, too many to be classes. Choose regression or another column.</source>
        <comment>data.too_many_classes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {column!r} has categories the model has not seen in training: {values} (lines {lines}); they are encoded as all zeros.</source>
        <comment>data.unknown_categories</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {column!r} has the label {value!r} on line {line}, which is not one of the classes the model was trained on: {classes}.</source>
        <comment>data.unknown_class</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {column!r} is not in the table. Available columns: {available}.</source>
        <comment>data.unknown_column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sample {value!r}. Built-in samples: {available}.</source>
        <comment>data.unknown_sample</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output activation {activation!r} with loss {loss!r} over {units} output units cannot train: {reason}</source>
        <comment>model.bad_combination</comment>
        <translation>输出层激活函数 {activation!r} 与损失函数 {loss!r} 在 {units} 个输出神经元上无法训练：{reason}</translation>
    </message>
    <message>
        <source>the model has no layers; add at least one Dense layer.</source>
        <comment>model.empty</comment>
        <translation>模型没有任何层；请至少添加一个 Dense 层。</translation>
    </message>
    <message>
        <source>layer {layer} expects {expected} input features, but the data has {value} columns. Select {expected} feature columns or change the input layer.</source>
        <comment>model.input_mismatch</comment>
        <translation>第 {layer} 层需要 {expected} 个输入特征，但数据有 {value} 列。请选择 {expected} 个特征列，或修改输入层。</translation>
    </message>
    <message>
        <source>{argument} must be {expected}, got {value!r}.</source>
        <comment>model.invalid_argument</comment>
        <translation>{argument} 必须是 {expected}，实际为 {value!r}。</translation>
    </message>
    <message>
        <source>hidden layer {position} in {value!r} is invalid: {reason} Write layers as UNITS:ACTIVATION separated by commas, e.g. 16:relu,8:tanh.</source>
        <comment>model.invalid_hidden</comment>
        <translation>{value!r} 中的第 {position} 个隐含层无效：{reason} 请按“神经元数:激活函数”的格式书写各层，并用逗号分隔，例如 16:relu,8:tanh。</translation>
    </message>
    <message>
        <source>{loss} needs targets {expected}, but {detail}.</source>
        <comment>model.invalid_targets</comment>
        <translation>{loss} 要求目标值{expected}，但{detail}。</translation>
    </message>
    <message>
        <source>layer {layer}: `units` must be a positive integer, got {value!r}.</source>
        <comment>model.invalid_units</comment>
        <translation>第 {layer} 层：`units`（神经元数）必须是正整数，实际为 {value!r}。</translation>
    </message>
    <message>
        <source>the model has no input width yet; give the first layer `input_shape` or call build(n_inputs) first.</source>
        <comment>model.not_built</comment>
        <translation>模型还不知道输入的宽度；请给第一层指定 `input_shape`，或先调用 build(n_inputs)。</translation>
    </message>
    <message>
        <source>the model is not compiled; call compile(optimizer=..., loss=...) first.</source>
        <comment>model.not_compiled</comment>
        <translation>模型尚未编译；请先调用 compile(optimizer=..., loss=...)。</translation>
    </message>
    <message>
        <source>the output layer {layer} has {expected} units, but the targets have shape {value}. Give targets with {expected} columns (one-hot encode class labels for softmax outputs).</source>
        <comment>model.target_mismatch</comment>
        <translation>输出层 {layer} 有 {expected} 个神经元，但目标值的形状为 {value}。请提供 {expected} 列的目标值（Softmax 输出需要对类别标签进行独热编码）。</translation>
    </message>
    <message>
        <source>unknown {what} {value!r}; valid names are: {valid}.</source>
        <comment>model.unknown_name</comment>
        <translation>未知的{what} {value!r}；可用的名称有：{valid}。</translation>
    </message>
    <message>
        <source>the model has {expected} weight arrays, but {value} were given.</source>
        <comment>model.weights_count</comment>
        <translation>模型有 {expected} 个权重数组，但提供了 {value} 个。</translation>
    </message>
    <message>
        <source>weight array {index} ({name}) must have shape {expected}, got {value}.</source>
        <comment>model.weights_mismatch</comment>
        <translation>第 {index} 个权重数组（{name}）的形状必须是 {expected}，实际为 {value}。</translation>
    </message>
    <message>
        <source>{path} has an invalid schema version {value!r}; expected a positive integer</source>
        <comment>project.bad_version</comment>
        <translation>{path} 的格式版本号 {value!r} 无效；应为正整数</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}); open an earlier copy or the autosaved project</source>
        <comment>project.damaged</comment>
        <translation>{path} 已损坏（{reason}）；请打开较早的副本或自动保存的项目</translation>
    </message>
    <message>
        <source>the project&apos;s data file {path} was not found; pass the CSV file explicitly</source>
        <comment>project.data_not_found</comment>
        <translation>找不到项目的数据文件 {path}；请明确指定 CSV 文件</translation>
    </message>
    <message>
        <source>unknown export format {value!r}; choose one of {choices}</source>
        <comment>project.export_format</comment>
        <translation>未知的导出格式 {value!r}；请从以下格式中选择：{choices}</translation>
    </message>
    <message>
        <source>cannot export to {format}: {reason}</source>
        <comment>project.export_unsupported</comment>
        <translation>无法导出为 {format}：{reason}</translation>
    </message>
    <message>
        <source>{path}: field &apos;{field}&apos; is invalid: {reason}</source>
        <comment>project.invalid_document</comment>
        <translation>{path}：字段“{field}”无效：{reason}</translation>
    </message>
    <message>
        <source>{path} has no &apos;{member}&apos; entry, so it is damaged or was not saved by BP Studio</source>
        <comment>project.missing_member</comment>
        <translation>{path} 中缺少“{member}”项，文件可能已损坏，或不是由 BP Studio 保存的</translation>
    </message>
    <message>
        <source>{path} was saved with project schema version {version}, but this BP Studio reads versions up to {supported}; update BP Studio to open it</source>
        <comment>project.newer_version</comment>
        <translation>{path} 的项目格式版本为 {version}，而当前 BP Studio 最高只能读取版本 {supported}；请升级 BP Studio 后再打开</translation>
    </message>
    <message>
        <source>the project does not record where its data came from; pass a CSV file to use</source>
        <comment>project.no_data</comment>
        <translation>项目没有记录数据的来源；请指定要使用的 CSV 文件</translation>
    </message>
    <message>
        <source>no row of {path} could be used ({reason}); check that the file has the columns the network was trained on</source>
        <comment>project.no_rows</comment>
        <translation>{path} 中没有可用的行（{reason}）；请检查文件是否包含训练网络时使用的各列</translation>
    </message>
    <message>
        <source>the project has no test split (test_split is 0); pass a CSV file to evaluate on</source>
        <comment>project.no_test_split</comment>
        <translation>项目没有划分测试集（test_split 为 0）；请指定用于评估的 CSV 文件</translation>
    </message>
    <message>
        <source>the project has no trained weights; train the network and save it first</source>
        <comment>project.no_weights</comment>
        <translation>项目中没有训练好的权重；请先训练网络并保存</translation>
    </message>
    <message>
        <source>the weights of layer {layer} contain NaN or infinity, so the project was not saved; reset the weights or lower the learning rate and train again</source>
        <comment>project.non_finite_weights</comment>
        <translation>第 {layer} 层的权重包含 NaN 或无穷大，因此没有保存项目；请重置权重或降低学习率后重新训练</translation>
    </message>
    <message>
        <source>{path} is not a BP Studio project file ({reason}); open a file saved by BP Studio</source>
        <comment>project.not_a_project</comment>
        <translation>{path} 不是 BP Studio 项目文件（{reason}）；请打开由 BP Studio 保存的文件</translation>
    </message>
    <message>
        <source>project file {path} was not found; check the path</source>
        <comment>project.not_found</comment>
        <translation>找不到项目文件 {path}；请检查路径</translation>
    </message>
    <message>
        <source>could not save {path}: {reason}; the previous file, if any, was left unchanged</source>
        <comment>project.save_failed</comment>
        <translation>无法保存 {path}：{reason}；原有文件（如果有）未被改动</translation>
    </message>
    <message>
        <source>the target column &apos;{column}&apos; is not in {path}; evaluation needs it</source>
        <comment>project.target_missing</comment>
        <translation>{path} 中没有目标列“{column}”；评估需要这一列</translation>
    </message>
    <message>
        <source>{path}: &apos;{member}&apos; declares {size} bytes, more than the limit of {limit} bytes; the file was not opened</source>
        <comment>project.too_large</comment>
        <translation>{path}：“{member}”声明的大小为 {size} 字节，超过了 {limit} 字节的上限；未打开该文件</translation>
    </message>
    <message>
        <source>{path}: weight array &apos;{name}&apos; has dtype {dtype}; only float32 and float64 arrays are accepted, so the file was not opened</source>
        <comment>project.unsafe_array</comment>
        <translation>{path}：权重数组“{name}”的数据类型为 {dtype}；只接受 float32 和 float64 数组，因此未打开该文件</translation>
    </message>
    <message>
        <source>{path} contains the entry &apos;{member}&apos;, which is not part of a project file; the file was not opened</source>
        <comment>project.unsafe_member</comment>
        <translation>{path} 包含不属于项目文件的项“{member}”；未打开该文件</translation>
    </message>
    <message>
        <source>{path}: the weights do not match the network: {reason}</source>
        <comment>project.weights_mismatch</comment>
        <translation>{path}：权重与网络结构不匹配：{reason}</translation>
    </message>
    <message>
        <source>could not write {path}: {reason}</source>
        <comment>project.write_failed</comment>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>training stopped in epoch {epoch}: the {quantity} became NaN or infinite with learning rate {learning_rate:g}. Lower the learning rate or scale the inputs (standardize or min-max) and train again; the weights of the last finite epoch were kept.</source>
        <comment>training.diverged</comment>
        <translation>训练在第 {epoch} 轮停止：学习率为 {learning_rate:g} 时，{quantity} 变成了 NaN 或无穷大。请降低学习率，或对输入进行缩放（标准化或最小-最大归一化）后重新训练；已保留最后一个有效轮次的权重。</translation>
    </message>
    <message>
        <source>there are no {which} samples to train on; load data with at least one row.</source>
        <comment>training.empty_data</comment>
        <translation>没有可用于训练的{which}样本；请载入至少包含一行的数据。</translation>
    </message>
    <message>
        <source>validation_split must be in [0, 1) and leave at least one training and one validation sample; got {value} for {samples} samples.</source>
        <comment>training.invalid_split</comment>
        <translation>validation_split（验证集比例）必须在 [0, 1) 之间，并且训练集和验证集至少各留一个样本；当前为 {value}，样本数为 {samples}。</translation>
    </message>
    <message>
        <source>the inputs have {x_rows} rows but the targets have {y_rows}; give one target row per input row.</source>
        <comment>training.length_mismatch</comment>
        <translation>输入有 {x_rows} 行，而目标值有 {y_rows} 行；每一行输入都需要一行目标值。</translation>
    </message>
    <message>
        <source>the {which} contain NaN or infinite values (first at row {row}); fill or drop the missing values before training.</source>
        <comment>training.non_finite_data</comment>
        <translation>{which}中含有 NaN 或无穷大（首次出现在第 {row} 行）；请在训练前填补或删除缺失值。</translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plot as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plot as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plot data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradientCheckDialog</name>
    <message>
        <source>Gradient check</source>
        <extracomment>Relative errors above this are flagged in the table. Weights checked at most per array, so wide layers stay quick.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished">层</translation>
    </message>
    <message>
        <source>Weights checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest relative error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backpropagation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finite difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backpropagation computes every ∂E/∂w at once with the chain rule; the finite difference (E(w + ε) − E(w − ε)) / 2ε estimates each one by nudging that weight alone. Relative errors below 1e-6 mean the two agree. Larger errors on a few weights usually sit on a kink (ReLU at z = 0, MAE at o = d); large errors everywhere would mean the derivative used by backpropagation is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training samples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a dataset and build a network first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or stop training first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backpropagation agrees with the finite differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small differences, as expected near kinks or in float rounding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some weights differ: see the red rows. On ReLU or MAE these are usually kinks; elsewhere they would point to a wrong derivative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weights checked; largest relative error %2. </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthDialog</name>
    <message>
        <source>Network health</source>
        <extracomment>Training rows used to measure activations and gradients. Seconds between two gradient-norm measurements while training. A sigmoid output within this distance of 0 or 1 (tanh: of ±1) counts as saturated. Gradient norms below this are called vanishing, above EXPLODING exploding.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net input z</source>
        <translation type="unfinished">净输入 z</translation>
    </message>
    <message>
        <source>output a = f(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished">轮次</translation>
    </message>
    <message>
        <source>gradient norm ‖∂E/∂W‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient norms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output layer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden layer %2 (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a dataset and build a network first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured on %1 training samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturated units: %1%. A saturated unit outputs nearly the same value for every sample and passes almost no gradient back; scale the inputs or lower the initial weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead ReLU units: %1%. A dead unit outputs 0 for every sample and never learns again; lower the learning rate or try leaky_relu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the network to see how the gradients flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first layers receive gradients thousands of times smaller than the last: the gradient vanishes on its way back. Try ReLU or tanh instead of sigmoid, fewer layers, or scaled inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gradients are very large or not finite: they explode. Lower the learning rate, scale the inputs, or add L2 regularisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gradients flow normally: each layer receives a gradient of a similar size. They shrink as training converges.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Comma ( , )</source>
        <extracomment>Files up to this size are re-read whole for each preview; larger ones from their head.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any run of spaces or tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point ( . )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Auto-detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>First row is the header</source>
        <translation>第一行是表头</translation>
    </message>
    <message>
        <source>No header row</source>
        <translation>没有表头行</translation>
    </message>
    <message>
        <source>Skip lines with the wrong number of fields</source>
        <translation>跳过字段数不对的行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>表头：</translation>
    </message>
    <message>
        <source>Decimal mark:</source>
        <translation>小数点符号：</translation>
    </message>
    <message>
        <source>How to read the file</source>
        <translation>读取方式</translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation>缺失值</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Preview of the first rows:</source>
        <translation>前几行预览：</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取该文件：%1</translation>
    </message>
    <message>
        <source>The file could not be read with these settings.</source>
        <translation>按这些设置无法读取该文件。</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>没有警告。</translation>
    </message>
    <message>
        <source>Read as: encoding %1, delimiter %2, %3, decimal mark &apos;%4&apos;.</source>
        <translation>读取方式：编码 %1，分隔符 %2，%3，小数点符号“%4”。</translation>
    </message>
    <message>
        <source>header row</source>
        <translation>有表头行</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>无表头行</translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s)</source>
        <translation>
            <numerusform>%n 行数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the first %n data row(s) previewed</source>
        <translation>
            <numerusform>预览前 %n 行数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n missing (lines %2)</source>
        <translation>
            <numerusform>%1：缺失 %n 个（第 %2 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>No missing values.</source>
        <translation>没有缺失值。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>QSettings key of the language chosen in View → Language (&quot;en&quot; or &quot;zh_CN&quot;). Qt&apos;s own catalogues loaded beside BP Studio&apos;s: widgets and standard dialogs. objectName of each language&apos;s action in View → Language. Language installed by the last call of install_translators (None before the first).</extracomment>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>BP Studio will use {language} the next time it starts.</source>
        <translation>BP Studio 下次启动时将使用{language}。</translation>
    </message>
</context>
<context>
    <name>LayerTableModel</name>
    <message>
        <source>Layer</source>
        <extracomment>Role that returns the activation choices of a row (a list of names).</extracomment>
        <translation>层</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>神经元数</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>输出形状</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>参数个数</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入层</translation>
    </message>
    <message>
        <source>Output (%1)</source>
        <translation>输出层（%1）</translation>
    </message>
    <message>
        <source>Hidden %1 (%2)</source>
        <translation>隐含层 %1（%2）</translation>
    </message>
    <message>
        <source>Double-click to edit</source>
        <translation>双击编辑</translation>
    </message>
    <message>
        <source>The input and output widths follow the dataset</source>
        <translation>输入层和输出层的神经元数由数据集决定</translation>
    </message>
    <message>
        <source>%1 (auto)</source>
        <translation>%1（自动）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Live plots</source>
        <translation>实时图表</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>BP Studio</source>
        <translation>BP Studio</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About BP Studio</source>
        <translation>关于 BP Studio(&amp;A)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>About BP Studio</source>
        <translation>关于 BP Studio</translation>
    </message>
    <message>
        <source>BP Studio {version}
Build and train backpropagation neural networks.</source>
        <translation>BP Studio {version}
搭建并训练 BP（误差反向传播）神经网络。</translation>
    </message>
</context>
<context>
    <name>NetworkBuilder</name>
    <message>
        <source>Add hidden layer</source>
        <translation>添加隐含层</translation>
    </message>
    <message>
        <source>Remove hidden layer</source>
        <translation>删除隐含层</translation>
    </message>
    <message>
        <source>Training sample whose values the hover shows</source>
        <translation>鼠标悬停时显示哪个训练样本的数值</translation>
    </message>
    <message>
        <source>Rest the pointer on a neuron or an edge to see its values.</source>
        <translation>把鼠标停在神经元或连线上，即可查看它的数值。</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>样本：</translation>
    </message>
    <message>
        <source>Output activation:</source>
        <translation>输出层激活函数：</translation>
    </message>
    <message>
        <source>Loss:</source>
        <translation>损失函数：</translation>
    </message>
    <message>
        <source>P(%1)</source>
        <translation>P(%1)</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入层</translation>
    </message>
    <message>
        <source>Hidden layer %1</source>
        <translation>隐含层 %1</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出层</translation>
    </message>
    <message>
        <source>Total parameters: %1</source>
        <translation>参数总数：%1</translation>
    </message>
    <message>
        <source>auto (%1)</source>
        <translation>自动（%1）</translation>
    </message>
    <message>
        <source>The network cannot be changed while training runs. Stop training first.</source>
        <translation>训练进行中不能修改网络。请先停止训练。</translation>
    </message>
    <message>
        <source>The builder stops at %1 hidden layers.</source>
        <translation>最多只能有 %1 个隐含层。</translation>
    </message>
    <message>
        <source>There is no hidden layer to remove.</source>
        <translation>没有可删除的隐含层。</translation>
    </message>
    <message>
        <source>Remove hidden layer %1</source>
        <translation>删除隐含层 %1</translation>
    </message>
    <message>
        <source>A hidden layer needs at least one neuron; remove the layer instead.</source>
        <translation>隐含层至少要有一个神经元；如不需要，请删除这一层。</translation>
    </message>
    <message>
        <source>A hidden layer can have at most %1 neurons.</source>
        <translation>一个隐含层最多只能有 %1 个神经元。</translation>
    </message>
    <message>
        <source>Set hidden layer %1 to %2 neurons</source>
        <translation>将隐含层 %1 设为 %2 个神经元</translation>
    </message>
    <message>
        <source>Set hidden layer %1 activation to %2</source>
        <translation>将隐含层 %1 的激活函数设为 %2</translation>
    </message>
    <message>
        <source>Set output activation to %1</source>
        <translation>将输出层激活函数设为 %1</translation>
    </message>
    <message>
        <source>Set loss to %1</source>
        <translation>将损失函数设为 %1</translation>
    </message>
</context>
<context>
    <name>NetworkDiagram</name>
    <message numerus="yes">
        <source>⋮ %n more</source>
        <extracomment>Layers wider than this are drawn with their first and last few neurons and a count. The diagram never zooms in further than this, so tiny networks keep readable sizes.</extracomment>
        <translation>
            <numerusform>⋮ 另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert a hidden layer here</source>
        <translation>在此处插入隐含层</translation>
    </message>
    <message numerus="yes">
        <source>%n neuron(s)</source>
        <translation>
            <numerusform>%n 个神经元</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove a neuron</source>
        <translation>减少一个神经元</translation>
    </message>
    <message>
        <source>Add a neuron</source>
        <translation>增加一个神经元</translation>
    </message>
    <message>
        <source>Remove this hidden layer</source>
        <translation>删除此隐含层</translation>
    </message>
    <message>
        <source>Choose the activation function</source>
        <translation>选择激活函数</translation>
    </message>
</context>
<context>
    <name>PredictedVsTargetView</name>
    <message>
        <source>ideal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted against target is drawn for regression tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation</source>
        <translation type="unfinished">验证</translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished">训练</translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished">目标</translation>
    </message>
    <message>
        <source>{name} (target, {split} set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (predicted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreprocessForm</name>
    <message>
        <source>Preprocessing</source>
        <translation>预处理</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>Drop rows with missing values</source>
        <translation>删除含缺失值的行</translation>
    </message>
    <message>
        <source>Fill features with the mean</source>
        <translation>用均值填补特征</translation>
    </message>
    <message>
        <source>Fill features with the median</source>
        <translation>用中位数填补特征</translation>
    </message>
    <message>
        <source>Fill features with the most frequent value</source>
        <translation>用众数填补特征</translation>
    </message>
    <message>
        <source>None</source>
        <translation>不缩放</translation>
    </message>
    <message>
        <source>Standardize (mean 0, std 1)</source>
        <translation>标准化（均值 0，标准差 1）</translation>
    </message>
    <message>
        <source>Min-max to [0, 1]</source>
        <translation>最小-最大归一化到 [0, 1]</translation>
    </message>
    <message>
        <source>Min-max to [-1, 1]</source>
        <translation>最小-最大归一化到 [-1, 1]</translation>
    </message>
    <message>
        <source>Scale the regression target too</source>
        <translation>同时缩放回归目标</translation>
    </message>
    <message>
        <source>Keep class proportions in each split</source>
        <translation>各子集保持类别比例（分层抽样）</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>任务：</translation>
    </message>
    <message>
        <source>Missing values:</source>
        <translation>缺失值：</translation>
    </message>
    <message>
        <source>Scaling:</source>
        <translation>缩放：</translation>
    </message>
    <message>
        <source>Validation split:</source>
        <translation>验证集比例：</translation>
    </message>
    <message>
        <source>Test split:</source>
        <translation>测试集比例：</translation>
    </message>
    <message>
        <source>Split seed:</source>
        <translation>划分随机种子：</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>自动（%1）</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>回归</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <source>&amp;New Project</source>
        <extracomment>The CSV bytes stored in the open project, kept so that saving keeps them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the &amp;Data in the Project File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store a copy of the CSV file inside the project so that it travels alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}[*] — BP Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunsDialog</name>
    <message>
        <source>Training runs</source>
        <extracomment>Colours cycled through for overlaid runs.</extracomment>
        <translation>训练记录</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Restore settings</source>
        <translation>恢复设置</translation>
    </message>
    <message>
        <source>Put this run&apos;s network and training settings back into the builder</source>
        <translation>把这次训练的网络结构和训练设置恢复到编辑器中</translation>
    </message>
    <message>
        <source>Curve:</source>
        <translation>曲线：</translation>
    </message>
    <message>
        <source>Select runs to overlay their curves; double-click a name to rename it.</source>
        <translation>选中多条训练记录可叠加显示其曲线；双击名称可重命名。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>隐含层</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>Accuracy / R²</source>
        <translation>准确率 / R²</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>用时（秒）</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>Training accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <source>Training R²</source>
        <translation>训练 R²</translation>
    </message>
    <message>
        <source>Validation R²</source>
        <translation>验证 R²</translation>
    </message>
</context>
<context>
    <name>SourceBox</name>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Open CSV…</source>
        <translation>打开 CSV…</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <source>Noise:</source>
        <translation>噪声：</translation>
    </message>
    <message>
        <source>Samples:</source>
        <translation>样本数：</translation>
    </message>
    <message>
        <source>Built-in samples:</source>
        <translation>内置示例：</translation>
    </message>
    <message>
        <source>%1 (generated)</source>
        <translation>%1（生成）</translation>
    </message>
    <message>
        <source>Clear recent files</source>
        <translation>清除最近打开的文件</translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message>
        <source>Hidden-node sweep</source>
        <translation>隐含层节点数扫描</translation>
    </message>
    <message>
        <source>hidden neurons h</source>
        <translation>隐含层神经元数 h</translation>
    </message>
    <message>
        <source>validation error</source>
        <translation>验证误差</translation>
    </message>
    <message>
        <source>Run sweep</source>
        <translation>开始扫描</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Apply best size</source>
        <translation>采用最佳节点数</translation>
    </message>
    <message>
        <source>Hidden layer:</source>
        <translation>隐含层：</translation>
    </message>
    <message>
        <source>a from:</source>
        <translation>a 从：</translation>
    </message>
    <message>
        <source>a to:</source>
        <translation>a 到：</translation>
    </message>
    <message>
        <source>Seeds per size:</source>
        <translation>每种节点数的随机种子数：</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>训练轮数：</translation>
    </message>
    <message>
        <source>Hidden layer %1 (%2 neurons)</source>
        <translation>隐含层 %1（%2 个神经元）</translation>
    </message>
    <message>
        <source>Load a dataset first.</source>
        <translation>请先载入数据集。</translation>
    </message>
    <message>
        <source>Empirical rule h = √(m + n) + a with m = %1 inputs and n = %2 outputs: sizes %3.</source>
        <translation>经验公式 h = √(m + n) + a，其中输入数 m = %1，输出数 n = %2：节点数 %3。</translation>
    </message>
    <message>
        <source>Add a hidden layer to the network first.</source>
        <translation>请先给网络添加一个隐含层。</translation>
    </message>
    <message>
        <source>The sweep compares validation errors: set a validation split above 0 in the data panel.</source>
        <translation>扫描比较的是验证误差：请在数据面板中把验证集比例设为大于 0。</translation>
    </message>
    <message>
        <source>Stop the current training first.</source>
        <translation>请先停止当前的训练。</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>正在训练…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Best size: h = %1 (lowest validation error).</source>
        <translation>最佳节点数：h = %1（验证误差最小）。</translation>
    </message>
    <message>
        <source>Set hidden layer %1 to %2 neurons</source>
        <translation>将隐含层 %1 设为 %2 个神经元</translation>
    </message>
</context>
<context>
    <name>TeachingTools</name>
    <message>
        <source>Step-through &amp;Backpropagation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activation Explorer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network &amp;Health…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gradient Check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;Runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden-Node &amp;Sweep…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>&amp;Train</source>
        <extracomment>Settings the optimizer section edits; each is shown only for optimizers that use it.</extracomment>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation>继续(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Step one epoch</source>
        <translation>单步训练一轮(&amp;S)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset weights</source>
        <translation>重置权重(&amp;R)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Stop when the loss stops improving</source>
        <translation>损失不再下降时停止（早停）</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Loss:</source>
        <translation>损失函数：</translation>
    </message>
    <message>
        <source>Optimizer:</source>
        <translation>优化器：</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>学习率：</translation>
    </message>
    <message>
        <source>Momentum:</source>
        <translation>动量：</translation>
    </message>
    <message>
        <source>β₁:</source>
        <translation>β₁：</translation>
    </message>
    <message>
        <source>β₂:</source>
        <translation>β₂：</translation>
    </message>
    <message>
        <source>ε:</source>
        <translation>ε：</translation>
    </message>
    <message>
        <source>ρ:</source>
        <translation>ρ：</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>批大小：</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>训练轮数：</translation>
    </message>
    <message>
        <source>L2 penalty:</source>
        <translation>L2 正则化系数：</translation>
    </message>
    <message>
        <source>Initialisation:</source>
        <translation>权重初始化：</translation>
    </message>
    <message>
        <source>Patience (epochs):</source>
        <translation>耐心轮数：</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <source>Automatic ({loss})</source>
        <translation>自动（{loss}）</translation>
    </message>
    <message>
        <source>Training is not possible with this data.</source>
        <translation>用这些数据无法训练。</translation>
    </message>
    <message>
        <source>Paused. Optimizer changes apply when you resume or step.</source>
        <translation>已暂停。对优化器的修改将在继续或单步训练时生效。</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>正在训练…</translation>
    </message>
    <message>
        <source>Finished after epoch {epoch}.</source>
        <translation>第 {epoch} 轮后训练完成。</translation>
    </message>
    <message>
        <source>Stopped after epoch {epoch}.</source>
        <translation>第 {epoch} 轮后已停止。</translation>
    </message>
    <message>
        <source>Early stopping after epoch {epoch}.</source>
        <translation>第 {epoch} 轮后早停。</translation>
    </message>
    <message>
        <source>Training failed after epoch {epoch}; the weights were kept.</source>
        <translation>第 {epoch} 轮后训练失败；已保留当时的权重。</translation>
    </message>
    <message>
        <source>Epoch {epoch} / {epochs}</source>
        <translation>第 {epoch} / {epochs} 轮</translation>
    </message>
    <message>
        <source>{speed} samples/s · {left} left</source>
        <translation>{speed} 样本/秒 · 剩余 {left}</translation>
    </message>
    <message>
        <source>Gradient descent (full batch)</source>
        <translation>梯度下降（批量）</translation>
    </message>
    <message>
        <source>SGD (mini-batch)</source>
        <translation>随机梯度下降 SGD（小批量）</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>带动量的 SGD</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>Nesterov 动量</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <source>Adagrad</source>
        <translation>Adagrad</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>均方误差</translation>
    </message>
    <message>
        <source>Mean absolute error</source>
        <translation>平均绝对误差</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>二元交叉熵</translation>
    </message>
    <message>
        <source>Categorical cross-entropy</source>
        <translation>多类交叉熵</translation>
    </message>
    <message>
        <source>BP error ½·Σ(d−o)²</source>
        <translation>BP 误差 ½·Σ(d−o)²</translation>
    </message>
</context>
<context>
    <name>WeightsView</name>
    <message>
        <source>Show gradients</source>
        <extracomment>At most this many training rows are used for gradients computed while idle.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer {index} weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer {index} gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradients appear from the next epoch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>BP Studio projects (*{suffix});;All files (*)</source>
        <extracomment>QSettings key of the recently opened or saved project files, newest first. ``Project.view`` key of the main window&apos;s dock and toolbar layout (QMainWindow.saveState).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
