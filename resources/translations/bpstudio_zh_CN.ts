<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActivationExplorer</name>
    <message>
        <source>Activation explorer</source>
        <extracomment>A derivative below this fraction of its maximum counts as saturated (or dead). Range of net inputs z plotted by the explorer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net input z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f′(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation function:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigmoid squashes z into (0, 1). Its derivative is at most 0.25, at z = 0, and nearly 0 for |z| &gt; 4 (shaded): saturated neurons pass almost no error back, so deep sigmoid networks learn slowly (vanishing gradients).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanh squashes z into (−1, 1) and is centred on 0, which usually trains faster than sigmoid. Its derivative peaks at 1 and vanishes for |z| &gt; 3 (shaded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU passes positive z unchanged and outputs 0 otherwise. For z &lt; 0 its derivative is 0 (shaded): a neuron whose net input is negative for every sample is dead and never learns again. A too-high learning rate causes this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky ReLU keeps a small slope for z &lt; 0, so no neuron dies completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ELU is smooth, negative for z &lt; 0 and saturates at −1 there (shaded where its derivative is nearly 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear (identity) is used on the output layer for regression. Hidden layers with only linear activations collapse into a single linear map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shaded: f′(z) is below %1% of its maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softmax turns the output layer&apos;s net inputs z into probabilities: aᵢ = exp(zᵢ) / Σⱼ exp(zⱼ). Adding the same number to every zᵢ changes nothing; a larger gap between the zᵢ makes the largest probability approach 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net inputs z (comma-separated):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softmax output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type numbers separated by commas, e.g. 2, 1, 0.1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnTableModel</name>
    <message>
        <source>feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numeric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categorical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, ID-like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to choose feature, target or ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing on lines %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column has one value only and carries no information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorTitles</name>
    <message>
        <source>Cannot read the file</source>
        <extracomment>Dialog title of each error namespace (the part of the kind before the first dot).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{path} has an invalid schema version {value!r}; expected a positive integer</source>
        <comment>project.bad_version</comment>
        <extracomment>Error kind -&gt; English template, as registered when this file was generated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}); open an earlier copy or the autosaved project</source>
        <comment>project.damaged</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s data file {path} was not found; pass the CSV file explicitly</source>
        <comment>project.data_not_found</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown export format {value!r}; choose one of {choices}</source>
        <comment>project.export_format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export to {format}: {reason}</source>
        <comment>project.export_unsupported</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: field &apos;{field}&apos; is invalid: {reason}</source>
        <comment>project.invalid_document</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} has no &apos;{member}&apos; entry, so it is damaged or was not saved by BP Studio</source>
        <comment>project.missing_member</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was saved with project schema version {version}, but this BP Studio reads versions up to {supported}; update BP Studio to open it</source>
        <comment>project.newer_version</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project does not record where its data came from; pass a CSV file to use</source>
        <comment>project.no_data</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no row of {path} could be used ({reason}); check that the file has the columns the network was trained on</source>
        <comment>project.no_rows</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no test split (test_split is 0); pass a CSV file to evaluate on</source>
        <comment>project.no_test_split</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no trained weights; train the network and save it first</source>
        <comment>project.no_weights</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weights of layer {layer} contain NaN or infinity, so the project was not saved; reset the weights or lower the learning rate and train again</source>
        <comment>project.non_finite_weights</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a BP Studio project file ({reason}); open a file saved by BP Studio</source>
        <comment>project.not_a_project</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project file {path} was not found; check the path</source>
        <comment>project.not_found</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save {path}: {reason}; the previous file, if any, was left unchanged</source>
        <comment>project.save_failed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target column &apos;{column}&apos; is not in {path}; evaluation needs it</source>
        <comment>project.target_missing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: &apos;{member}&apos; declares {size} bytes, more than the limit of {limit} bytes; the file was not opened</source>
        <comment>project.too_large</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: weight array &apos;{name}&apos; has dtype {dtype}; only float32 and float64 arrays are accepted, so the file was not opened</source>
        <comment>project.unsafe_array</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} contains the entry &apos;{member}&apos;, which is not part of a project file; the file was not opened</source>
        <comment>project.unsafe_member</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the weights do not match the network: {reason}</source>
        <comment>project.weights_mismatch</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write {path}: {reason}</source>
        <comment>project.write_failed</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import %1</source>
        <extracomment>Files up to this size are re-read whole for each preview; larger ones from their head.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row is the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip lines with the wrong number of fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal mark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read with these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as: encoding %1, delimiter %2, %3, decimal mark &apos;%4&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the first %n data row(s) previewed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n missing (lines %2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No missing values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>QSettings key of the language chosen in View → Language (&quot;en&quot; or &quot;zh_CN&quot;). Qt&apos;s own catalogues loaded beside BP Studio&apos;s: widgets and standard dialogs. objectName of each language&apos;s action in View → Language. Language installed by the last call of install_translators (None before the first).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BP Studio will use {language} the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerTableModel</name>
    <message>
        <source>Layer</source>
        <extracomment>Role that returns the activation choices of a row (a list of names).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input and output widths follow the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (auto)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Live plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BP Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About BP Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About BP Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BP Studio {version}
Build and train backpropagation neural networks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkBuilder</name>
    <message>
        <source>Add hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training sample whose values the hover shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest the pointer on a neuron or an edge to see its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output activation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total parameters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network cannot be changed while training runs. Stop training first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The builder stops at %1 hidden layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no hidden layer to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove hidden layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hidden layer needs at least one neuron; remove the layer instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hidden layer can have at most %1 neurons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set hidden layer %1 to %2 neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set hidden layer %1 activation to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set output activation to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set loss to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkDiagram</name>
    <message numerus="yes">
        <source>⋮ %n more</source>
        <extracomment>Layers wider than this are drawn with their first and last few neurons and a count. The diagram never zooms in further than this, so tiny networks keep readable sizes.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Insert a hidden layer here</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n neuron(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove a neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the activation function</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunsDialog</name>
    <message>
        <source>Training runs</source>
        <extracomment>Colours cycled through for overlaid runs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this run&apos;s network and training settings back into the builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curve:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select runs to overlay their curves; double-click a name to rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy / R²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training R²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation R²</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message>
        <source>Hidden-node sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden neurons h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply best size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeds per size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden layer %1 (%2 neurons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a dataset first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empirical rule h = √(m + n) + a with m = %1 inputs and n = %2 outputs: sizes %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a hidden layer to the network first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sweep compares validation errors: set a validation split above 0 in the data panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the current training first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best size: h = %1 (lowest validation error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set hidden layer %1 to %2 neurons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
