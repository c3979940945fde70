# Replaces PyInstaller's hook of the same name: the same files minus qt_filter's dropped ones.
from qt_filter import filtered_qt_dependencies

hiddenimports, binaries, datas = filtered_qt_dependencies(__file__)
