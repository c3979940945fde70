<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>This program: the network builder, the NumPy training engine and the window.</source>
        <translation>本程序：网络编辑器、NumPy 训练引擎和窗口界面。</translation>
    </message>
    <message>
        <source>The toolkit the window is built with. Its libraries ship as separate files that you may replace with your own build; the source is at code.qt.io.</source>
        <translation>构建窗口界面所用的工具包。它的库以独立文件的形式随附，你可以换成自己编译的版本；源代码位于 code.qt.io。</translation>
    </message>
    <message>
        <source>Qt for Python: the Python bindings of Qt.</source>
        <translation>Qt for Python：Qt 的 Python 绑定。</translation>
    </message>
    <message>
        <source>The binding generator runtime that PySide6 uses.</source>
        <translation>PySide6 所用的绑定生成器的运行时库。</translation>
    </message>
    <message>
        <source>Draws the loss curves, the weight heatmaps and the decision boundary.</source>
        <translation>用于绘制损失曲线、权重热力图和决策边界。</translation>
    </message>
    <message>
        <source>CET colour maps (inside pyqtgraph)</source>
        <translation>CET 色图（包含在 pyqtgraph 中）</translation>
    </message>
    <message>
        <source>Perceptually uniform colour maps by Peter Kovesi, shipped with pyqtgraph.</source>
        <translation>Peter Kovesi 设计的感知均匀色图，随 pyqtgraph 一起发布。</translation>
    </message>
    <message>
        <source>The array library the training engine is written in, with the libraries its package bundles: OpenBLAS, LAPACK and the GCC runtime, each under its own licence, all listed in the text.</source>
        <translation>训练引擎所基于的数组计算库，以及它的软件包所附带的库：OpenBLAS、LAPACK 和 GCC 运行时库，各自使用自己的许可证，均列于正文中。</translation>
    </message>
    <message>
        <source>The Python interpreter and standard library inside the installers.</source>
        <translation>安装包中附带的 Python 解释器和标准库。</translation>
    </message>
    <message>
        <source>Chinese font ({files})</source>
        <translation>中文字体（{files}）</translation>
    </message>
    <message>
        <source>A subset of Noto Sans CJK SC that draws Chinese text on computers without a Chinese font.</source>
        <translation>Noto Sans CJK SC（思源黑体）的子集，用于在没有中文字体的电脑上显示中文。</translation>
    </message>
    <message>
        <source>Built-in datasets</source>
        <translation>内置数据集</translation>
    </message>
    <message>
        <source>The sample datasets stored inside BP Studio (Iris, Wine, Breast Cancer Wisconsin), from the UCI Machine Learning Repository.</source>
        <translation>BP Studio 内置的示例数据集（鸢尾花、葡萄酒、威斯康星乳腺癌），来自 UCI 机器学习数据库。</translation>
    </message>
    <message>
        <source>Learning rate η: the size of each gradient descent step</source>
        <translation>学习率 η：每一步梯度下降的步长</translation>
    </message>
    <message>
        <source>Learning rate (η)</source>
        <translation>学习率（η）</translation>
    </message>
    <message>
        <source>Each weight moves by η times its gradient after every batch: w ← w − η·∂E/∂w. It is the most important hyperparameter.</source>
        <translation>每处理一个批次，每个权重都沿梯度方向移动 η 倍的梯度：w ← w − η·∂E/∂w。它是最重要的超参数。</translation>
    </message>
    <message>
        <source>Usual range: 0.1 to 0.5 for plain gradient descent on small normalised data, 0.001 to 0.01 for Adam and RMSprop.</source>
        <translation>常用范围：对归一化后的小数据集使用普通梯度下降时取 0.1 到 0.5；Adam 和 RMSprop 取 0.001 到 0.01。</translation>
    </message>
    <message>
        <source>Too high: the loss curve jumps up and down, climbs, or becomes NaN (training stops with a divergence message). Too low: the loss curve falls very slowly and nearly straight. A good value gives a curve that drops fast at first and then flattens.</source>
        <translation>太大：损失曲线上下跳动、不断上升，或变成 NaN（训练停止并提示发散）。太小：损失曲线下降得非常缓慢，几乎是一条直线。合适的值会让曲线先快速下降，然后逐渐变平。</translation>
    </message>
    <message>
        <source>Momentum: how much of the previous step is kept (0 = none)</source>
        <translation>动量：保留上一步的多少（0 表示不保留）</translation>
    </message>
    <message>
        <source>Momentum (β)</source>
        <translation>动量（β）</translation>
    </message>
    <message>
        <source>The step is a running average of past gradients: v ← β·v − η·∂E/∂w, w ← w + v. It speeds up travel along long valleys of the error surface and damps zigzagging across them.</source>
        <translation>每一步是以往梯度的滑动平均：v ← β·v − η·∂E/∂w，w ← w + v。它能加快沿误差曲面狭长山谷的前进速度，并抑制横穿山谷的来回震荡。</translation>
    </message>
    <message>
        <source>Usual range: 0.5 to 0.99; 0.9 is the common choice.</source>
        <translation>常用范围：0.5 到 0.99；通常取 0.9。</translation>
    </message>
    <message>
        <source>Higher values give faster progress but overshoot: the loss curve may swing before it settles. 0 gives plain gradient descent.</source>
        <translation>值越大前进越快，但容易冲过头：损失曲线可能先摆动一阵才稳定下来。取 0 即为普通梯度下降。</translation>
    </message>
    <message>
        <source>Adam β₁: decay of the running mean of the gradients</source>
        <translation>Adam β₁：梯度滑动平均的衰减率</translation>
    </message>
    <message>
        <source>Adam β₁</source>
        <translation>Adam β₁</translation>
    </message>
    <message>
        <source>How fast Adam forgets old gradients in its first-moment average.</source>
        <translation>Adam 在一阶矩平均中遗忘旧梯度的速度。</translation>
    </message>
    <message>
        <source>Usual range: 0.8 to 0.99; the standard value is 0.9.</source>
        <translation>常用范围：0.8 到 0.99；标准值为 0.9。</translation>
    </message>
    <message>
        <source>Higher values smooth the steps more but react more slowly when the gradient changes direction.</source>
        <translation>值越大，步长越平滑，但梯度方向改变时反应越慢。</translation>
    </message>
    <message>
        <source>Adam β₂: decay of the running mean of the squared gradients</source>
        <translation>Adam β₂：梯度平方滑动平均的衰减率</translation>
    </message>
    <message>
        <source>Adam β₂</source>
        <translation>Adam β₂</translation>
    </message>
    <message>
        <source>How fast Adam forgets old squared gradients, which set each weight&apos;s own step size.</source>
        <translation>Adam 遗忘旧的梯度平方的速度；梯度平方决定每个权重各自的步长。</translation>
    </message>
    <message>
        <source>Usual range: 0.99 to 0.9999; the standard value is 0.999.</source>
        <translation>常用范围：0.99 到 0.9999；标准值为 0.999。</translation>
    </message>
    <message>
        <source>Lower values adapt the step sizes faster but make them noisier; the loss curve may become jumpy.</source>
        <translation>值越小，步长调整得越快，但噪声也越大；损失曲线可能变得跳跃不定。</translation>
    </message>
    <message>
        <source>ε: a small number that keeps adaptive steps from dividing by zero</source>
        <translation>ε：防止自适应步长除以零的一个小数</translation>
    </message>
    <message>
        <source>Epsilon (ε)</source>
        <translation>Epsilon（ε）</translation>
    </message>
    <message>
        <source>Added to the denominator of Adam, RMSprop and Adagrad steps: η·m / (√v + ε).</source>
        <translation>加在 Adam、RMSprop 和 Adagrad 步长的分母上：η·m / (√v + ε)。</translation>
    </message>
    <message>
        <source>Usual range: 1e-8 to 1e-4; the default is 1e-7.</source>
        <translation>常用范围：1e-8 到 1e-4；默认值为 1e-7。</translation>
    </message>
    <message>
        <source>Larger values make the optimizer behave more like plain gradient descent; it rarely needs changing.</source>
        <translation>值越大，优化器的行为越接近普通梯度下降；一般不需要修改。</translation>
    </message>
    <message>
        <source>RMSprop ρ: decay of the running mean of the squared gradients</source>
        <translation>RMSprop ρ：梯度平方滑动平均的衰减率</translation>
    </message>
    <message>
        <source>RMSprop ρ</source>
        <translation>RMSprop ρ</translation>
    </message>
    <message>
        <source>How fast RMSprop forgets old squared gradients.</source>
        <translation>RMSprop 遗忘旧的梯度平方的速度。</translation>
    </message>
    <message>
        <source>Lower values adapt faster to recent gradients but are noisier.</source>
        <translation>值越小，对最近梯度的适应越快，但噪声也越大。</translation>
    </message>
    <message>
        <source>Batch size: samples per weight update</source>
        <translation>批大小：每次更新权重所用的样本数</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>The number of training samples whose gradients are averaged for one update. Plain gradient descent (GD) uses the whole training set.</source>
        <translation>每次更新时对多少个训练样本的梯度取平均。普通梯度下降（GD）使用整个训练集。</translation>
    </message>
    <message>
        <source>Usual range: 8 to 256; 32 is a common start.</source>
        <translation>常用范围：8 到 256；一般从 32 开始。</translation>
    </message>
    <message>
        <source>Smaller batches give more updates per epoch and a noisier loss curve; larger batches give a smoother curve, fewer updates and usually need a larger learning rate.</source>
        <translation>批越小，每轮更新次数越多，损失曲线噪声越大；批越大，曲线越平滑、更新次数越少，通常需要更大的学习率。</translation>
    </message>
    <message>
        <source>Epochs: passes over the whole training set</source>
        <translation>训练轮数：完整遍历训练集的次数</translation>
    </message>
    <message>
        <source>Epochs (训练轮数)</source>
        <translation>训练轮数（Epochs）</translation>
    </message>
    <message>
        <source>One epoch shows every training sample to the network once.</source>
        <translation>一轮（epoch）就是让网络把每个训练样本都看一遍。</translation>
    </message>
    <message>
        <source>Usual range: 50 to 1,000 for the small datasets of a course.</source>
        <translation>常用范围：课程中的小数据集取 50 到 1000。</translation>
    </message>
    <message>
        <source>Too few: the training loss is still falling when training ends. Too many: the validation loss starts rising while the training loss keeps falling, which is overfitting.</source>
        <translation>太少：训练结束时训练损失还在下降。太多：训练损失继续下降而验证损失开始上升，这就是过拟合。</translation>
    </message>
    <message>
        <source>L2 regularisation: a penalty on large weights</source>
        <translation>L2 正则化：对过大权重的惩罚</translation>
    </message>
    <message>
        <source>L2 regularisation (weight decay)</source>
        <translation>L2 正则化（权重衰减）</translation>
    </message>
    <message>
        <source>Adds λ·Σw² to the loss, which pulls every weight towards zero.</source>
        <translation>在损失上加上 λ·Σw²，把每个权重往 0 拉。</translation>
    </message>
    <message>
        <source>Usual range: 0 (off) to 0.01; try 1e-4 first.</source>
        <translation>常用范围：0（关闭）到 0.01；可以先试 1e-4。</translation>
    </message>
    <message>
        <source>Higher values give smoother decision boundaries and less overfitting, but too high keeps the network from fitting the data: both loss curves stay high.</source>
        <translation>值越大，决策边界越平滑、过拟合越少；但太大会使网络无法拟合数据：两条损失曲线都居高不下。</translation>
    </message>
    <message>
        <source>Patience: epochs without improvement before early stopping</source>
        <translation>耐心轮数：早停前允许连续多少轮没有改善</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>耐心轮数</translation>
    </message>
    <message>
        <source>With early stopping on, training stops after this many epochs in a row without a new best validation loss.</source>
        <translation>开启早停后，如果验证损失连续这么多轮没有刷新最佳值，训练就会停止。</translation>
    </message>
    <message>
        <source>Usual range: 5 to 50 epochs.</source>
        <translation>常用范围：5 到 50 轮。</translation>
    </message>
    <message>
        <source>Small values stop early, perhaps on a temporary plateau; large values let overfitting go on longer.</source>
        <translation>值太小可能在暂时的平台期就停下；值太大则会让过拟合持续更久。</translation>
    </message>
    <message>
        <source>Stop training when the validation loss stops improving</source>
        <translation>验证损失不再改善时停止训练</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>早停</translation>
    </message>
    <message>
        <source>Watches the validation loss (the training loss when there is no validation set) and stops after Patience epochs without improvement.</source>
        <translation>监视验证损失（没有验证集时监视训练损失），连续“耐心轮数”轮没有改善就停止。</translation>
    </message>
    <message>
        <source>Usually on for long runs, off while exploring.</source>
        <translation>长时间训练时通常开启，探索阶段通常关闭。</translation>
    </message>
    <message>
        <source>It guards against overfitting: on the loss plot the run ends near the lowest point of the validation curve.</source>
        <translation>它可以防止过拟合：在损失图上，训练会在验证曲线的最低点附近结束。</translation>
    </message>
    <message>
        <source>Random seed of the initial weights and of the batch shuffling</source>
        <translation>初始权重和批次打乱顺序的随机种子</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>The same seed gives the same initial weights and the same order of samples, so a run can be repeated exactly.</source>
        <translation>相同的种子会得到相同的初始权重和相同的样本顺序，因此训练可以被完全重现。</translation>
    </message>
    <message>
        <source>Any whole number; 0 is the default.</source>
        <translation>任意整数；默认为 0。</translation>
    </message>
    <message>
        <source>Changing it shows how much the result depends on the starting point: a network that only sometimes learns is sensitive to it.</source>
        <translation>改变种子可以看出结果在多大程度上依赖于起点：只是偶尔能学会的网络对它很敏感。</translation>
    </message>
    <message>
        <source>How the initial weights are drawn</source>
        <translation>初始权重的生成方式</translation>
    </message>
    <message>
        <source>Weight initialisation</source>
        <translation>权重初始化</translation>
    </message>
    <message>
        <source>The distribution of the random starting weights. Glorot (Xavier) suits tanh and sigmoid; He suits ReLU.</source>
        <translation>随机初始权重所服从的分布。Glorot（Xavier）适合 tanh 和 Sigmoid；He 适合 ReLU。</translation>
    </message>
    <message>
        <source>Usual choice: glorot_uniform, or he_normal for ReLU networks.</source>
        <translation>通常选择：Glorot 均匀分布；ReLU 网络用 He 正态分布。</translation>
    </message>
    <message>
        <source>Zeros or ones make every neuron of a layer identical, so they all learn the same thing; weights too large saturate sigmoid and tanh.</source>
        <translation>全零或全一会让同一层的所有神经元完全相同，因而学到完全相同的东西；权重太大则会使 Sigmoid 和 tanh 饱和。</translation>
    </message>
    <message>
        <source>Hidden layers: number of neurons and activation function of each</source>
        <translation>隐含层：每层的神经元数和激活函数</translation>
    </message>
    <message>
        <source>Hidden layers (隐含层)</source>
        <translation>隐含层</translation>
    </message>
    <message>
        <source>Each row is a fully connected layer between the inputs and the output layer. Double-click a cell to change its neurons or its activation function.</source>
        <translation>每一行是位于输入和输出层之间的一个全连接层。双击单元格可以修改神经元数或激活函数。</translation>
    </message>
    <message>
        <source>Usual range: one or two hidden layers of 2 to 64 neurons for the datasets of a course.</source>
        <translation>常用范围：对课程中的数据集，用一到两个隐含层，每层 2 到 64 个神经元。</translation>
    </message>
    <message>
        <source>More neurons and layers can fit more complex boundaries but train more slowly and overfit more easily; too few underfit and both loss curves stay high.</source>
        <translation>神经元和层数越多，能拟合的边界越复杂，但训练越慢、越容易过拟合；太少则会欠拟合，两条损失曲线都居高不下。</translation>
    </message>
    <message>
        <source>Add a hidden layer</source>
        <translation>添加一个隐含层</translation>
    </message>
    <message>
        <source>&lt;p&gt;Adds a hidden layer after the selected one. Undo with Ctrl+Z.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在所选层之后添加一个隐含层。可用 Ctrl+Z 撤销。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Remove the selected hidden layer</source>
        <translation>删除所选的隐含层</translation>
    </message>
    <message>
        <source>&lt;p&gt;Removes the selected hidden layer. Undo with Ctrl+Z.&lt;/p&gt;</source>
        <translation>&lt;p&gt;删除所选的隐含层。可用 Ctrl+Z 撤销。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Activation function of the output layer</source>
        <translation>输出层的激活函数</translation>
    </message>
    <message>
        <source>Output activation</source>
        <translation>输出层激活函数</translation>
    </message>
    <message>
        <source>Turns the output neurons&apos; sums into predictions. Automatic picks sigmoid for two classes, softmax for more, linear for regression.</source>
        <translation>把输出神经元的加权和变成预测值。“自动”时，二分类用 Sigmoid，多分类用 Softmax，回归用线性函数。</translation>
    </message>
    <message>
        <source>Usual choice: Automatic.</source>
        <translation>通常选择：自动。</translation>
    </message>
    <message>
        <source>It must match the loss: softmax with categorical cross-entropy, sigmoid with binary cross-entropy, linear with MSE.</source>
        <translation>它必须与损失函数匹配：Softmax 配多类交叉熵，Sigmoid 配二元交叉熵，线性配均方误差。</translation>
    </message>
    <message>
        <source>The rule that turns gradients into weight updates</source>
        <translation>把梯度变成权重更新量的规则</translation>
    </message>
    <message>
        <source>Optimizer (优化器)</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Gradient descent uses the back-propagated gradients as they are; momentum and the adaptive methods (Adam, RMSprop, Adagrad) reshape them. Only the hyperparameters the chosen optimizer uses are shown.</source>
        <translation>梯度下降直接使用反向传播得到的梯度；动量法和自适应方法（Adam、RMSprop、Adagrad）会对梯度加以调整。这里只显示所选优化器用到的超参数。</translation>
    </message>
    <message>
        <source>Usual choice: SGD or momentum to learn the method, Adam to get results.</source>
        <translation>通常选择：学习方法原理时用 SGD 或动量法，想快速得到结果时用 Adam。</translation>
    </message>
    <message>
        <source>Adam usually converges with little tuning; plain gradient descent shows the learning-rate trade-off most clearly on the loss curve.</source>
        <translation>Adam 通常无需太多调参就能收敛；普通梯度下降则能在损失曲线上最清楚地展示学习率的取舍。</translation>
    </message>
    <message>
        <source>The network: neurons as circles, weights as lines</source>
        <translation>网络：圆圈表示神经元，连线表示权重</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>网络结构图</translation>
    </message>
    <message>
        <source>Line colour shows a weight&apos;s sign (blue positive, orange negative) and its thickness the weight&apos;s size; it updates while training runs.</source>
        <translation>连线的颜色表示权重的正负（蓝色为正，橙色为负），粗细表示权重的大小；训练时会实时更新。</translation>
    </message>
    <message>
        <source>Hover over a neuron to see its value for the selected sample.</source>
        <translation>把鼠标停在神经元上，可以看到它在所选样本上的值。</translation>
    </message>
    <message>
        <source>Lines that fade to nothing show inputs or neurons the network has learnt to ignore.</source>
        <translation>逐渐淡去直至消失的连线，表示网络已学会忽略的输入或神经元。</translation>
    </message>
    <message>
        <source>The sample whose values the diagram shows on hover</source>
        <translation>鼠标悬停时结构图显示其数值的样本</translation>
    </message>
    <message>
        <source>&lt;p&gt;Row number of the training sample fed through the network.&lt;/p&gt;</source>
        <translation>&lt;p&gt;送入网络的训练样本的行号。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Loss function: what training minimises</source>
        <translation>损失函数：训练要最小化的量</translation>
    </message>
    <message>
        <source>Loss function (损失函数)</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <source>Measures how far the outputs are from the targets; back-propagation computes its gradient with respect to every weight.</source>
        <translation>衡量输出与目标值相差多远；反向传播计算它对每个权重的梯度。</translation>
    </message>
    <message>
        <source>Usual choice: cross-entropy for classification, MSE for regression, the BP error ½·Σ(d−o)² to follow a textbook&apos;s formulas.</source>
        <translation>通常选择：分类用交叉熵，回归用均方误差；要与教材公式对照时用 BP 误差 ½·Σ(d−o)²。</translation>
    </message>
    <message>
        <source>The loss value&apos;s scale depends on the function, so compare loss curves only between runs with the same loss.</source>
        <translation>损失值的量级取决于所用的函数，因此只在使用相同损失函数的训练之间比较损失曲线。</translation>
    </message>
    <message>
        <source>Classification predicts a class, regression a number</source>
        <translation>分类预测类别，回归预测数值</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Automatic treats a text column or a column of a few whole numbers as classes and anything else as a number to predict.</source>
        <translation>“自动”会把文本列或只有少数几个整数值的列当作类别，其余都当作要预测的数值。</translation>
    </message>
    <message>
        <source>It decides the output layer, the loss and the plots shown.</source>
        <translation>它决定输出层、损失函数以及显示哪些图表。</translation>
    </message>
    <message>
        <source>What to do with empty or unreadable cells</source>
        <translation>如何处理空的或无法读取的单元格</translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation>缺失值</translation>
    </message>
    <message>
        <source>Drop removes the rows; the fill methods replace a missing feature with its column&apos;s mean, median or most frequent value. A missing target always drops its row.</source>
        <translation>“删除”会删掉这些行；填补方法用该列的均值、中位数或众数代替缺失的特征值。目标值缺失的行总是被删除。</translation>
    </message>
    <message>
        <source>Usual choice: drop when few rows are affected.</source>
        <translation>通常选择：受影响的行很少时直接删除。</translation>
    </message>
    <message>
        <source>Filling keeps more rows but pulls the filled features to the centre.</source>
        <translation>填补可以保留更多的行，但会把被填补的特征拉向中心。</translation>
    </message>
    <message>
        <source>Rescale the features before training</source>
        <translation>训练前对特征进行缩放</translation>
    </message>
    <message>
        <source>Feature scaling</source>
        <translation>特征缩放</translation>
    </message>
    <message>
        <source>Standardise gives each feature mean 0 and standard deviation 1; min-max maps it to [0, 1] or [−1, 1].</source>
        <translation>标准化使每个特征的均值为 0、标准差为 1；最小-最大归一化把它映射到 [0, 1] 或 [−1, 1]。</translation>
    </message>
    <message>
        <source>Usual choice: standardise.</source>
        <translation>通常选择：标准化。</translation>
    </message>
    <message>
        <source>Without scaling, a feature measured in thousands dominates the gradients: training needs a tiny learning rate and may diverge.</source>
        <translation>如果不缩放，数量级为几千的特征会主导梯度：训练需要极小的学习率，还可能发散。</translation>
    </message>
    <message>
        <source>Scale a regression target like the features</source>
        <translation>像特征一样缩放回归目标</translation>
    </message>
    <message>
        <source>&lt;p&gt;Scaling a numeric target keeps the output and the loss near 1, which lets the usual learning rates work. Predictions are turned back into the original units.&lt;/p&gt;</source>
        <translation>&lt;p&gt;缩放数值型目标能使输出和损失保持在 1 附近，常用的学习率才能奏效。预测结果会换算回原来的单位。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Share of the rows kept aside to watch for overfitting</source>
        <translation>留出来用于监测过拟合的数据比例</translation>
    </message>
    <message>
        <source>Validation split</source>
        <translation>验证集比例</translation>
    </message>
    <message>
        <source>These rows are never trained on; their loss is the validation curve on the loss plot.</source>
        <translation>这些行从不参与训练；它们的损失就是损失图中的验证曲线。</translation>
    </message>
    <message>
        <source>Usual range: 10% to 30%.</source>
        <translation>常用范围：10% 到 30%。</translation>
    </message>
    <message>
        <source>A validation loss that rises while the training loss falls shows overfitting. Too large a split leaves too little to train on.</source>
        <translation>训练损失下降而验证损失上升，说明出现了过拟合。比例太大则留给训练的数据太少。</translation>
    </message>
    <message>
        <source>Share of the rows kept for the final evaluation</source>
        <translation>留作最终评估的数据比例</translation>
    </message>
    <message>
        <source>&lt;p&gt;The test rows are used only by Evaluate, after training, to estimate how the network does on data it has never seen. Usual range: 0% to 20%.&lt;/p&gt;</source>
        <translation>&lt;p&gt;测试集只在训练结束后由“评估”使用，用来估计网络在从未见过的数据上的表现。常用范围：0% 到 20%。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Random seed of the train, validation and test split</source>
        <translation>划分训练集、验证集和测试集的随机种子</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same seed puts the same rows in each split.&lt;/p&gt;</source>
        <translation>&lt;p&gt;相同的种子会把相同的行分到各个子集。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keep the class proportions in each split</source>
        <translation>各子集保持相同的类别比例</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each split gets the same share of every class, which matters for small or unbalanced datasets.&lt;/p&gt;</source>
        <translation>&lt;p&gt;每个子集中各类别所占的比例都相同，这对小数据集或类别不平衡的数据集很重要。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Noise added to a generated dataset</source>
        <translation>加到生成数据集上的噪声</translation>
    </message>
    <message>
        <source>&lt;p&gt;More noise blurs the classes into each other: the lowest reachable loss rises and the network is tempted to overfit.&lt;/p&gt;</source>
        <translation>&lt;p&gt;噪声越大，各类别之间越模糊：可达到的最低损失变高，网络也更容易过拟合。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Number of samples to generate</source>
        <translation>要生成的样本数</translation>
    </message>
    <message>
        <source>&lt;p&gt;More samples give a clearer boundary and slower epochs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;样本越多，边界越清晰，每轮训练也越慢。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>linear: f(z) = z, no squashing</source>
        <translation>线性：f(z) = z，不做压缩</translation>
    </message>
    <message>
        <source>Linear activation</source>
        <translation>线性激活函数</translation>
    </message>
    <message>
        <source>Passes the weighted sum through unchanged; f′(z) = 1.</source>
        <translation>原样输出加权和；f′(z) = 1。</translation>
    </message>
    <message>
        <source>Used in the output layer for regression.</source>
        <translation>用于回归问题的输出层。</translation>
    </message>
    <message>
        <source>Hidden layers that are all linear collapse into one linear map: the network cannot learn a curved boundary such as XOR.</source>
        <translation>隐含层全是线性函数时，整个网络退化为一个线性映射：无法学会像异或（XOR）那样的弯曲边界。</translation>
    </message>
    <message>
        <source>sigmoid: f(z) = 1 / (1 + e^−z), output between 0 and 1</source>
        <translation>Sigmoid：f(z) = 1 / (1 + e^−z)，输出在 0 和 1 之间</translation>
    </message>
    <message>
        <source>Sigmoid activation</source>
        <translation>Sigmoid 激活函数</translation>
    </message>
    <message>
        <source>The classic BP activation; f′(z) = f(z)·(1 − f(z)), at most 0.25.</source>
        <translation>经典 BP 网络的激活函数；f′(z) = f(z)·(1 − f(z))，最大为 0.25。</translation>
    </message>
    <message>
        <source>Used for a two-class output, and in hidden layers of classic BP nets.</source>
        <translation>用于二分类的输出层，以及经典 BP 网络的隐含层。</translation>
    </message>
    <message>
        <source>For large |z| the derivative is nearly 0, so deep sigmoid networks learn slowly (vanishing gradients): the loss curve shows long flat stretches.</source>
        <translation>|z| 较大时导数接近 0，因此层数较多的 Sigmoid 网络学习缓慢（梯度消失）：损失曲线会出现长长的平坦段。</translation>
    </message>
    <message>
        <source>tanh: output between −1 and 1, centred on 0</source>
        <translation>tanh：输出在 −1 和 1 之间，以 0 为中心</translation>
    </message>
    <message>
        <source>Tanh activation</source>
        <translation>tanh 激活函数</translation>
    </message>
    <message>
        <source>f(z) = tanh z; f′(z) = 1 − f(z)².</source>
        <translation>f(z) = tanh z；f′(z) = 1 − f(z)²。</translation>
    </message>
    <message>
        <source>A good default for small hidden layers.</source>
        <translation>小型隐含层的良好默认选择。</translation>
    </message>
    <message>
        <source>Usually trains faster than sigmoid because its outputs are centred on 0, but it also saturates for large |z|.</source>
        <translation>由于输出以 0 为中心，它通常比 Sigmoid 训练得更快，但 |z| 较大时同样会饱和。</translation>
    </message>
    <message>
        <source>ReLU: f(z) = max(0, z)</source>
        <translation>ReLU：f(z) = max(0, z)</translation>
    </message>
    <message>
        <source>ReLU activation</source>
        <translation>ReLU 激活函数</translation>
    </message>
    <message>
        <source>Zero for negative sums, the sum itself otherwise; f′ is 0 or 1.</source>
        <translation>加权和为负时输出 0，否则输出加权和本身；f′ 为 0 或 1。</translation>
    </message>
    <message>
        <source>The usual choice for deeper networks; pair it with He initialisation.</source>
        <translation>较深网络的常用选择；请配合 He 初始化使用。</translation>
    </message>
    <message>
        <source>Trains fast and does not saturate for positive sums, but a neuron whose sum stays negative stops learning (a dead ReLU). A learning rate that is too high makes many neurons die.</source>
        <translation>训练快，对正的加权和不会饱和；但加权和始终为负的神经元会停止学习（死亡 ReLU）。学习率太大会使很多神经元死亡。</translation>
    </message>
    <message>
        <source>Leaky ReLU: like ReLU with a small slope for negative sums</source>
        <translation>Leaky ReLU：与 ReLU 类似，但对负的加权和保留一个小斜率</translation>
    </message>
    <message>
        <source>Leaky ReLU activation</source>
        <translation>Leaky ReLU 激活函数</translation>
    </message>
    <message>
        <source>f(z) = z for z &gt; 0 and αz otherwise, with a small α such as 0.01.</source>
        <translation>z &gt; 0 时 f(z) = z，否则 f(z) = αz，α 是一个小数，例如 0.01。</translation>
    </message>
    <message>
        <source>Used instead of ReLU when neurons die.</source>
        <translation>当神经元死亡时代替 ReLU 使用。</translation>
    </message>
    <message>
        <source>The small negative slope keeps a gradient flowing to every neuron.</source>
        <translation>负半轴的小斜率使每个神经元都能收到梯度。</translation>
    </message>
    <message>
        <source>ELU: like ReLU with a smooth negative part</source>
        <translation>ELU：与 ReLU 类似，但负半轴是光滑的</translation>
    </message>
    <message>
        <source>ELU activation</source>
        <translation>ELU 激活函数</translation>
    </message>
    <message>
        <source>f(z) = z for z &gt; 0 and e^z − 1 otherwise.</source>
        <translation>z &gt; 0 时 f(z) = z，否则 f(z) = e^z − 1。</translation>
    </message>
    <message>
        <source>An alternative to ReLU for hidden layers.</source>
        <translation>隐含层中 ReLU 的一种替代选择。</translation>
    </message>
    <message>
        <source>Smooth and centred closer to 0; slightly slower to compute than ReLU.</source>
        <translation>光滑，且输出更接近以 0 为中心；计算比 ReLU 稍慢。</translation>
    </message>
    <message>
        <source>softmax: outputs are positive and sum to 1, one per class</source>
        <translation>Softmax：每个类别一个输出，均为正且总和为 1</translation>
    </message>
    <message>
        <source>Softmax activation</source>
        <translation>Softmax 激活函数</translation>
    </message>
    <message>
        <source>Turns the output sums into class probabilities: e^zₖ / Σⱼ e^zⱼ.</source>
        <translation>把输出层的加权和转换为各类别的概率：e^zₖ / Σⱼ e^zⱼ。</translation>
    </message>
    <message>
        <source>Used in the output layer for three or more classes.</source>
        <translation>用于三个及以上类别的输出层。</translation>
    </message>
    <message>
        <source>Pair it with categorical cross-entropy, whose gradient is then simply o − d. With one output neuron it always outputs 1.</source>
        <translation>请配合多类交叉熵使用，此时梯度就是 o − d。只有一个输出神经元时它永远输出 1。</translation>
    </message>
    <message>
        <source>Automatic: chosen from the task and the number of classes</source>
        <translation>自动：根据任务和类别数选择</translation>
    </message>
    <message>
        <source>&lt;p&gt;Binary cross-entropy for two classes, categorical cross-entropy for more, mean squared error for regression.&lt;/p&gt;</source>
        <translation>&lt;p&gt;二分类用二元交叉熵，多分类用多类交叉熵，回归用均方误差。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Mean squared error: the average of (d − o)²</source>
        <translation>均方误差：(d − o)² 的平均值</translation>
    </message>
    <message>
        <source>Mean squared error (MSE)</source>
        <translation>均方误差（MSE）</translation>
    </message>
    <message>
        <source>Averages the squared differences between targets d and outputs o.</source>
        <translation>对目标值 d 与输出 o 之差的平方取平均。</translation>
    </message>
    <message>
        <source>The usual loss for regression.</source>
        <translation>回归问题的常用损失函数。</translation>
    </message>
    <message>
        <source>Large errors weigh heavily, so outliers pull the fit. With sigmoid outputs for classification it learns slowly when a prediction is confidently wrong.</source>
        <translation>大误差的权重很高，因此离群点会把拟合结果拉偏。在分类中配合 Sigmoid 输出时，如果预测错得很“自信”，学习会很慢。</translation>
    </message>
    <message>
        <source>Mean absolute error: the average of |d − o|</source>
        <translation>平均绝对误差：|d − o| 的平均值</translation>
    </message>
    <message>
        <source>Mean absolute error (MAE)</source>
        <translation>平均绝对误差（MAE）</translation>
    </message>
    <message>
        <source>Averages the absolute differences between targets and outputs.</source>
        <translation>对目标值与输出之差的绝对值取平均。</translation>
    </message>
    <message>
        <source>Used for regression with outliers.</source>
        <translation>用于含离群点的回归问题。</translation>
    </message>
    <message>
        <source>Less sensitive to outliers than MSE; its gradient has constant size.</source>
        <translation>对离群点没有均方误差那么敏感；它的梯度大小恒定。</translation>
    </message>
    <message>
        <source>Binary cross-entropy: for two classes with a sigmoid output</source>
        <translation>二元交叉熵：用于二分类，配合 Sigmoid 输出</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>二元交叉熵</translation>
    </message>
    <message>
        <source>−[d·log o + (1 − d)·log(1 − o)], averaged over the samples.</source>
        <translation>−[d·log o + (1 − d)·log(1 − o)]，对样本取平均。</translation>
    </message>
    <message>
        <source>The usual loss for two classes with one sigmoid output neuron.</source>
        <translation>二分类（一个 Sigmoid 输出神经元）的常用损失函数。</translation>
    </message>
    <message>
        <source>Punishes confident wrong answers strongly, so it learns faster than MSE on classification.</source>
        <translation>对“自信”的错误答案惩罚很重，因此在分类问题上比均方误差学得更快。</translation>
    </message>
    <message>
        <source>Categorical cross-entropy: for several classes with softmax</source>
        <translation>多类交叉熵：用于多分类，配合 Softmax</translation>
    </message>
    <message>
        <source>Categorical cross-entropy</source>
        <translation>多类交叉熵</translation>
    </message>
    <message>
        <source>−Σₖ dₖ·log oₖ with one-hot targets d, averaged over the samples.</source>
        <translation>−Σₖ dₖ·log oₖ，其中 d 为独热编码的目标值，对样本取平均。</translation>
    </message>
    <message>
        <source>The usual loss for three or more classes with a softmax output.</source>
        <translation>三个及以上类别（Softmax 输出）的常用损失函数。</translation>
    </message>
    <message>
        <source>A loss of ln K (1.10 for 3 classes) means the network still guesses uniformly.</source>
        <translation>损失为 ln K（3 个类别时为 1.10）说明网络还在均匀地瞎猜。</translation>
    </message>
    <message>
        <source>BP error: E = ½·Σₖ(dₖ − oₖ)², as in BP textbooks</source>
        <translation>BP 误差：E = ½·Σₖ(dₖ − oₖ)²，与 BP 教材一致</translation>
    </message>
    <message>
        <source>BP error</source>
        <translation>BP 误差</translation>
    </message>
    <message>
        <source>The error of the classic back-propagation derivation: half the squared error summed over the output neurons, averaged over samples.</source>
        <translation>经典反向传播推导中的误差：对各输出神经元的平方误差求和再取一半，并对样本取平均。</translation>
    </message>
    <message>
        <source>Used to check results against a textbook&apos;s worked examples.</source>
        <translation>用于与教材中的例题结果相互对照。</translation>
    </message>
    <message>
        <source>It equals MSE times half the number of outputs, so the same learning rate takes larger steps with many output neurons.</source>
        <translation>它等于均方误差乘以输出数的一半，因此输出神经元较多时，同样的学习率会迈出更大的步子。</translation>
    </message>
    <message>
        <source>Gradient descent: one update per epoch on the whole training set</source>
        <translation>梯度下降：每轮在整个训练集上更新一次</translation>
    </message>
    <message>
        <source>&lt;p&gt;Full-batch gradient descent (梯度下降): the gradient of the loss over all training samples, w ← w − η·∂E/∂w. Smooth loss curve, slow on big datasets. Learning rate 0.1 to 0.5 on normalised data.&lt;/p&gt;</source>
        <translation>&lt;p&gt;批量梯度下降：用全部训练样本上的损失梯度更新，w ← w − η·∂E/∂w。损失曲线平滑，在大数据集上较慢。对归一化后的数据，学习率取 0.1 到 0.5。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stochastic gradient descent: one update per batch</source>
        <translation>随机梯度下降：每个批次更新一次</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same rule as gradient descent on each mini-batch: more updates per epoch and a noisier loss curve. Learning rate 0.01 to 0.5.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在每个小批量上应用与梯度下降相同的规则：每轮更新次数更多，损失曲线噪声更大。学习率取 0.01 到 0.5。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SGD with momentum: steps keep part of their previous direction</source>
        <translation>带动量的 SGD：每一步保留上一步方向的一部分</translation>
    </message>
    <message>
        <source>&lt;p&gt;v ← β·v − η·g, w ← w + v. Faster along valleys, damped zigzags. Momentum 0.9, learning rate 0.01 to 0.1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;v ← β·v − η·g，w ← w + v。沿山谷前进更快，来回震荡减弱。动量取 0.9，学习率取 0.01 到 0.1。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nesterov momentum: momentum that looks one step ahead</source>
        <translation>Nesterov 动量：向前多看一步的动量法</translation>
    </message>
    <message>
        <source>&lt;p&gt;Computes the gradient where the momentum step would land, which overshoots less than plain momentum. Same ranges as momentum.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在动量这一步将要到达的位置计算梯度，比普通动量法更不容易冲过头。取值范围与动量法相同。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Adam: momentum plus a step size per weight</source>
        <translation>Adam：动量加上每个权重各自的步长</translation>
    </message>
    <message>
        <source>&lt;p&gt;Keeps running means of the gradients (β₁) and of their squares (β₂) and divides one by the root of the other. Works with little tuning; learning rate 0.001 to 0.01.&lt;/p&gt;</source>
        <translation>&lt;p&gt;分别维护梯度（β₁）和梯度平方（β₂）的滑动平均，并用前者除以后者的平方根。几乎不需要调参；学习率取 0.001 到 0.01。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>RMSprop: a step size per weight from recent gradient sizes</source>
        <translation>RMSprop：根据最近梯度的大小为每个权重确定步长</translation>
    </message>
    <message>
        <source>&lt;p&gt;Divides each gradient by the root of a running mean of its squares (decay ρ). Learning rate 0.001 to 0.01.&lt;/p&gt;</source>
        <translation>&lt;p&gt;用每个梯度除以其平方的滑动平均（衰减率 ρ）的平方根。学习率取 0.001 到 0.01。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Adagrad: step sizes that shrink for often-updated weights</source>
        <translation>Adagrad：经常更新的权重步长逐渐变小</translation>
    </message>
    <message>
        <source>&lt;p&gt;Divides by the root of the sum of all past squared gradients, so steps only get smaller and learning may stall on long runs. Learning rate 0.01 to 0.1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;除以以往所有梯度平方之和的平方根，因此步长只会越来越小，长时间训练时学习可能停滞。学习率取 0.01 到 0.1。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Glorot (Xavier) uniform: scaled to the layer&apos;s fan-in and fan-out</source>
        <translation>Glorot（Xavier）均匀分布：按该层的输入数和输出数缩放</translation>
    </message>
    <message>
        <source>&lt;p&gt;Suits tanh and sigmoid layers; the usual default.&lt;/p&gt;</source>
        <translation>&lt;p&gt;适合 tanh 和 Sigmoid 层；通常的默认选择。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Glorot (Xavier) normal: like Glorot uniform, drawn from a normal</source>
        <translation>Glorot（Xavier）正态分布：与 Glorot 均匀分布类似，但从正态分布中抽取</translation>
    </message>
    <message>
        <source>&lt;p&gt;Suits tanh and sigmoid layers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;适合 tanh 和 Sigmoid 层。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>He uniform: scaled to the fan-in, for ReLU</source>
        <translation>He 均匀分布：按输入数缩放，用于 ReLU</translation>
    </message>
    <message>
        <source>&lt;p&gt;Keeps ReLU activations from shrinking layer after layer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;防止 ReLU 的激活值逐层缩小。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>He normal: scaled to the fan-in, for ReLU</source>
        <translation>He 正态分布：按输入数缩放，用于 ReLU</translation>
    </message>
    <message>
        <source>Small random numbers from a normal distribution</source>
        <translation>从正态分布中抽取的小随机数</translation>
    </message>
    <message>
        <source>&lt;p&gt;The classic BP textbook start; not scaled to the layer size.&lt;/p&gt;</source>
        <translation>&lt;p&gt;经典 BP 教材中的初始化方式；不随层的大小缩放。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>All weights 0: every neuron of a layer stays identical</source>
        <translation>所有权重为 0：同一层的所有神经元始终完全相同</translation>
    </message>
    <message>
        <source>&lt;p&gt;Shown for teaching: with equal starting weights, all hidden neurons get the same gradient and never become different.&lt;/p&gt;</source>
        <translation>&lt;p&gt;用于教学演示：初始权重相同时，所有隐含层神经元得到相同的梯度，永远不会变得不同。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>All weights 1: every neuron of a layer stays identical</source>
        <translation>所有权重为 1：同一层的所有神经元始终完全相同</translation>
    </message>
    <message>
        <source>&lt;p&gt;Shown for teaching, like zeros: symmetry is never broken.&lt;/p&gt;</source>
        <translation>&lt;p&gt;用于教学演示，与全零相同：对称性永远不会被打破。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Loss and metric curves: training (solid) and validation, per epoch</source>
        <translation>每一轮的损失与评估指标曲线：训练（实线）和验证</translation>
    </message>
    <message>
        <source>Loss curves</source>
        <translation>损失曲线</translation>
    </message>
    <message>
        <source>The loss after each epoch on the training rows and, when there is a validation split, on the validation rows.</source>
        <translation>每一轮结束后在训练数据上的损失，以及划分了验证集时在验证数据上的损失。</translation>
    </message>
    <message>
        <source>A healthy run falls quickly and then flattens. A log scale shows the late, slow part better.</source>
        <translation>正常的训练曲线先快速下降，然后逐渐变平。对数坐标能更清楚地显示后期缓慢下降的部分。</translation>
    </message>
    <message>
        <source>Jumps, a rising curve or a run that stops with a divergence message: the learning rate is too high. A nearly straight, slow descent: too low. Validation rising while training falls: overfitting; use fewer epochs, early stopping, L2 or more data.</source>
        <translation>曲线跳动、上升，或训练因发散而停止：学习率太大。下降缓慢且几乎是直线：学习率太小。训练损失下降而验证损失上升：过拟合；请减少训练轮数、使用早停、L2 正则化或更多数据。</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic scale</source>
        <translation>用对数坐标显示损失</translation>
    </message>
    <message>
        <source>&lt;p&gt;Makes the small, late improvements of a long run visible.&lt;/p&gt;</source>
        <translation>&lt;p&gt;让长时间训练后期的微小改善也能看清楚。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Weights of each layer as heatmaps: rows are inputs, columns neurons</source>
        <translation>每层权重的热力图：行对应输入，列对应神经元</translation>
    </message>
    <message>
        <source>Weight heatmaps (权重)</source>
        <translation>权重热力图</translation>
    </message>
    <message>
        <source>One image per layer, blue for positive and red for negative weights, on a colour scale fixed around 0 so that images can be compared.</source>
        <translation>每层一张图，蓝色表示正权重，红色表示负权重；颜色刻度固定并以 0 为中心，便于各图之间比较。</translation>
    </message>
    <message>
        <source>Starting weights are small and random.</source>
        <translation>初始权重是较小的随机数。</translation>
    </message>
    <message>
        <source>Rows that fade out mark inputs the network ignores; columns that stay alike mark neurons that learnt the same thing.</source>
        <translation>颜色逐渐变淡的行表示网络忽略的输入；始终相似的列表示学到了相同内容的神经元。</translation>
    </message>
    <message>
        <source>Show the gradients ∂E/∂w instead of the weights</source>
        <translation>显示梯度 ∂E/∂w 而不是权重</translation>
    </message>
    <message>
        <source>&lt;p&gt;The gradients back-propagation (反向传播) computed for the latest batch. Gradients near 0 in the first layers show vanishing gradients.&lt;/p&gt;</source>
        <translation>&lt;p&gt;反向传播对最近一个批次算出的梯度。前面几层的梯度接近 0 说明出现了梯度消失。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Decision boundary: the class the network predicts at each point</source>
        <translation>决策边界：网络在每一点预测的类别</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>决策边界</translation>
    </message>
    <message>
        <source>For two input features: the background colours the class predicted over the plane, the points are the training samples.</source>
        <translation>适用于两个输入特征：背景颜色表示平面上各处预测的类别，点是训练样本。</translation>
    </message>
    <message>
        <source>Available when the model has exactly two input features.</source>
        <translation>模型恰好有两个输入特征时可用。</translation>
    </message>
    <message>
        <source>A boundary that twists around single points is overfitting; one that stays straight on curved data needs more hidden neurons or a non-linear activation.</source>
        <translation>绕着个别点扭曲的边界说明过拟合；数据是弯曲的而边界仍是直线，则需要更多隐含层神经元或非线性的激活函数。</translation>
    </message>
    <message>
        <source>Confusion matrix: true classes in rows, predicted classes in columns</source>
        <translation>混淆矩阵：行是真实类别，列是预测类别</translation>
    </message>
    <message>
        <source>&lt;p&gt;The diagonal counts correct predictions; a large cell off the diagonal shows two classes the network confuses.&lt;/p&gt;</source>
        <translation>&lt;p&gt;对角线上是预测正确的样本数；对角线以外数值较大的格子表示网络容易混淆的两个类别。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Predicted against true values, for regression</source>
        <translation>预测值与真实值对比（回归）</translation>
    </message>
    <message>
        <source>&lt;p&gt;Perfect predictions lie on the diagonal line. A cloud that is flatter than the line means the network underfits.&lt;/p&gt;</source>
        <translation>&lt;p&gt;完全准确的预测落在对角线上。点云比对角线更平，说明网络欠拟合。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Loss curves of earlier runs, to compare settings</source>
        <translation>之前各次训练的损失曲线，用于比较设置</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each run keeps its settings and curve; compare them side by side.&lt;/p&gt;</source>
        <translation>&lt;p&gt;每次训练都保留其设置和曲线，可以并排比较。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Final loss for each value of the swept hyperparameter</source>
        <translation>所扫描超参数各取值下的最终损失</translation>
    </message>
    <message>
        <source>&lt;p&gt;The lowest point marks the best value tried. A learning-rate sweep usually shows a valley: too low on the left, diverging on the right.&lt;/p&gt;</source>
        <translation>&lt;p&gt;最低点就是所试取值中最好的一个。学习率扫描通常呈现一个山谷：左边太小，右边发散。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The activation function f(z) and its derivative f′(z)</source>
        <translation>激活函数 f(z) 及其导数 f′(z)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Where f′(z) is near 0 the neuron is saturated and back-propagation passes almost no gradient through it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;f′(z) 接近 0 的地方神经元处于饱和状态，反向传播几乎无法通过它传递梯度。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Softmax probabilities for the sums you enter</source>
        <translation>由你输入的加权和算出的 Softmax 概率</translation>
    </message>
    <message>
        <source>&lt;p&gt;The outputs are positive and sum to 1; the largest sum wins.&lt;/p&gt;</source>
        <translation>&lt;p&gt;输出均为正且总和为 1；加权和最大的那一项概率最大。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Histogram of the prediction errors</source>
        <translation>预测误差的直方图</translation>
    </message>
    <message>
        <source>&lt;p&gt;A narrow peak at 0 is good; a shifted peak shows a bias.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在 0 处有一个窄峰最好；峰值偏离 0 说明存在系统偏差。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Predicted against true values</source>
        <translation>预测值与真实值对比</translation>
    </message>
    <message>
        <source>&lt;p&gt;Perfect predictions lie on the diagonal line.&lt;/p&gt;</source>
        <translation>&lt;p&gt;完全准确的预测落在对角线上。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start training with the current settings</source>
        <translation>按当前设置开始训练</translation>
    </message>
    <message>
        <source>&lt;p&gt;Runs the epochs on a background thread; the plots update while it runs. Training continues from the current weights; use Reset weights to start afresh.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在后台线程中逐轮训练，图表随之实时更新。训练从当前权重继续；要从头开始，请先重置权重。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pause training after the current batch</source>
        <translation>在当前批次结束后暂停训练</translation>
    </message>
    <message>
        <source>&lt;p&gt;While paused you may change the learning rate and resume.&lt;/p&gt;</source>
        <translation>&lt;p&gt;暂停时可以修改学习率，然后继续。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Resume a paused training run</source>
        <translation>继续已暂停的训练</translation>
    </message>
    <message>
        <source>&lt;p&gt;Continues with any hyperparameters changed while paused.&lt;/p&gt;</source>
        <translation>&lt;p&gt;使用暂停期间修改过的超参数继续训练。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Train exactly one more epoch, then pause</source>
        <translation>再训练一轮，然后暂停</translation>
    </message>
    <message>
        <source>&lt;p&gt;Lets you watch the weights and the boundary change one epoch at a time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;可以一轮一轮地观察权重和边界的变化。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stop training and keep the weights reached</source>
        <translation>停止训练并保留当前权重</translation>
    </message>
    <message>
        <source>&lt;p&gt;The run ends; the weights and the loss curve are kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;本次训练结束；权重和损失曲线都会保留。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Draw new random starting weights from the seed</source>
        <translation>按随机种子重新生成初始权重</translation>
    </message>
    <message>
        <source>&lt;p&gt;Clears the learnt weights so the next run starts from scratch.&lt;/p&gt;</source>
        <translation>&lt;p&gt;清除已学到的权重，下一次训练将从头开始。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No dataset loaded.</source>
        <translation>尚未载入数据集。</translation>
    </message>
    <message>
        <source>Rows: %1 · columns: %2</source>
        <translation>行数：%1 · 列数：%2</translation>
    </message>
    <message>
        <source>Features after encoding: %1</source>
        <translation>编码后的特征数：%1</translation>
    </message>
    <message>
        <source>Training %1 · validation %2 · test %3</source>
        <translation>训练 %1 · 验证 %2 · 测试 %3</translation>
    </message>
    <message>
        <source>Classification, %1 classes:</source>
        <translation>分类，共 %1 个类别：</translation>
    </message>
    <message>
        <source>Regression on %1</source>
        <translation>回归目标：%1</translation>
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
        <source>Add hidden layer</source>
        <translation>添加隐含层</translation>
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
    <message>
        <source>h%1.%2</source>
        <translation>h%1.%2</translation>
    </message>
    <message>
        <source>On training sample %1:</source>
        <translation>在训练样本 %1 上：</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>输入 %1</translation>
    </message>
    <message>
        <source>value x = %1 (after preprocessing)</source>
        <translation>值 x = %1（预处理后）</translation>
    </message>
    <message>
        <source>Output neuron %1 · activation %2</source>
        <translation>输出神经元 %1 · 激活函数 %2</translation>
    </message>
    <message>
        <source>Hidden neuron %1 · activation %2</source>
        <translation>隐含层神经元 %1 · 激活函数 %2</translation>
    </message>
    <message>
        <source>bias b = %1</source>
        <translation>偏置 b = %1</translation>
    </message>
    <message>
        <source>net input z = Σ w·x + b = %1</source>
        <translation>净输入 z = Σ w·x + b = %1</translation>
    </message>
    <message>
        <source>output a = %1(z) = %2</source>
        <translation>输出 a = %1(z) = %2</translation>
    </message>
    <message>
        <source>target d = %1</source>
        <translation>目标值 d = %1</translation>
    </message>
    <message>
        <source>error term δ = ∂E/∂z = %1</source>
        <translation>误差项 δ = ∂E/∂z = %1</translation>
    </message>
    <message>
        <source>Weight from %1 to %2</source>
        <translation>从 %1 到 %2 的权重</translation>
    </message>
    <message>
        <source>w = %1</source>
        <translation>w = %1</translation>
    </message>
    <message>
        <source>signal carried w·x = %1</source>
        <translation>传递的信号 w·x = %1</translation>
    </message>
    <message>
        <source>gradient ∂E/∂w = %1</source>
        <translation>梯度 ∂E/∂w = %1</translation>
    </message>
    <message>
        <source>No weights yet: load a dataset to build the network.</source>
        <translation>还没有权重：请载入数据集以搭建网络。</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Insert a hidden layer here</source>
        <translation>在此处插入隐含层</translation>
    </message>
    <message>
        <source>1 neuron</source>
        <translation>1 个神经元</translation>
    </message>
    <message>
        <source>%1 neurons</source>
        <translation>%1 个神经元</translation>
    </message>
    <message>
        <source>Add a neuron</source>
        <translation>增加一个神经元</translation>
    </message>
    <message>
        <source>Choose the activation function</source>
        <translation>选择激活函数</translation>
    </message>
    <message>
        <source>Remove a neuron</source>
        <translation>减少一个神经元</translation>
    </message>
    <message>
        <source>Insert a hidden layer before</source>
        <translation>在前面插入隐含层</translation>
    </message>
    <message>
        <source>Insert a hidden layer after</source>
        <translation>在后面插入隐含层</translation>
    </message>
    <message>
        <source>Remove this hidden layer</source>
        <translation>删除此隐含层</translation>
    </message>
    <message>
        <source>Activation function</source>
        <translation>激活函数</translation>
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
        <source>warning: {message}</source>
        <translation>警告：{message}</translation>
    </message>
    <message>
        <source>left out {count} rows with missing values (lines {lines})</source>
        <translation>有 {count} 行含缺失值，未参与评估（第 {lines} 行）</translation>
    </message>
    <message>
        <source>evaluated on {source}: {count} samples</source>
        <translation>评估数据：{source}，共 {count} 个样本</translation>
    </message>
    <message>
        <source>loss ({name}): {value}</source>
        <translation>损失（{name}）：{value}</translation>
    </message>
    <message>
        <source>accuracy: {value}</source>
        <translation>准确率：{value}</translation>
    </message>
    <message>
        <source>confusion matrix (rows: true class, columns: predicted class)</source>
        <translation>混淆矩阵（行：真实类别，列：预测类别）</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no (names generated)</source>
        <translation>否（列名为自动生成）</translation>
    </message>
    <message>
        <source>file:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>delimiter:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <source>decimal:</source>
        <translation>小数点：</translation>
    </message>
    <message>
        <source>header:</source>
        <translation>表头：</translation>
    </message>
    <message>
        <source>rows:</source>
        <translation>行数：</translation>
    </message>
    <message>
        <source>columns:</source>
        <translation>列数：</translation>
    </message>
    <message>
        <source>skipped lines: {lines}</source>
        <translation>跳过的行：{lines}</translation>
    </message>
    <message>
        <source>problem: {message}</source>
        <translation>问题：{message}</translation>
    </message>
    <message>
        <source>suggested target: {column} ({task})</source>
        <translation>建议的目标列：{column}（{task}）</translation>
    </message>
    <message>
        <source>first rows:</source>
        <translation>前几行：</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>竖线</translation>
    </message>
    <message>
        <source>full-width comma</source>
        <translation>全角逗号</translation>
    </message>
    <message>
        <source>runs of spaces and tabs</source>
        <translation>连续的空格和制表符</translation>
    </message>
    <message>
        <source>missing cells: none</source>
        <translation>缺失的单元格：无</translation>
    </message>
    <message>
        <source>missing cells:</source>
        <translation>缺失的单元格：</translation>
    </message>
    <message>
        <source>, ... ({count} cells)</source>
        <translation>，……（共 {count} 个单元格）</translation>
    </message>
    <message>
        <source>{column}: {count} (lines {lines})</source>
        <translation>{column}：{count} 个（第 {lines} 行）</translation>
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
        <source>{low} .. {high}, mean {mean}</source>
        <translation>{low} .. {high}，均值 {mean}</translation>
    </message>
    <message>
        <source>name</source>
        <translation>列名</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>distinct</source>
        <translation>不同取值</translation>
    </message>
    <message>
        <source>values</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>... {count} more columns (all in --json)</source>
        <translation>……另有 {count} 列（--json 中列出全部）</translation>
    </message>
    <message>
        <source>target {column!r} ({task}), {inputs} inputs, {train} training / {validation} validation / {test} test rows</source>
        <translation>目标列 {column!r}（{task}），{inputs} 个输入，训练 {train} 行 / 验证 {validation} 行 / 测试 {test} 行</translation>
    </message>
    <message>
        <source>saved the weights of the last finite epoch and the history of {epochs} epochs to {path}</source>
        <translation>已将最后一个有效轮次的权重和 {epochs} 轮的训练历史保存到 {path}</translation>
    </message>
    <message>
        <source>saved the project to {path}</source>
        <translation>已将项目保存到 {path}</translation>
    </message>
    <message>
        <source>{task}, classes {classes}</source>
        <translation>{task}，类别：{classes}</translation>
    </message>
    <message>
        <source>{count} inputs</source>
        <translation>{count} 个输入</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>{optimizer}, learning rate {rate}, {epochs} epochs, {seconds} s</source>
        <translation>{optimizer}，学习率 {rate}，{epochs} 轮，{seconds} 秒</translation>
    </message>
    <message>
        <source>(stopped early)</source>
        <translation>（已早停）</translation>
    </message>
    <message>
        <source>data:</source>
        <translation>数据：</translation>
    </message>
    <message>
        <source>{path} ({rows} rows)</source>
        <translation>{path}（{rows} 行）</translation>
    </message>
    <message>
        <source>target:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>network:</source>
        <translation>网络：</translation>
    </message>
    <message>
        <source>{layers} {activation}, loss {loss}</source>
        <translation>{layers} {activation}，损失函数 {loss}</translation>
    </message>
    <message>
        <source>training:</source>
        <translation>训练：</translation>
    </message>
    <message>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <source>epoch {epoch}/{epochs}</source>
        <translation>第 {epoch}/{epochs} 轮</translation>
    </message>
    <message>
        <source>wrote {rows} rows to {path}</source>
        <translation>已将 {rows} 行写入 {path}</translation>
    </message>
    <message>
        <source>; {count} rows have no prediction because a value is missing (lines {lines})</source>
        <translation>；有 {count} 行因存在缺失值而没有预测结果（第 {lines} 行）</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>The licence file {name} is missing from this copy.</source>
        <translation>此副本中缺少许可证文件 {name}。</translation>
    </message>
    <message>
        <source>About BP Studio</source>
        <translation>关于 BP Studio</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Build and train backpropagation neural networks by pointing and clicking, and watch the loss, the weights and the decision boundary change while the network learns.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The BP Studio developers. BP Studio is free software under the MIT License; see the Licences tab for its text and for the licences of the software and data that ship with it.&lt;/p&gt;&lt;p&gt;Built with Qt {qt}, PySide6 {pyside}, pyqtgraph {pyqtgraph} and NumPy {numpy}, running on Python {python}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;用鼠标点选即可搭建并训练 BP（误差反向传播）神经网络，并在网络学习的过程中观察损失、权重和决策边界的变化。&lt;/p&gt;&lt;p&gt;版权所有 © 2026 BP Studio 开发者。BP Studio 是基于 MIT 许可证的自由软件；许可证全文以及随附软件和数据的许可证见“许可证”标签页。&lt;/p&gt;&lt;p&gt;基于 Qt {qt}、PySide6 {pyside}、pyqtgraph {pyqtgraph} 和 NumPy {numpy} 构建，运行于 Python {python}。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{name} is distributed under {license}. {description}</source>
        <translation>{name} 按 {license} 发布。{description}</translation>
    </message>
</context>
<context>
    <name>ActivationExplorer</name>
    <message>
        <source>Activation explorer</source>
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
    <name>Autosave</name>
    <message>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>BP Studio did not close properly last time.</source>
        <translation>BP Studio 上次没有正常关闭。</translation>
    </message>
    <message>
        <source>Restore the project “{name}” as it was autosaved at {time}?</source>
        <translation>要恢复项目“{name}”在 {time} 自动保存时的状态吗？</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>Ask &amp;Later</source>
        <translation>以后再问(&amp;L)</translation>
    </message>
</context>
<context>
    <name>BackpropExplainer</name>
    <message>
        <source>Output layer</source>
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
        <translation>逐步演示反向传播</translation>
    </message>
    <message>
        <source>Training sample</source>
        <translation>训练样本</translation>
    </message>
    <message>
        <source>Typed values</source>
        <translation>手动输入</translation>
    </message>
    <message>
        <source>network inputs after scaling, e.g. 0.5, -1</source>
        <translation>缩放后的网络输入，例如 0.5, -1</translation>
    </message>
    <message>
        <source>targets d, e.g. 1 or 0, 1, 0</source>
        <translation>期望输出 d，例如 1 或 0, 1, 0</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>◀ Previous step</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>Next step ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>Show all steps</source>
        <translation>显示全部步骤</translation>
    </message>
    <message>
        <source>Apply update</source>
        <translation>执行更新</translation>
    </message>
    <message>
        <source>Perform this training step on the network: the weights change on the diagram and in the heatmaps</source>
        <translation>在网络上执行这一步训练：结构图和热力图中的权重都会随之改变</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Inputs x:</source>
        <translation>输入 x：</translation>
    </message>
    <message>
        <source>Targets d:</source>
        <translation>期望输出 d：</translation>
    </message>
    <message>
        <source>Standard BP or accumulated BP</source>
        <translation>标准 BP 与累积 BP</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>更新次数</translation>
    </message>
    <message>
        <source>Loss before</source>
        <translation>更新前损失</translation>
    </message>
    <message>
        <source>Loss after</source>
        <translation>更新后损失</translation>
    </message>
    <message>
        <source>Weight change</source>
        <translation>权重变化量</translation>
    </message>
    <message>
        <source>Standard BP (after each sample)</source>
        <translation>标准 BP（每个样本后更新）</translation>
    </message>
    <message>
        <source>Accumulated BP (after the whole batch)</source>
        <translation>累积 BP（整批样本后更新）</translation>
    </message>
    <message>
        <source>Standard BP updates the weights after every sample; accumulated BP averages the gradient over all samples and updates once. Both start from the current weights.</source>
        <translation>标准 BP 每处理一个样本就更新一次权重；累积 BP 先对所有样本的梯度取平均，再更新一次。两者都从当前权重出发。</translation>
    </message>
    <message>
        <source>Samples:</source>
        <translation>样本数：</translation>
    </message>
    <message>
        <source>Load a dataset and build a network first.</source>
        <translation>请先载入数据集并搭建网络。</translation>
    </message>
    <message>
        <source>Type the inputs and the targets as numbers separated by commas.</source>
        <translation>请输入用逗号分隔的数字作为输入和期望输出。</translation>
    </message>
    <message>
        <source>The network has %1 inputs and %2 outputs, but %3 inputs and %4 targets were typed.</source>
        <translation>网络有 %1 个输入和 %2 个输出，但输入了 %3 个输入值和 %4 个期望输出值。</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
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
    <name>ConfusionMatrixView</name>
    <message>
        <source>The confusion matrix is drawn for classification tasks.</source>
        <translation>混淆矩阵只用于分类任务。</translation>
    </message>
    <message>
        <source>Validation set</source>
        <translation>验证集</translation>
    </message>
    <message>
        <source>Training set</source>
        <translation>训练集</translation>
    </message>
    <message>
        <source>Train the network to see its confusion matrix.</source>
        <translation>训练网络后即可看到混淆矩阵。</translation>
    </message>
    <message>
        <source>Predicted class</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <source>True class</source>
        <translation>真实类别</translation>
    </message>
    <message>
        <source>{split}: accuracy {accuracy:.1%}</source>
        <translation>{split}：准确率 {accuracy:.1%}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected Error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>BP Studio ran into an error it did not expect. You can keep working, but save your project under a new name first.</source>
        <translation>BP Studio 遇到了一个意外错误。你可以继续工作，但请先把项目另存为一个新名字。</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>复制报告(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the error, the versions and the end of the log to send to a teacher</source>
        <translation>复制错误信息、版本号和日志末尾，以便发给老师</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>Your unsaved work was saved to {path}</source>
        <translation>未保存的工作已保存到 {path}</translation>
    </message>
    <message>
        <source>Your unsaved work could not be saved: {reason}</source>
        <translation>未能保存未保存的工作：{reason}</translation>
    </message>
    <message>
        <source>There were no unsaved changes.</source>
        <translation>没有未保存的修改。</translation>
    </message>
    <message>
        <source>Unexpected Errors ({count})</source>
        <translation>意外错误（{count} 个）</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>CurvesView</name>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>轮次</translation>
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
        <source>Log scale</source>
        <translation>对数坐标</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
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
        <source>CSV (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
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
        <translation>决策边界只用于恰好有两个输入特征的数据。</translation>
    </message>
</context>
<context>
    <name>ErrorTitles</name>
    <message>
        <source>Cannot read the file</source>
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
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>most frequent</source>
        <translation>众数</translation>
    </message>
    <message>
        <source>missing-value strategy</source>
        <translation>缺失值处理方式</translation>
    </message>
    <message>
        <source>decimal mark</source>
        <translation>小数点符号</translation>
    </message>
    <message>
        <source>number of samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>most lines</source>
        <translation>大多数行</translation>
    </message>
    <message>
        <source>; it is scaled to 0</source>
        <translation>，缩放后为 0</translation>
    </message>
    <message>
        <source>; they are scaled to 0</source>
        <translation>，缩放后均为 0</translation>
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
    <message>
        <source>header on line %1</source>
        <translation>第 %1 行的表头</translation>
    </message>
    <message>
        <source>line %1 has %2</source>
        <translation>第 %1 行有 %2 个</translation>
    </message>
    <message>
        <source>and %1 more lines differ</source>
        <translation>另有 %1 行也不一致</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation>（另有 %1 处）</translation>
    </message>
    <message>
        <source>row %1 sums to %2</source>
        <translation>第 %1 行之和为 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>invalid delimiter {value!r}: use one character such as &apos;,&apos; &apos;;&apos; or a tab, or &apos;whitespace&apos; for runs of spaces and tabs.</source>
        <comment>csv.bad_delimiter</comment>
        <translation>无效的分隔符 {value!r}：请使用单个字符，例如 &apos;,&apos; &apos;;&apos; 或制表符，或者用 &apos;whitespace&apos; 表示连续的空格和制表符。</translation>
    </message>
    <message>
        <source>{path} is not a text file ({reason}). Save it as CSV (comma separated values) and open that file.</source>
        <comment>csv.binary_file</comment>
        <translation>{path} 不是文本文件（{reason}）。请把它另存为 CSV（逗号分隔值）文件后再打开。</translation>
    </message>
    <message>
        <source>loading {path} was cancelled.</source>
        <comment>csv.cancelled</comment>
        <translation>已取消载入 {path}。</translation>
    </message>
    <message>
        <source>{path} cannot be decoded as {encoding}: byte {value} on line {line} is invalid. Choose another encoding, such as utf-8 or gb18030.</source>
        <comment>csv.decode_failed</comment>
        <translation>无法按 {encoding} 解码 {path}：第 {line} 行的字节 {value} 无效。请换一种编码，例如 utf-8 或 gb18030。</translation>
    </message>
    <message>
        <source>{path}: dropped {count} empty columns at the end of each line.</source>
        <comment>csv.dropped_empty_columns</comment>
        <translation>{path}：删除了每行末尾的 {count} 个空列。</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes). Choose a CSV file that contains data.</source>
        <comment>csv.empty_file</comment>
        <translation>{path} 是空文件（0 字节）。请选择含有数据的 CSV 文件。</translation>
    </message>
    <message>
        <source>{path} is not valid UTF-8, so it was decoded as {encoding}. If the text looks wrong, choose the encoding yourself.</source>
        <comment>csv.encoding_fallback</comment>
        <translation>{path} 不是有效的 UTF-8，因此按 {encoding} 解码。如果文字显示不正常，请自行选择编码。</translation>
    </message>
    <message>
        <source>file not found: {path}. Check the path and the file name.</source>
        <comment>csv.file_not_found</comment>
        <translation>找不到文件：{path}。请检查路径和文件名。</translation>
    </message>
    <message>
        <source>the first header cell {value!r} of {path} starts with &apos;?&apos;, the remains of a byte order mark lost in conversion; the column is named {column!r}.</source>
        <comment>csv.lost_bom</comment>
        <translation>{path} 表头的第一个单元格 {value!r} 以 &apos;?&apos; 开头，这是转换时丢失的字节顺序标记（BOM）留下的痕迹；该列已命名为 {column!r}。</translation>
    </message>
    <message>
        <source>{path} contains only blank lines or empty cells. Choose a CSV file that contains data.</source>
        <comment>csv.no_columns</comment>
        <translation>{path} 只有空行或空单元格。请选择含有数据的 CSV 文件。</translation>
    </message>
    <message>
        <source>{path} has a header ({columns}) but no data rows. Add at least one row of values below the header.</source>
        <comment>csv.no_data_rows</comment>
        <translation>{path} 有表头（{columns}）但没有数据行。请在表头下面至少添加一行数据。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file. Choose a CSV file inside it.</source>
        <comment>csv.not_a_file</comment>
        <translation>{path} 是文件夹，不是文件。请选择其中的一个 CSV 文件。</translation>
    </message>
    <message>
        <source>{path}: expected {expected} fields on every line, as in the {reference}, but {summary}. Fix those lines, or skip them (the option to skip bad lines; --skip-bad-lines on the command line).</source>
        <comment>csv.ragged_rows</comment>
        <translation>{path}：每一行都应有 {expected} 个字段（与{reference}相同），但{summary}。请修改这些行，或跳过它们（导入时勾选跳过字段数不对的行；命令行中使用 --skip-bad-lines）。</translation>
    </message>
    <message>
        <source>{path}: renamed columns to make the names unique or non-empty: {summary}.</source>
        <comment>csv.renamed_columns</comment>
        <translation>{path}：为使列名唯一且非空，重命名了以下各列：{summary}。</translation>
    </message>
    <message>
        <source>{path}: skipped {count} lines whose field count differs from {expected}: {summary}.</source>
        <comment>csv.skipped_lines</comment>
        <translation>{path}：跳过了 {count} 个字段数不等于 {expected} 的行：{summary}。</translation>
    </message>
    <message>
        <source>{path} is too large to load: it is {size_mb} MB and loading it needs about {needed_mb} MB of memory, but only {available_mb} MB are available. Use a smaller file or close other programs.</source>
        <comment>csv.too_large</comment>
        <translation>{path} 太大，无法载入：文件大小为 {size_mb} MB，载入约需 {needed_mb} MB 内存，但只有 {available_mb} MB 可用。请使用较小的文件，或关闭其他程序。</translation>
    </message>
    <message>
        <source>{path}: a quote opened on line {line} is never closed. Add the closing quote character (&quot;).</source>
        <comment>csv.unclosed_quote</comment>
        <translation>{path}：第 {line} 行开始的引号一直没有闭合。请补上闭合的引号（&quot;）。</translation>
    </message>
    <message>
        <source>unknown encoding {value!r} for {path}. Use a Python codec name such as utf-8, gb18030, gbk, utf-16 or cp1252.</source>
        <comment>csv.unknown_encoding</comment>
        <translation>{path} 的编码 {value!r} 无法识别。请使用 Python 编码名称，例如 utf-8、gb18030、gbk、utf-16 或 cp1252。</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}. Check that the file is not locked or protected.</source>
        <comment>csv.unreadable</comment>
        <translation>无法读取 {path}：{reason}。请检查文件是否被锁定或受保护。</translation>
    </message>
    <message>
        <source>class {value!r} has no rows in the training split; the model cannot learn it. Add rows of that class or lower the validation and test splits.</source>
        <comment>data.class_missing_in_training</comment>
        <translation>类别 {value!r} 在训练集中没有任何样本，模型无法学习它。请补充该类别的数据，或调低验证集和测试集比例。</translation>
    </message>
    <message>
        <source>feature {column!r} has the same value ({value}) in every training row, so it carries no information{effect}.</source>
        <comment>data.constant_feature</comment>
        <translation>特征 {column!r} 在所有训练样本中取值相同（{value}），不含任何信息{effect}。</translation>
    </message>
    <message>
        <source>{count} features have the same value in every training row, so they carry no information{effect}: {columns}.</source>
        <comment>data.constant_features</comment>
        <translation>有 {count} 个特征在所有训练样本中取值相同，不含任何信息{effect}：{columns}。</translation>
    </message>
    <message>
        <source>the features have {x_rows} rows but the labels have {y_rows}; give one label per row.</source>
        <comment>data.dataset_length_mismatch</comment>
        <translation>特征有 {x_rows} 行，而标签有 {y_rows} 行；每一行都需要一个标签。</translation>
    </message>
    <message>
        <source>feature column {column!r} is listed more than once.</source>
        <comment>data.duplicate_feature</comment>
        <translation>特征列 {column!r} 被重复列出。</translation>
    </message>
    <message>
        <source>feature {column!r} looks like an ID (a different value on every row); it rarely helps a network and may hurt it.</source>
        <comment>data.id_column_feature</comment>
        <translation>特征 {column!r} 像是编号（每行取值都不同）；它对网络很少有帮助，还可能有害。</translation>
    </message>
    <message>
        <source>batch_size must be a positive integer or None, got {value!r}.</source>
        <comment>data.invalid_batch_size</comment>
        <translation>batch_size（批大小）必须是正整数或 None，实际为 {value!r}。</translation>
    </message>
    <message>
        <source>invalid {option} {value!r}; valid values: {valid}.</source>
        <comment>data.invalid_option</comment>
        <translation>{option}的取值 {value!r} 无效；可用的取值有：{valid}。</translation>
    </message>
    <message>
        <source>invalid {option} {value!r} for sample {sample!r}: {reason}.</source>
        <comment>data.invalid_sample_option</comment>
        <translation>示例数据集 {sample!r} 的{option}取值 {value!r} 无效：{reason}。</translation>
    </message>
    <message>
        <source>invalid split: {reason}. The validation and test fractions must each be in [0, 1) and add up to less than 1.</source>
        <comment>data.invalid_split</comment>
        <translation>无效的划分：{reason}。验证集和测试集比例都必须在 [0, 1) 之间，且两者之和小于 1。</translation>
    </message>
    <message>
        <source>left out the text columns {columns}: nearly every row has its own value, so one-hot encoding them would only memorise rows. List them with the features to use them anyway.</source>
        <comment>data.many_categories_skipped</comment>
        <translation>未使用文本列 {columns}：几乎每一行的取值都不同，对它们做独热编码只会让网络死记各行。如果仍要使用，请把它们列入特征。</translation>
    </message>
    <message>
        <source>filled {count} missing values of {column!r} with the training {strategy} {value}.</source>
        <comment>data.missing_filled</comment>
        <translation>用训练集的{strategy} {value} 填补了 {column!r} 中的 {count} 个缺失值。</translation>
    </message>
    <message>
        <source>dropped {count} rows with missing feature values (lines {lines}).</source>
        <comment>data.missing_rows_dropped</comment>
        <translation>删除了 {count} 个特征含缺失值的行（第 {lines} 行）。</translation>
    </message>
    <message>
        <source>column {column!r} has missing values on lines {lines}, and the pipeline drops such rows instead of filling them. Fill those cells or choose another missing-value strategy.</source>
        <comment>data.missing_values</comment>
        <translation>列 {column!r} 在第 {lines} 行有缺失值，而当前的处理方式是删除这些行而不是填补。请填好这些单元格，或选择其他缺失值处理方式。</translation>
    </message>
    <message>
        <source>column {column!r} is mostly numeric but has the non-numeric value {value!r} on line {line}{more}; it is treated as categorical. Correct the value, or mark it missing (empty or ?).</source>
        <comment>data.mixed_column</comment>
        <translation>列 {column!r} 大部分是数值，但第 {line} 行含有非数值 {value!r}{more}；该列被当作类别列处理。请改正该值，或将其标为缺失（留空或写 ?）。</translation>
    </message>
    <message>
        <source>dropping the rows with missing values removes {count} of {rows} rows, most of the data; the columns missing most often are {columns}. Fill the missing values (mean, median or most frequent) or leave those columns out of the features.</source>
        <comment>data.most_rows_dropped</comment>
        <translation>删除含缺失值的行会去掉 {rows} 行中的 {count} 行，也就是大部分数据；缺失最多的列是 {columns}。请填补缺失值（均值、中位数或众数），或者不把这些列作为特征。</translation>
    </message>
    <message>
        <source>no feature columns are left: {reason}. Choose at least one feature column.</source>
        <comment>data.no_features</comment>
        <translation>没有剩下任何特征列：{reason}。请至少选择一个特征列。</translation>
    </message>
    <message>
        <source>no rows are left after removing rows with missing values ({reason}). Fill the missing values instead of dropping the rows.</source>
        <comment>data.no_rows_left</comment>
        <translation>删除含缺失值的行之后没有剩下任何数据（{reason}）。请改为填补缺失值，而不是删除这些行。</translation>
    </message>
    <message>
        <source>column {column!r} must be numeric, but it has the value {value!r} on line {line}.</source>
        <comment>data.not_numeric</comment>
        <translation>列 {column!r} 必须是数值，但第 {line} 行的值为 {value!r}。</translation>
    </message>
    <message>
        <source>the target column {column!r} is categorical (for example {value!r} on line {line}), so it cannot be a regression target. Choose classification or another column.</source>
        <comment>data.regression_target_not_numeric</comment>
        <translation>目标列 {column!r} 是类别型（例如第 {line} 行的 {value!r}），不能作为回归目标。请选择分类任务，或换一个目标列。</translation>
    </message>
    <message>
        <source>the label column {column!r} has only one class ({value!r}) in {rows} rows. A classifier needs at least two classes: choose another target column (--target on the command line, the Role column in the window).</source>
        <comment>data.single_class</comment>
        <translation>标签列 {column!r} 在 {rows} 行中只有一个类别（{value!r}）。分类器至少需要两个类别：请换一个目标列（命令行中用 --target，窗口中用“用途”列）。</translation>
    </message>
    <message>
        <source>left out the text column {column!r}: {count} of its {rows} cells are missing and the rest have {distinct} different values. List it with the features to use it anyway, with a missing-value strategy that fills it.</source>
        <comment>data.sparse_column_skipped</comment>
        <translation>未使用文本列 {column!r}：它的 {rows} 个单元格中有 {count} 个缺失，其余的有 {distinct} 种不同取值。如果仍要使用，请把它列入特征，并选择能填补缺失值的处理方式。</translation>
    </message>
    <message>
        <source>the target column {column!r} is also listed as a feature. Remove it from the features.</source>
        <comment>data.target_is_feature</comment>
        <translation>目标列 {column!r} 也被列为特征。请把它从特征中移除。</translation>
    </message>
    <message>
        <source>dropped {count} rows whose target {column!r} is missing (lines {lines}); the target is never filled in.</source>
        <comment>data.target_missing_dropped</comment>
        <translation>删除了 {count} 个目标 {column!r} 缺失的行（第 {lines} 行）；目标值从不填补。</translation>
    </message>
    <message>
        <source>too few rows for a {percent}% {split} split: {rows} rows give {count} {split} rows. Add more rows, or set the {split} split to 0.</source>
        <comment>data.too_few_rows</comment>
        <translation>行数太少，无法按 {percent}% 划分{split}集：{rows} 行只能得到 {count} 行{split}数据。请增加数据行，或把{split}集比例设为 0。</translation>
    </message>
    <message>
        <source>the target column {column!r} has {count} distinct values in {rows} rows, too many to be classes. Choose regression or another column.</source>
        <comment>data.too_many_classes</comment>
        <translation>目标列 {column!r} 在 {rows} 行中有 {count} 个不同的取值，作为类别太多了。请选择回归任务，或换一个目标列。</translation>
    </message>
    <message>
        <source>column {column!r} has categories the model has not seen in training: {values} (lines {lines}); they are encoded as all zeros.</source>
        <comment>data.unknown_categories</comment>
        <translation>列 {column!r} 含有训练时没见过的类别：{values}（第 {lines} 行）；它们被编码为全零。</translation>
    </message>
    <message>
        <source>column {column!r} has the label {value!r} on line {line}, which is not one of the classes the model was trained on: {classes}.</source>
        <comment>data.unknown_class</comment>
        <translation>列 {column!r} 第 {line} 行的标签 {value!r} 不属于模型训练时的类别：{classes}。</translation>
    </message>
    <message>
        <source>column {column!r} is not in the table. Available columns: {available}.</source>
        <comment>data.unknown_column</comment>
        <translation>表中没有列 {column!r}。可用的列有：{available}。</translation>
    </message>
    <message>
        <source>unknown sample {value!r}. Built-in samples: {available}.</source>
        <comment>data.unknown_sample</comment>
        <translation>未知的示例数据集 {value!r}。内置示例有：{available}。</translation>
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
        <translation>{argument} 的取值必须为：{expected}；实际为 {value!r}。</translation>
    </message>
    <message>
        <source>hidden layer {position} in {value!r} is invalid: {reason} Write layers as UNITS:ACTIVATION separated by commas, e.g. 16:relu,8:tanh.</source>
        <comment>model.invalid_hidden</comment>
        <translation>{value!r} 中的第 {position} 个隐含层无效：{reason} 请按“神经元数:激活函数”的格式书写各层，并用逗号分隔，例如 16:relu,8:tanh。</translation>
    </message>
    <message>
        <source>{loss} needs targets {expected}, but {detail}.</source>
        <comment>model.invalid_targets</comment>
        <translation>{loss} 要求目标值满足：{expected}；但{detail}。</translation>
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
        <source>layer {layer}: softmax over 1 unit always outputs 1, so the layer cannot learn; use sigmoid for a single unit or give the layer at least 2 units.</source>
        <comment>model.softmax_one_unit</comment>
        <translation>第 {layer} 层：只有 1 个神经元的 Softmax 永远输出 1，这一层无法学习；单个神经元请用 Sigmoid，或者给这一层至少 2 个神经元。</translation>
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
        <source>the project&apos;s data file {path} was not found; put it beside the project file or choose the CSV file to use</source>
        <comment>project.data_not_found</comment>
        <translation>找不到项目的数据文件 {path}；请把它放在项目文件旁边，或者选择要使用的 CSV 文件</translation>
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
        <translation>训练在第 {epoch} 轮停止：学习率为 {learning_rate:g} 时，{quantity}变成了 NaN 或无穷大。请降低学习率，或对输入进行缩放（标准化或最小-最大归一化）后重新训练；已保留最后一个有效轮次的权重。</translation>
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
    <name>EvaluationDialog</name>
    <message>
        <source>Evaluate the Network</source>
        <translation>评估网络</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>保存报告(&amp;S)…</translation>
    </message>
    <message>
        <source>Evaluate on</source>
        <translation>评估数据</translation>
    </message>
    <message>
        <source>The &amp;test split of the current data</source>
        <translation>当前数据的测试集(&amp;T)</translation>
    </message>
    <message>
        <source>Another &amp;CSV file with the target column:</source>
        <translation>另一个含目标列的 CSV 文件(&amp;C)：</translation>
    </message>
    <message>
        <source>Path of a CSV file</source>
        <translation>CSV 文件的路径</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>评估(&amp;E)</translation>
    </message>
    <message>
        <source>The data has no test split; set a test share in the data panel</source>
        <translation>数据没有划分测试集；请在数据面板中设置测试集比例</translation>
    </message>
    <message>
        <source>Choose the data and press Evaluate.</source>
        <translation>选择数据后点击“评估”。</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>各类别</translation>
    </message>
    <message>
        <source>Confusion matrix (rows: true class, columns: predicted class)</source>
        <translation>混淆矩阵（行：真实类别，列：预测类别）</translation>
    </message>
    <message>
        <source>True value</source>
        <translation>真实值</translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>预测值</translation>
    </message>
    <message>
        <source>Error (predicted − true)</source>
        <translation>误差（预测值 − 真实值）</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Choose a CSV File</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save Evaluation Report</source>
        <translation>保存评估报告</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Loss ({name}): {value}</source>
        <translation>损失（{name}）：{value}</translation>
    </message>
    <message>
        <source>Accuracy: {value}</source>
        <translation>准确率：{value}</translation>
    </message>
    <message>
        <source>RMSE {rmse} · MAE {mae} · R² {r2}</source>
        <translation>均方根误差 RMSE {rmse} · 平均绝对误差 MAE {mae} · R² {r2}</translation>
    </message>
    <message>
        <source>{count} rows with missing values were left out.</source>
        <translation>有 {count} 行含缺失值，未参与评估。</translation>
    </message>
    <message>
        <source>Test split: {count} samples</source>
        <translation>测试集：{count} 个样本</translation>
    </message>
    <message>
        <source>{path}: {count} samples</source>
        <translation>{path}：{count} 个样本</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Macro average</source>
        <translation>宏平均</translation>
    </message>
    <message>
        <source>Weighted average</source>
        <translation>加权平均</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>MAPE (%)</source>
        <translation>平均绝对百分比误差 MAPE (%)</translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>保存为 PNG…</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>将数据保存为 CSV…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>保存为 SVG…</translation>
    </message>
    <message>
        <source>Save plot as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Save plot as SVG</source>
        <translation>将图表保存为 SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>Save plot data</source>
        <translation>保存图表数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Weights (.npz)…</source>
        <translation>权重 (.npz)(&amp;W)…</translation>
    </message>
    <message>
        <source>Weights as &amp;CSV, One File per Layer…</source>
        <translation>权重存为 CSV，每层一个文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Training &amp;History (CSV)…</source>
        <translation>训练历史 (CSV)(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Keras Script…</source>
        <translation>Keras 脚本(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;PyTorch Script…</source>
        <translation>PyTorch 脚本(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;NumPy Script…</source>
        <translation>NumPy 脚本(&amp;N)…</translation>
    </message>
    <message>
        <source>All &amp;Plots as PNG…</source>
        <translation>所有图表存为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Exported {count} file(s) to {path}</source>
        <translation>已将 {count} 个文件导出到 {path}</translation>
    </message>
    <message>
        <source>Export Plots to Folder</source>
        <translation>将图表导出到文件夹</translation>
    </message>
    <message>
        <source>Exported {count} plot(s) to {path}</source>
        <translation>已将 {count} 张图表导出到 {path}</translation>
    </message>
    <message>
        <source>Export Weights to Folder</source>
        <translation>将权重导出到文件夹</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>GradientCheckDialog</name>
    <message>
        <source>Gradient check</source>
        <translation>梯度检验</translation>
    </message>
    <message>
        <source>Check gradients</source>
        <translation>检验梯度</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Weights checked</source>
        <translation>检验的权重数</translation>
    </message>
    <message>
        <source>Largest relative error</source>
        <translation>最大相对误差</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Backpropagation</source>
        <translation>反向传播</translation>
    </message>
    <message>
        <source>Finite difference</source>
        <translation>有限差分</translation>
    </message>
    <message>
        <source>Absolute difference</source>
        <translation>绝对差</translation>
    </message>
    <message>
        <source>Relative error</source>
        <translation>相对误差</translation>
    </message>
    <message>
        <source>Backpropagation computes every ∂E/∂w at once with the chain rule; the finite difference (E(w + ε) − E(w − ε)) / 2ε estimates each one by nudging that weight alone. Relative errors below 1e-6 mean the two agree. Larger errors on a few weights usually sit on a kink (ReLU at z = 0, MAE at o = d); large errors everywhere would mean the derivative used by backpropagation is wrong.</source>
        <translation>反向传播用链式法则一次算出所有的 ∂E/∂w；有限差分 (E(w + ε) − E(w − ε)) / 2ε 则每次只微调一个权重来逐个估计。相对误差小于 1e-6 说明两者一致。少数权重误差较大，通常是因为处在不可导的折点上（ReLU 在 z = 0 处，MAE 在 o = d 处）；如果所有权重的误差都很大，就说明反向传播所用的导数有错。</translation>
    </message>
    <message>
        <source>Training samples:</source>
        <translation>训练样本数：</translation>
    </message>
    <message>
        <source>Load a dataset and build a network first.</source>
        <translation>请先载入数据集并搭建网络。</translation>
    </message>
    <message>
        <source>Pause or stop training first.</source>
        <translation>请先暂停或停止训练。</translation>
    </message>
    <message>
        <source>tiny gradient</source>
        <translation>梯度极小</translation>
    </message>
    <message>
        <source>%1 gradients are so close to 0 (below %2) that their relative error would measure rounding noise; they are compared by their absolute difference instead and not counted here. </source>
        <translation>有 %1 个梯度非常接近 0（小于 %2），它们的相对误差反映的只是舍入噪声；因此改为比较绝对差，不计入这里的统计。</translation>
    </message>
    <message>
        <source>Backpropagation agrees with the finite differences.</source>
        <translation>反向传播与有限差分的结果一致。</translation>
    </message>
    <message>
        <source>Small differences, as expected near kinks or in float rounding.</source>
        <translation>存在微小差异，这在折点附近或浮点舍入时是正常的。</translation>
    </message>
    <message>
        <source>Some weights differ: see the red rows. On ReLU or MAE these are usually kinks; elsewhere they would point to a wrong derivative.</source>
        <translation>部分权重存在差异：见红色的行。在 ReLU 或 MAE 上通常是折点造成的；在其他地方则说明导数有错。</translation>
    </message>
    <message>
        <source>%1 weights checked; largest relative error %2. </source>
        <translation>共检验 %1 个权重；最大相对误差为 %2。</translation>
    </message>
</context>
<context>
    <name>HealthDialog</name>
    <message>
        <source>Network health</source>
        <translation>网络健康状况</translation>
    </message>
    <message>
        <source>net input z</source>
        <translation>净输入 z</translation>
    </message>
    <message>
        <source>output a = f(z)</source>
        <translation>输出 a = f(z)</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>gradient norm ‖∂E/∂W‖</source>
        <translation>梯度范数 ‖∂E/∂W‖</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>层：</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>Gradient norms</source>
        <translation>梯度范数</translation>
    </message>
    <message>
        <source>Output layer (%1)</source>
        <translation>输出层（%1）</translation>
    </message>
    <message>
        <source>Hidden layer %2 (%1)</source>
        <translation>隐含层 %2（%1）</translation>
    </message>
    <message>
        <source>Load a dataset and build a network first.</source>
        <translation>请先载入数据集并搭建网络。</translation>
    </message>
    <message>
        <source>Measured on %1 training samples.</source>
        <translation>基于 %1 个训练样本的测量结果。</translation>
    </message>
    <message>
        <source>Saturated outputs: %1% of this layer&apos;s outputs lie within %3 of the asymptotes, where f′(z) is nearly 0 and almost no gradient passes back. Units saturated on more than 90% of the samples: %2%. Many saturated outputs slow learning; scale the inputs or lower the initial weights.</source>
        <translation>饱和输出：该层 %1% 的输出与渐近线的距离在 %3 以内，此处 f′(z) 几乎为 0，几乎没有梯度能反向传回。在超过 90% 的样本上都饱和的神经元：%2%。饱和输出过多会拖慢学习；请对输入进行缩放，或减小初始权重。</translation>
    </message>
    <message>
        <source>Dead ReLU units: %1%. A dead unit outputs 0 for every sample and never learns again; lower the learning rate or try leaky_relu.</source>
        <translation>死亡的 ReLU 神经元：%1%。死亡神经元对每个样本都输出 0，再也不会学习；请降低学习率，或改用 leaky_relu。</translation>
    </message>
    <message>
        <source>Train the network to see how the gradients flow.</source>
        <translation>训练网络后即可看到梯度的传递情况。</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>The first layers receive gradients thousands of times smaller than the last: the gradient vanishes on its way back. Try ReLU or tanh instead of sigmoid, fewer layers, or scaled inputs.</source>
        <translation>前面几层收到的梯度比最后一层小几千倍：梯度在反向传递的过程中消失了。可以用 ReLU 或 tanh 代替 Sigmoid、减少层数，或对输入进行缩放。</translation>
    </message>
    <message>
        <source>The gradients are very large or not finite: they explode. Lower the learning rate, scale the inputs, or add L2 regularisation.</source>
        <translation>梯度非常大或不是有限值：发生了梯度爆炸。请降低学习率、对输入进行缩放，或加入 L2 正则化。</translation>
    </message>
    <message>
        <source>The gradients flow normally: each layer receives a gradient of a similar size. They shrink as training converges.</source>
        <translation>梯度传递正常：各层收到的梯度大小相近。随着训练收敛，梯度会逐渐变小。</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>这是什么？(&amp;T)</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>Show the folder with BP Studio&apos;s log files and emergency saves</source>
        <translation>打开存放 BP Studio 日志文件和紧急保存文件的文件夹</translation>
    </message>
    <message>
        <source>&amp;About BP Studio</source>
        <translation>关于 BP Studio(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Comma ( , )</source>
        <translation>逗号（ , ）</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>分号（ ; ）</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>竖线（ | ）</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Any run of spaces or tabs</source>
        <translation>任意个连续的空格或制表符</translation>
    </message>
    <message>
        <source>Point ( . )</source>
        <translation>点（ . ）</translation>
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
        <source>Missing value</source>
        <translation>缺失值</translation>
    </message>
    <message>
        <source>The preview shows the first lines as split, before any checks.</source>
        <translation>预览显示的是按分隔符拆分后的前几行，尚未经过任何检查。</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>没有警告。</translation>
    </message>
    <message>
        <source>Auto-detect (%1)</source>
        <translation>自动检测（%1）</translation>
    </message>
    <message>
        <source>Read as: encoding %1, delimiter %2, %3, decimal mark &apos;%4&apos;.</source>
        <translation>读取方式：编码 %1，分隔符 %2，%3，小数点符号“%4”。</translation>
    </message>
    <message>
        <source>Data rows: %1.</source>
        <translation>数据行数：%1。</translation>
    </message>
    <message>
        <source>Preview of the first %1 data rows; the whole file is read on Import.</source>
        <translation>预览前 %1 行数据；点击“导入”时读取整个文件。</translation>
    </message>
    <message>
        <source>%1: %2 missing (lines %3)</source>
        <translation>%1：缺失 %2 个（第 %3 行）</translation>
    </message>
    <message>
        <source>header row</source>
        <translation>有表头行</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>无表头行</translation>
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
    <name>LayerDelegate</name>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
</context>
<context>
    <name>LayerTableModel</name>
    <message>
        <source>Layer</source>
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
        <source>Output</source>
        <translation>输出层</translation>
    </message>
    <message>
        <source>Hidden %1</source>
        <translation>隐含层 %1</translation>
    </message>
    <message>
        <source>Keras name: %1</source>
        <translation>Keras 中的名称：%1</translation>
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
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>工具(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open CSV…</source>
        <translation>打开 CSV(&amp;O)…</translation>
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
        <source>Stop training before opening a file.</source>
        <translation>请先停止训练，再打开文件。</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>正在训练…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>训练正在进行</translation>
    </message>
    <message>
        <source>Training is still running. Stop it and close BP Studio?</source>
        <translation>训练仍在进行。要停止训练并关闭 BP Studio 吗？</translation>
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
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>Linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
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
    <message>
        <source>Glorot (Xavier) uniform</source>
        <translation>Glorot (Xavier) 均匀分布</translation>
    </message>
    <message>
        <source>Glorot (Xavier) normal</source>
        <translation>Glorot (Xavier) 正态分布</translation>
    </message>
    <message>
        <source>He uniform</source>
        <translation>He 均匀分布</translation>
    </message>
    <message>
        <source>He normal</source>
        <translation>He 正态分布</translation>
    </message>
    <message>
        <source>Random normal</source>
        <translation>随机正态分布</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>全零</translation>
    </message>
    <message>
        <source>Ones</source>
        <translation>全一</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>异或（XOR）</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>同心圆</translation>
    </message>
    <message>
        <source>Two moons</source>
        <translation>双月</translation>
    </message>
    <message>
        <source>Two spirals</source>
        <translation>双螺旋</translation>
    </message>
    <message>
        <source>Gaussian blobs</source>
        <translation>高斯团簇</translation>
    </message>
    <message>
        <source>Noisy sine</source>
        <translation>含噪正弦</translation>
    </message>
    <message>
        <source>Iris</source>
        <translation>鸢尾花</translation>
    </message>
    <message>
        <source>Wine</source>
        <translation>葡萄酒</translation>
    </message>
    <message>
        <source>Breast cancer (Wisconsin diagnostic)</source>
        <translation>乳腺癌（威斯康星诊断）</translation>
    </message>
    <message>
        <source>exclusive or of two inputs: 4 points, or noisy clusters around the corners when more samples are asked for</source>
        <translation>两个输入的异或：4 个点；样本数更多时为四个角附近的含噪点簇</translation>
    </message>
    <message>
        <source>a small circle inside a larger one</source>
        <translation>大圆里套着一个小圆</translation>
    </message>
    <message>
        <source>two interleaving half circles</source>
        <translation>两个相互交错的半圆</translation>
    </message>
    <message>
        <source>two interleaved spirals; needs a deeper or wider network</source>
        <translation>两条相互缠绕的螺旋线；需要更深或更宽的网络</translation>
    </message>
    <message>
        <source>three Gaussian clusters labelled A, B and C</source>
        <translation>三个高斯点簇，标签为 A、B、C</translation>
    </message>
    <message>
        <source>y = sin(x) plus Gaussian noise, x in [-pi, pi]</source>
        <translation>y = sin(x) 加高斯噪声，x 取值于 [-π, π]</translation>
    </message>
    <message>
        <source>Fisher&apos;s iris flowers: 4 measurements, 3 species</source>
        <translation>Fisher 鸢尾花数据：4 项测量值，3 个品种</translation>
    </message>
    <message>
        <source>chemical analysis of wines from 3 cultivars: 13 features</source>
        <translation>3 个葡萄品种所酿葡萄酒的化学分析：13 个特征</translation>
    </message>
    <message>
        <source>30 cell-nucleus features, malignant or benign</source>
        <translation>30 个细胞核特征，恶性或良性</translation>
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
        <source>No prepared data yet: the input and output layers will follow the dataset&apos;s columns once it loads.</source>
        <translation>还没有准备好的数据：载入数据集后，输入层和输出层会根据数据集的列自动确定。</translation>
    </message>
    <message>
        <source>Total parameters: %1</source>
        <translation>参数总数：%1</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>自动（%1）</translation>
    </message>
</context>
<context>
    <name>NetworkDiagram</name>
    <message>
        <source>⋮ %1 more</source>
        <translation>⋮ 另有 %1 个</translation>
    </message>
</context>
<context>
    <name>NotesDialog</name>
    <message>
        <source>Project Notes</source>
        <translation>项目备注</translation>
    </message>
    <message>
        <source>Notes are saved in the project file: instructions, results, questions.</source>
        <translation>备注保存在项目文件中：可以写实验要求、结果和问题。</translation>
    </message>
</context>
<context>
    <name>PlotsPanel</name>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>决策边界</translation>
    </message>
    <message>
        <source>Predicted vs target</source>
        <translation>预测值与目标值</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
</context>
<context>
    <name>PredictDialog</name>
    <message>
        <source>Predict on New Data</source>
        <translation>对新数据进行预测</translation>
    </message>
    <message>
        <source>CSV file with the input columns</source>
        <translation>含输入列的 CSV 文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Where to save the predictions (.csv)</source>
        <translation>预测结果的保存位置 (.csv)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Predict and Save</source>
        <translation>预测并保存(&amp;P)</translation>
    </message>
    <message>
        <source>The output keeps the input columns and adds the predictions, as UTF-8 CSV that Excel opens directly.</source>
        <translation>输出文件保留输入的各列并加上预测结果，格式为 Excel 可直接打开的 UTF-8 CSV。</translation>
    </message>
    <message>
        <source>&amp;Input:</source>
        <translation>输入(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>输出(&amp;O)：</translation>
    </message>
    <message>
        <source>Choose a CSV File</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save Predictions</source>
        <translation>保存预测结果</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved {rows} rows with predictions to {path}.</source>
        <translation>已将 {rows} 行预测结果保存到 {path}。</translation>
    </message>
    <message>
        <source>{count} rows have no prediction because a value is missing.</source>
        <translation>有 {count} 行因存在缺失值而没有预测结果。</translation>
    </message>
</context>
<context>
    <name>PredictedVsTargetView</name>
    <message>
        <source>ideal</source>
        <translation>理想</translation>
    </message>
    <message>
        <source>Predicted against target is drawn for regression tasks.</source>
        <translation>预测值与目标值对比图只用于回归任务。</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>{name} (target, {split} set)</source>
        <translation>{name}（目标值，{split}集）</translation>
    </message>
    <message>
        <source>{name} (predicted)</source>
        <translation>{name}（预测值）</translation>
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
        <source>Scale the target too</source>
        <translation>同时缩放目标</translation>
    </message>
    <message>
        <source>Stratified split</source>
        <translation>分层划分</translation>
    </message>
    <message>
        <source>Keep the class proportions in each split</source>
        <translation>各子集保持相同的类别比例</translation>
    </message>
    <message>
        <source>Scale a regression target with the same method as the features</source>
        <translation>用与特征相同的方法缩放回归目标</translation>
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
        <source>BP Studio projects (*{suffix});;All files (*)</source>
        <translation>BP Studio 项目 (*{suffix});;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>新建项目(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>保存项目(&amp;S)</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>项目另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Include the &amp;Data in the Project File</source>
        <translation>将数据包含在项目文件中(&amp;D)</translation>
    </message>
    <message>
        <source>Store a copy of the CSV file inside the project so that it travels alone</source>
        <translation>在项目中保存一份 CSV 文件的副本，这样项目文件可以单独带走</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Project &amp;Notes…</source>
        <translation>项目备注(&amp;N)…</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>{name}[*] — BP Studio</source>
        <translation>{name}[*] — BP Studio</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>This project has notes: File → Project Notes</source>
        <translation>此项目有备注：文件 → 项目备注</translation>
    </message>
    <message>
        <source>Where is {name}?</source>
        <translation>{name} 在哪里？</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>没有最近打开的项目</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The project has changes that are not saved.</source>
        <translation>项目有尚未保存的修改。</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>要先保存这些修改吗？</translation>
    </message>
    <message>
        <source>&amp;Evaluate…</source>
        <translation>评估(&amp;E)…</translation>
    </message>
    <message>
        <source>Measure the network on the test split or on another CSV file</source>
        <translation>在测试集或另一个 CSV 文件上评估网络</translation>
    </message>
    <message>
        <source>&amp;Predict on New Data…</source>
        <translation>对新数据进行预测(&amp;P)…</translation>
    </message>
    <message>
        <source>Run the network on a CSV file and save the rows with predictions</source>
        <translation>用网络处理一个 CSV 文件，并保存带预测结果的各行</translation>
    </message>
</context>
<context>
    <name>RunComparison</name>
    <message>
        <source>Run %1</source>
        <translation>第 %1 次训练</translation>
    </message>
</context>
<context>
    <name>RunsDialog</name>
    <message>
        <source>Training runs</source>
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
        <translation>逐步演示反向传播(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Activation Explorer…</source>
        <translation>激活函数演示(&amp;A)…</translation>
    </message>
    <message>
        <source>Network &amp;Health…</source>
        <translation>网络健康状况(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Gradient Check…</source>
        <translation>梯度检验(&amp;G)…</translation>
    </message>
    <message>
        <source>Compare &amp;Runs…</source>
        <translation>比较训练记录(&amp;R)…</translation>
    </message>
    <message>
        <source>Hidden-Node &amp;Sweep…</source>
        <translation>隐含层节点数扫描(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>&amp;Train</source>
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
        <source>{total} epochs trained</source>
        <translation>已训练 {total} 轮</translation>
    </message>
    <message>
        <source>Epoch {epoch} / {epochs} of this run · {total} in total</source>
        <translation>本次第 {epoch} / {epochs} 轮 · 共 {total} 轮</translation>
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
        <source>Epoch 0 / {epochs}</source>
        <translation>第 0 / {epochs} 轮</translation>
    </message>
    <message>
        <source>Training {epochs} more epochs from the current weights, which have had {trained}. Reset weights starts over.</source>
        <translation>将从当前权重（已训练 {trained} 轮）继续训练 {epochs} 轮。如需从头开始，请重置权重。</translation>
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
    <name>UserGuideDialog</name>
    <message>
        <source>BP Studio User Guide</source>
        <translation>BP Studio 用户指南</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>目录(&amp;C)</translation>
    </message>
    <message>
        <source>Find in the guide (Enter: next)</source>
        <translation>在指南中查找（按 Enter 查找下一个）</translation>
    </message>
    <message>
        <source>The user guide was not found at {path}. Reinstall BP Studio, or read the guide in the docs folder of the source code.</source>
        <translation>在 {path} 找不到用户指南。请重新安装 BP Studio，或阅读源代码 docs 文件夹中的指南。</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
</context>
<context>
    <name>WeightsView</name>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>神经元</translation>
    </message>
    <message>
        <source>Show gradients</source>
        <translation>显示梯度</translation>
    </message>
    <message>
        <source>Layer {index} weights</source>
        <translation>第 {index} 层权重</translation>
    </message>
    <message>
        <source>Layer {index} gradients</source>
        <translation>第 {index} 层梯度</translation>
    </message>
    <message>
        <source>Gradients appear from the next epoch.</source>
        <translation>梯度将从下一轮开始显示。</translation>
    </message>
</context>
<context>
    <name>WindowSettings</name>
    <message>
        <source>&amp;Use Current Hyperparameters as Defaults</source>
        <translation>将当前超参数设为默认值(&amp;U)</translation>
    </message>
    <message>
        <source>New windows start with the optimizer and hyperparameters shown now</source>
        <translation>新窗口将使用当前显示的优化器和超参数</translation>
    </message>
    <message>
        <source>&amp;Restore Defaults…</source>
        <translation>恢复默认设置(&amp;R)…</translation>
    </message>
    <message>
        <source>Reset the hyperparameters, the panel layout and the window size</source>
        <translation>重置超参数、面板布局和窗口大小</translation>
    </message>
    <message>
        <source>New windows will start with these hyperparameters.</source>
        <translation>新窗口将使用这些超参数。</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>恢复默认设置</translation>
    </message>
    <message>
        <source>Reset the hyperparameters to the factory values and put the panels and the window size back as they were at the first start? Recent files are kept.</source>
        <translation>要把超参数重置为出厂值，并把面板布局和窗口大小恢复到首次启动时的样子吗？最近打开的文件会保留。</translation>
    </message>
</context>
</TS>
